package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChiSquaredTest {

    @ParameterizedTest(name = "p({0}) = {1}")
    @CsvSource({
        "3.841459, 0.05",
        "6.634897, 0.01",
        "10.827566, 0.001",
        "15.136705, 0.0001",
    })
    void criticalValuesOfTheTextbookTables(double statistic, double p) {
        assertThat(ChiSquared.upperTailProbability(statistic)).isCloseTo(p, withinPercentage(1e-4));
    }

    @ParameterizedTest(name = "p({0}) = {1}")
    @CsvSource({
        // mpmath erfc(√(x/2)) at 40 digits
        "0.5, 0.47950012218695346232",
        "67.911862, 1.7096952799026332068e-16",
        "100, 1.5239706048321052132e-23",
        "1e-8, 0.99992021154405269422",
    })
    void pValuesMatchHighPrecisionValues(double statistic, double p) {
        assertThat(ChiSquared.upperTailProbability(statistic)).isCloseTo(p, withinPercentage(1e-10));
    }

    @Test
    void nonPositiveStatisticsHaveProbabilityOne() {
        assertThat(ChiSquared.upperTailProbability(0)).isEqualTo(1);
        assertThat(ChiSquared.upperTailProbability(-67.9)).isEqualTo(1);
        assertThat(ChiSquared.upperTailProbability(Double.NaN)).isNaN();
        assertThat(ChiSquared.upperTailProbability(Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void criticalValues() {
        assertThat(ChiSquared.criticalValue(0.05)).isCloseTo(3.841459, within(1e-6));
        assertThat(ChiSquared.criticalValue(0.01)).isCloseTo(6.634897, within(1e-6));
        assertThat(ChiSquared.criticalValue(0.001)).isCloseTo(10.827566, within(1e-6));
        assertThat(ChiSquared.criticalValue(0.0001)).isCloseTo(15.136705, within(1e-6));
        assertThat(ChiSquared.criticalValue(1)).isCloseTo(0, within(1e-12));
    }

    @Test
    void criticalValueRejectsImpossibleLevels() {
        assertThatThrownBy(() -> ChiSquared.criticalValue(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChiSquared.criticalValue(1.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
