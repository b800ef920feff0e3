package org.corpustoolkit.stats;

/**
 * Every keyness score of one word, computed together by {@link #of(double, double, double, double)}; see
 * {@link Keyness} for the definitions, sources and sign convention.
 *
 * @param targetFrequency a, frequency in the target corpus
 * @param referenceFrequency b, frequency in the reference corpus
 * @param targetSize c, target corpus size in tokens
 * @param referenceSize d, reference corpus size in tokens
 * @param logLikelihood signed full-table G² ({@link Keyness#logLikelihood})
 * @param logLikelihoodTwoTerm signed 2-term G² ({@link Keyness#logLikelihoodTwoTerm})
 * @param logLikelihoodPValue p-value of |G²| under χ² with 1 df ({@link ChiSquared#upperTailProbability})
 * @param chiSquared signed χ² without correction ({@link Keyness#chiSquared})
 * @param chiSquaredYates signed χ² with Yates' correction ({@link Keyness#chiSquaredYates})
 * @param logRatio Log Ratio ({@link Keyness#logRatio})
 * @param logRatioInterval confidence interval of Log Ratio ({@link Keyness#logRatioConfidenceInterval})
 * @param percentDiff %DIFF ({@link Keyness#percentDiff})
 * @param simpleMaths Simple Maths ({@link Keyness#simpleMaths})
 * @param targetPerMillion frequency per million in the target
 * @param referencePerMillion frequency per million in the reference
 * @param zeroFrequencySubstituted whether exactly one of a, b was zero and replaced by 0.5 in Log Ratio,
 *     its interval, or %DIFF (a zero a leaves %DIFF at −100); output should say so
 */
public record KeynessScores(
        double targetFrequency,
        double referenceFrequency,
        double targetSize,
        double referenceSize,
        double logLikelihood,
        double logLikelihoodTwoTerm,
        double logLikelihoodPValue,
        double chiSquared,
        double chiSquaredYates,
        double logRatio,
        ConfidenceInterval logRatioInterval,
        double percentDiff,
        double simpleMaths,
        double targetPerMillion,
        double referencePerMillion,
        boolean zeroFrequencySubstituted) {

    /** The default Simple Maths smoothing constant (Kilgarriff 2009). */
    public static final double DEFAULT_SIMPLE_MATHS_K = 1;

    /** The default confidence level of the Log Ratio interval. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    /**
     * All scores with Simple Maths k = {@value #DEFAULT_SIMPLE_MATHS_K} and a 95% Log Ratio interval.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @return the scores
     */
    public static KeynessScores of(double a, double b, double c, double d) {
        return of(a, b, c, d, DEFAULT_SIMPLE_MATHS_K, DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * All scores with the given Simple Maths constant and interval level.
     *
     * @param a frequency in the target corpus
     * @param b frequency in the reference corpus
     * @param c target corpus size in tokens
     * @param d reference corpus size in tokens
     * @param simpleMathsK Simple Maths smoothing constant, &gt; 0
     * @param confidenceLevel confidence level of the Log Ratio interval, in (0, 1)
     * @return the scores
     */
    public static KeynessScores of(double a, double b, double c, double d, double simpleMathsK,
            double confidenceLevel) {
        double logLikelihood = Keyness.logLikelihood(a, b, c, d);
        return new KeynessScores(a, b, c, d,
                logLikelihood,
                Keyness.logLikelihoodTwoTerm(a, b, c, d),
                ChiSquared.upperTailProbability(Math.abs(logLikelihood)),
                Keyness.chiSquared(a, b, c, d),
                Keyness.chiSquaredYates(a, b, c, d),
                Keyness.logRatio(a, b, c, d),
                Keyness.logRatioConfidenceInterval(a, b, c, d, confidenceLevel),
                Keyness.percentDiff(a, b, c, d),
                Keyness.simpleMaths(a, b, c, d, simpleMathsK),
                Keyness.perMillion(a, c),
                Keyness.perMillion(b, d),
                Keyness.isZeroSubstituted(a, b));
    }
}
