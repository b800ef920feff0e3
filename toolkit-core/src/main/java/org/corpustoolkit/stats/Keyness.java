package org.corpustoolkit.stats;

/**
 * Keyness statistics comparing a word's frequency {@code a} in a target corpus of {@code c} tokens with its
 * frequency {@code b} in a reference corpus of {@code d} tokens.
 *
 * <p>The underlying 2×2 table (Evert 2008; Rayson &amp; Garside, "Comparing corpora using frequency
 * profiling", ACL workshop on comparing corpora, 2000) is
 * <pre>
 *                 target   reference
 *     the word      a         b
 *     other words   c − a     d − b
 * </pre>
 *
 * <p>Conventions shared by every method:
 * <ul>
 *   <li>Arguments must satisfy {@code 0 ≤ a ≤ c}, {@code 0 ≤ b ≤ d}, {@code c > 0}, {@code d > 0} (finite);
 *       otherwise {@link IllegalArgumentException}.
 *   <li>Statistics are <b>signed</b>: positive when the word is relatively more frequent in the target
 *       ({@code a/c > b/d}, over-use, "positive keyword") and negative when relatively more frequent in the
 *       reference (under-use). Pass the absolute value to {@link ChiSquared#upperTailProbability}.
 *   <li>A word absent from the reference ({@code b = 0}) gets a large positive score from every measure,
 *       never NaN and never 0 (a known bug of one engine's 2-term G²).
 *   <li>A word absent from both corpora ({@code a = b = 0}) carries no evidence: every statistic is 0 (and
 *       Simple Maths is 1).
 * </ul>
 */
public final class Keyness {

    /** The value substituted for a zero frequency in {@link #logRatio} and {@link #percentDiff} (Hardie 2014). */
    public static final double ZERO_FREQUENCY_SUBSTITUTE = 0.5;

    private static final double MILLION = 1_000_000;

    private Keyness() {
    }

    /**
     * The 2×2 table {@code [[a, b], [c − a, d − b]]} behind the significance statistics.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return the contingency table
     */
    public static ContingencyTable table(double a, double b, double c, double d) {
        requireArguments(a, b, c, d);
        return new ContingencyTable(a, b, c - a, d - b);
    }

    /**
     * Signed log-likelihood G² over the full 2×2 table ("4-term" G², AntConc's default; Dunning 1993;
     * Evert 2008): {@code G² = 2 Σ Oij·ln(Oij/Eij)} over {@code a, b, c − a, d − b}, zero cells dropped,
     * negated when {@code a/c < b/d}. Worked value: a=50, c=100 000, b=100, d=1 000 000 → 67.911862.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return signed G²
     */
    public static double logLikelihood(double a, double b, double c, double d) {
        return signed(table(a, b, c, d).logLikelihood(), a, b, c, d);
    }

    /**
     * Signed 2-term log-likelihood in the form of the UCREL log-likelihood calculator (Rayson &amp; Garside
     * 2000) and WordSmith Tools: {@code G² = 2·(a·ln(a/E1) + b·ln(b/E2))} with
     * {@code E1 = c·(a+b)/(c+d)}, {@code E2 = d·(a+b)/(c+d)}, a zero term dropped (the limit of x·ln x), negated
     * when {@code a/c < b/d}. It ignores the "other words" cells, so it differs slightly from
     * {@link #logLikelihood}. Worked value: a=50, c=100 000, b=100, d=1 000 000 → 67.897313.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return signed 2-term G²
     */
    public static double logLikelihoodTwoTerm(double a, double b, double c, double d) {
        requireArguments(a, b, c, d);
        double total = c + d;
        double expectedTarget = c * (a + b) / total;
        double expectedReference = d * (a + b) / total;
        double sum = (a == 0 ? 0 : a * Math.log(a / expectedTarget))
                + (b == 0 ? 0 : b * Math.log(b / expectedReference));
        return signed(Math.max(0, 2 * sum), a, b, c, d);
    }

    /**
     * Signed Pearson χ² on the full table without continuity correction (see
     * {@link ContingencyTable#chiSquared()}), negated when {@code a/c < b/d}. Worked value: a=50,
     * c=100 000, b=100, d=1 000 000 → 106.681214.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return signed χ²
     */
    public static double chiSquared(double a, double b, double c, double d) {
        return signed(table(a, b, c, d).chiSquared(), a, b, c, d);
    }

    /**
     * Signed Pearson χ² with Yates' continuity correction (see {@link ContingencyTable#chiSquaredYates()}),
     * negated when {@code a/c < b/d}.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return signed Yates-corrected χ²
     */
    public static double chiSquaredYates(double a, double b, double c, double d) {
        return signed(table(a, b, c, d).chiSquaredYates(), a, b, c, d);
    }

    /**
     * Log Ratio (A. Hardie, "Log Ratio – an informal introduction", ESRC Centre for Corpus Approaches to
     * Social Science (CASS), 2014): {@code log2((a/c)/(b/d))}, the binary log of the ratio of relative
     * frequencies; each point is a doubling. A zero frequency is replaced by
     * {@value #ZERO_FREQUENCY_SUBSTITUTE} (Hardie's rule; report it with the score, see
     * {@link KeynessScores#zeroFrequencySubstituted()}). 0 when {@code a = b = 0}. Worked value: a=50,
     * c=100 000, b=100, d=1 000 000 → 2.321928.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return the log ratio, in binary log units
     */
    public static double logRatio(double a, double b, double c, double d) {
        requireArguments(a, b, c, d);
        if (a == 0 && b == 0) {
            return 0;
        }
        return log2((substituteZero(a) / c) / (substituteZero(b) / d));
    }

    /**
     * A confidence interval for {@link #logRatio Log Ratio}, by the Wald interval of a log rate ratio of two
     * Poisson counts: {@code SE(ln RR) = √(1/a + 1/b)} (K. J. Rothman, S. Greenland &amp; T. L. Lash,
     * <i>Modern Epidemiology</i>, 3rd ed., 2008, ch. 14, "rate ratio"; B. R. Kirkwood &amp; J. A. C. Sterne,
     * <i>Essential Medical Statistics</i>, 2nd ed., 2003, §23.2), with {@value #ZERO_FREQUENCY_SUBSTITUTE}
     * substituted for a zero count as in Log Ratio itself, converted to binary logs:
     * {@code LR ± z·SE(ln RR)/ln 2} with {@code z = Φ⁻¹(1 − (1 − level)/2)}. Worked value: a=50, c=100 000,
     * b=100, d=1 000 000, level 0.95 → [1.832168, 2.811688].
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @param confidenceLevel confidence level in (0, 1), e.g. 0.95
     * @return the interval, centred on {@link #logRatio}
     */
    public static ConfidenceInterval logRatioConfidenceInterval(double a, double b, double c, double d,
            double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + confidenceLevel);
        }
        double z = NormalDistribution.quantile(1 - (1 - confidenceLevel) / 2);
        double centre = logRatio(a, b, c, d);
        double standardError = Math.sqrt(1 / substituteZero(a) + 1 / substituteZero(b)) / Math.log(2);
        return new ConfidenceInterval(centre - z * standardError, centre + z * standardError);
    }

    /**
     * %DIFF (C. Gabrielatos &amp; A. Marchi, "Keyness: matching metrics to definitions", presentation at
     * Corpus Linguistics in the South, Lancaster University, 2011):
     * {@code 100·((a/c) − (b/d))/(b/d)}, the percentage by which the normalised frequency in the target
     * exceeds that in the reference. A zero reference frequency is replaced by
     * {@value #ZERO_FREQUENCY_SUBSTITUTE}; a zero target frequency gives −100. 0 when {@code a = b = 0}.
     * Worked value: a=50, c=100 000, b=100, d=1 000 000 → 400.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return %DIFF
     */
    public static double percentDiff(double a, double b, double c, double d) {
        requireArguments(a, b, c, d);
        if (a == 0 && b == 0) {
            return 0;
        }
        double reference = substituteZero(b) / d;
        return 100 * (a / c - reference) / reference;
    }

    /**
     * Simple Maths (A. Kilgarriff, "Simple maths for keywords", Proceedings of Corpus Linguistics 2009,
     * Liverpool): {@code (fpm_target + k)/(fpm_reference + k)}, fpm = frequency per million tokens. The
     * smoothing constant k (1 by default in Sketch Engine) both avoids division by zero and moves the focus
     * from rare (small k) to common (large k) words. Worked values: a=50, c=100 000, b=100, d=1 000 000 →
     * 4.960396 (k=1), 3.000000 (k=100).
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @param k smoothing constant, finite and &gt; 0
     * @return the Simple Maths ratio; greater than 1 for target-heavy words
     */
    public static double simpleMaths(double a, double b, double c, double d, double k) {
        requireArguments(a, b, c, d);
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("smoothing constant k must be positive and finite, was " + k);
        }
        return (perMillion(a, c) + k) / (perMillion(b, d) + k);
    }

    /**
     * Normalised frequency per million tokens: {@code 10⁶·frequency/size}.
     *
     * @param frequency a frequency, finite and ≥ 0
     * @param size corpus size in tokens, &gt; 0
     * @return frequency per million
     */
    public static double perMillion(double frequency, double size) {
        if (!(frequency >= 0) || Double.isInfinite(frequency) || !(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("need frequency >= 0 and size > 0, got " + frequency + ", " + size);
        }
        return MILLION * frequency / size;
    }

    static boolean isZeroSubstituted(double a, double b) {
        return (a == 0) != (b == 0);
    }

    private static double signed(double statistic, double a, double b, double c, double d) {
        return a * d < b * c ? -statistic : statistic;
    }

    private static double substituteZero(double frequency) {
        return frequency == 0 ? ZERO_FREQUENCY_SUBSTITUTE : frequency;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void requireArguments(double a, double b, double c, double d) {
        if (!(c > 0) || !(d > 0) || Double.isInfinite(c) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("corpus sizes must be positive and finite, got c=" + c + ", d=" + d);
        }
        if (!(a >= 0 && a <= c)) {
            throw new IllegalArgumentException("target frequency a must be in [0, c], got a=" + a + ", c=" + c);
        }
        if (!(b >= 0 && b <= d)) {
            throw new IllegalArgumentException("reference frequency b must be in [0, d], got b=" + b + ", d=" + d);
        }
    }
}
