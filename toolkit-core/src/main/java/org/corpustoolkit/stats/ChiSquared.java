package org.corpustoolkit.stats;

/**
 * The χ² distribution with one degree of freedom, which is the reference distribution of G² and of
 * Pearson's χ² on a 2×2 table (Wilks 1938; Dunning 1993; Evert 2008, §5).
 *
 * <p>A χ²(1) variable is the square of a standard normal one, so the upper tail is
 * {@code P(X > x) = P(|Z| > √x) = erfc(√(x/2))}, computed with Cody's {@link ErrorFunction#erfc}; critical
 * values are {@code Φ⁻¹(α/2)²} via {@link NormalDistribution#quantile}.
 */
public final class ChiSquared {

    private ChiSquared() {
    }

    /**
     * The p-value of a χ² statistic with one degree of freedom: {@code p = erfc(√(x/2))}. For example
     * {@code p(3.841459) = 0.05}, {@code p(6.634897) = 0.01}, {@code p(10.827566) = 0.001}.
     *
     * <p>Signed statistics (signed G², see {@link Keyness#logLikelihood}) must be passed as their absolute
     * value; this method treats every statistic ≤ 0 as "no evidence" and returns 1.
     *
     * @param statistic the χ² or G² value
     * @return the upper-tail probability in [0, 1]; NaN for NaN
     */
    public static double upperTailProbability(double statistic) {
        if (Double.isNaN(statistic)) {
            return Double.NaN;
        }
        if (statistic <= 0) {
            return 1;
        }
        return ErrorFunction.erfc(Math.sqrt(statistic / 2));
    }

    /**
     * The critical value of χ² with one degree of freedom at significance level α: the x with
     * {@code P(X > x) = α}, i.e. {@code Φ⁻¹(α/2)²}. For example {@code criticalValue(0.05) = 3.841459}.
     *
     * @param alpha significance level in (0, 1]
     * @return the critical value
     * @throws IllegalArgumentException if alpha is not in (0, 1]
     */
    public static double criticalValue(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
        double z = NormalDistribution.quantile(alpha / 2);
        return z * z;
    }
}
