package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reference values computed with mpmath at 40 significant digits. */
class ErrorFunctionTest {

    /** 1e−11 percent = 1e−13 relative. */
    private static final double RELATIVE_PERCENT = 1e-11;

    @ParameterizedTest(name = "erfc({0}) = {1}")
    @CsvSource({
        "0, 1.0",
        "0.1, 0.8875370839817151016",
        "0.46875, 0.50738652678206200841",
        "0.5, 0.47950012218695346232",
        "1, 0.15729920705028513066",
        "2, 0.0046777349810472658379",
        "3, 0.000022090496998585441373",
        "4, 1.5417257900280018852e-8",
        "5, 1.5374597944280348502e-12",
        "10, 2.088487583762544757e-45",
        "26, 5.6631924088561428465e-296",
        "-1, 1.8427007929497148693",
        "-3, 1.9999779095030014146",
    })
    void erfcMatchesHighPrecisionValuesToAbout1e13Relative(double x, double expected) {
        assertThat(ErrorFunction.erfc(x)).isCloseTo(expected, withinPercentage(RELATIVE_PERCENT));
    }

    @Test
    void erfIsOneMinusErfcAndOdd() {
        assertThat(ErrorFunction.erf(1)).isCloseTo(1 - 0.15729920705028513066, within(1e-15));
        assertThat(ErrorFunction.erf(-1)).isCloseTo(-(1 - 0.15729920705028513066), within(1e-15));
        assertThat(ErrorFunction.erf(0.1)).isCloseTo(1 - 0.8875370839817151016, within(1e-16));
        assertThat(ErrorFunction.erf(0)).isZero();
        assertThat(ErrorFunction.erf(30)).isEqualTo(1);
    }

    @Test
    void extremeArguments() {
        assertThat(ErrorFunction.erfc(27)).isZero();
        assertThat(ErrorFunction.erfc(Double.POSITIVE_INFINITY)).isZero();
        assertThat(ErrorFunction.erfc(Double.NEGATIVE_INFINITY)).isEqualTo(2);
        assertThat(ErrorFunction.erfc(Double.NaN)).isNaN();
        assertThat(ErrorFunction.erf(Double.NaN)).isNaN();
    }

    @Test
    void erfcIsContinuousAcrossTheIntervalBoundaries() {
        for (double boundary : new double[] {0.46875, 4.0}) {
            double below = ErrorFunction.erfc(Math.nextDown(boundary));
            double above = ErrorFunction.erfc(Math.nextUp(boundary));
            assertThat(above).isCloseTo(below, withinPercentage(1e-11));
        }
    }
}
