package org.corpustoolkit.stats;

/**
 * The standard normal distribution: tail probabilities and the quantile function.
 *
 * <p>Probabilities use {@link ErrorFunction#erfc} (Cody 1969): {@code Φ(z) = ½·erfc(−z/√2)}. The quantile
 * uses P. J. Acklam's rational approximation ("An algorithm for computing the inverse normal cumulative
 * distribution function", 2003; relative error below 1.15e−9), followed by one step of Halley's method on
 * {@code Φ(x) − p}, as Acklam recommends, which brings the result to near full double precision.
 */
public final class NormalDistribution {

    private static final double SQRT_TWO = Math.sqrt(2);
    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

    private static final double[] A = {
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOW_REGION = 0.02425;

    private NormalDistribution() {
    }

    /**
     * The cumulative distribution function {@code Φ(z) = P(Z ≤ z) = ½·erfc(−z/√2)}.
     *
     * @param z any real number
     * @return Φ(z) in [0, 1]
     */
    public static double cumulativeProbability(double z) {
        return 0.5 * ErrorFunction.erfc(-z / SQRT_TWO);
    }

    /**
     * The upper tail {@code P(Z > z) = 1 − Φ(z) = ½·erfc(z/√2)}, accurate in relative terms far into the
     * tail (no cancellation against 1).
     *
     * @param z any real number
     * @return P(Z &gt; z) in [0, 1]
     */
    public static double upperTailProbability(double z) {
        return 0.5 * ErrorFunction.erfc(z / SQRT_TWO);
    }

    /**
     * The quantile function {@code Φ⁻¹(p)}: the z with {@code Φ(z) = p} (Acklam 2003, refined by one Halley
     * step). For example {@code quantile(0.975) = 1.959963984540054}.
     *
     * @param p a probability in [0, 1]
     * @return Φ⁻¹(p); −∞ for 0 and +∞ for 1
     * @throws IllegalArgumentException if p is NaN or outside [0, 1]
     */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double x;
        if (p < LOW_REGION) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = tail(q);
        } else if (p <= 1 - LOW_REGION) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            x = -tail(q);
        }
        // One Halley step (Acklam's refinement). The error is taken on the smaller tail to avoid cancellation.
        double error = x < 0 ? cumulativeProbability(x) - p : (1 - p) - upperTailProbability(x);
        double u = error * SQRT_TWO_PI * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
}
