package org.corpustoolkit.stats;

/**
 * Corrections of a significance level (or of p-values) for m simultaneous tests, e.g. one test per word
 * type in a keyword list.
 *
 * <ul>
 *   <li>Bonferroni (C. E. Bonferroni, "Teoria statistica delle classi e calcolo delle probabilità", 1936;
 *       O. J. Dunn, "Multiple comparisons among means", <i>JASA</i> 56:52–64, 1961):
 *       per-test level {@code α/m}; adjusted p {@code min(1, m·p)}.
 *   <li>Šidák (Z. Šidák, "Rectangular confidence regions for the means of multivariate normal
 *       distributions", <i>JASA</i> 62:626–633, 1967): per-test level {@code 1 − (1 − α)^(1/m)};
 *       adjusted p {@code 1 − (1 − p)^m}. Exact for independent tests, slightly less conservative than
 *       Bonferroni. Computed with {@code expm1}/{@code log1p} so that tiny values keep their precision.
 * </ul>
 */
public final class MultipleTesting {

    private MultipleTesting() {
    }

    /**
     * Bonferroni per-test significance level {@code α/m}.
     *
     * @param alpha family-wise significance level in [0, 1]
     * @param tests number of tests m ≥ 1
     * @return α/m
     */
    public static double bonferroniAlpha(double alpha, long tests) {
        requireProbability("alpha", alpha);
        requireTests(tests);
        return alpha / tests;
    }

    /**
     * Šidák per-test significance level {@code 1 − (1 − α)^(1/m)}.
     *
     * @param alpha family-wise significance level in [0, 1]
     * @param tests number of tests m ≥ 1
     * @return the per-test level
     */
    public static double sidakAlpha(double alpha, long tests) {
        requireProbability("alpha", alpha);
        requireTests(tests);
        return -Math.expm1(Math.log1p(-alpha) / tests);
    }

    /**
     * Bonferroni-adjusted p-value {@code min(1, m·p)}: reject when the adjusted p is at most α.
     *
     * @param p unadjusted p-value in [0, 1]
     * @param tests number of tests m ≥ 1
     * @return the adjusted p-value
     */
    public static double bonferroniAdjustedP(double p, long tests) {
        requireProbability("p", p);
        requireTests(tests);
        return Math.min(1, p * tests);
    }

    /**
     * Šidák-adjusted p-value {@code 1 − (1 − p)^m}: reject when the adjusted p is at most α.
     *
     * @param p unadjusted p-value in [0, 1]
     * @param tests number of tests m ≥ 1
     * @return the adjusted p-value
     */
    public static double sidakAdjustedP(double p, long tests) {
        requireProbability("p", p);
        requireTests(tests);
        return -Math.expm1(tests * Math.log1p(-p));
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }

    private static void requireTests(long tests) {
        if (tests < 1) {
            throw new IllegalArgumentException("number of tests must be at least 1, was " + tests);
        }
    }
}
