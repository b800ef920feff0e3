package org.corpustoolkit.stats;

/**
 * The error function and the complementary error function, accurate to close to double precision over the
 * whole real line.
 *
 * <p>Method: W. J. Cody, "Rational Chebyshev approximations for the error function", <i>Mathematics of
 * Computation</i> 23(107):631–637, 1969, with the coefficients and interval split of Cody's portable
 * routine CALERF (netlib {@code specfun/erf}, 1990), which approximate erf and erfc to at least 18
 * significant digits before rounding:
 * <ul>
 *   <li>{@code |x| ≤ 0.46875}: {@code erf(x) = x·P(x²)/Q(x²)} and {@code erfc(x) = 1 − erf(x)};
 *   <li>{@code 0.46875 < |x| ≤ 4}: {@code erfc(|x|) = exp(−x²)·P(|x|)/Q(|x|)};
 *   <li>{@code |x| > 4}: {@code erfc(|x|) = exp(−x²)/|x| · (1/√π + R(1/x²)/x²)};
 *   <li>{@code erfc(x) = 2 − erfc(−x)} for negative x.
 * </ul>
 * {@code exp(−x²)} is evaluated as {@code exp(−t²)·exp(−(x−t)(x+t))} with t = x truncated to 1/16, as in
 * CALERF, so that no precision is lost in squaring x. Relative error of erfc is below about 1e−14 where the
 * result is a normal double (it underflows to 0 above x ≈ 26.5).
 */
public final class ErrorFunction {

    private static final double THRESHOLD = 0.46875;
    private static final double ERFC_UNDERFLOW = 26.543;
    private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;

    private static final double[] A = {
        3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
        3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {
        2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
        2.84423683343917062e03};
    private static final double[] C = {
        5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
        2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03,
        2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {
        1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
        1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03,
        3.43936767414372164e03, 1.23033935480374942e03};
    private static final double[] P = {
        3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
        1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {
        2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1,
        6.05183413124413191e-2, 2.33520497626869185e-3};

    private ErrorFunction() {
    }

    /**
     * The error function {@code erf(x) = 2/√π ∫₀ˣ exp(−t²) dt} (Cody 1969).
     *
     * @param x any real number
     * @return erf(x) in [−1, 1]; NaN for NaN
     */
    public static double erf(double x) {
        double y = Math.abs(x);
        if (y <= THRESHOLD) {
            return smallArgumentErf(x);
        }
        double value = 1 - positiveErfc(y);
        return x < 0 ? -value : value;
    }

    /**
     * The complementary error function {@code erfc(x) = 1 − erf(x) = 2/√π ∫ₓ^∞ exp(−t²) dt} (Cody 1969),
     * computed directly so that small upper-tail values keep their full relative precision.
     *
     * @param x any real number
     * @return erfc(x) in [0, 2]; NaN for NaN
     */
    public static double erfc(double x) {
        double y = Math.abs(x);
        if (y <= THRESHOLD) {
            return 1 - smallArgumentErf(x);
        }
        double upper = positiveErfc(y);
        return x < 0 ? 2 - upper : upper;
    }

    private static double smallArgumentErf(double x) {
        double ysq = x * x;
        double numerator = A[4] * ysq;
        double denominator = ysq;
        for (int i = 0; i < 3; i++) {
            numerator = (numerator + A[i]) * ysq;
            denominator = (denominator + B[i]) * ysq;
        }
        return x * (numerator + A[3]) / (denominator + B[3]);
    }

    /** erfc(y) for y > THRESHOLD (or NaN). */
    private static double positiveErfc(double y) {
        if (Double.isNaN(y)) {
            return Double.NaN;
        }
        if (y >= ERFC_UNDERFLOW) {
            return 0;
        }
        double rational;
        if (y <= 4) {
            double numerator = C[8] * y;
            double denominator = y;
            for (int i = 0; i < 7; i++) {
                numerator = (numerator + C[i]) * y;
                denominator = (denominator + D[i]) * y;
            }
            rational = (numerator + C[7]) / (denominator + D[7]);
        } else {
            double inverseSquare = 1 / (y * y);
            double numerator = P[5] * inverseSquare;
            double denominator = inverseSquare;
            for (int i = 0; i < 4; i++) {
                numerator = (numerator + P[i]) * inverseSquare;
                denominator = (denominator + Q[i]) * inverseSquare;
            }
            double correction = inverseSquare * (numerator + P[4]) / (denominator + Q[4]);
            rational = (ONE_OVER_SQRT_PI - correction) / y;
        }
        double truncated = Math.floor(y * 16) / 16;
        double delta = (y - truncated) * (y + truncated);
        return Math.exp(-truncated * truncated) * Math.exp(-delta) * rational;
    }
}
