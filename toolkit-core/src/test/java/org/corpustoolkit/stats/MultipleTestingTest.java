package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {

    @Test
    void bonferroniDividesAlphaByTheNumberOfTests() {
        assertThat(MultipleTesting.bonferroniAlpha(0.05, 10)).isCloseTo(0.005, within(1e-18));
        assertThat(MultipleTesting.bonferroniAlpha(0.05, 1)).isEqualTo(0.05);
    }

    @Test
    void sidakIsSlightlyLessConservativeThanBonferroni() {
        // 1 − 0.95^(1/10)
        assertThat(MultipleTesting.sidakAlpha(0.05, 10)).isCloseTo(0.005116196891823743, within(1e-15));
        assertThat(MultipleTesting.sidakAlpha(0.05, 10)).isGreaterThan(MultipleTesting.bonferroniAlpha(0.05, 10));
        assertThat(MultipleTesting.sidakAlpha(0.05, 1)).isCloseTo(0.05, within(1e-16));
    }

    @Test
    void sidakKeepsPrecisionForAMillionTests() {
        // 1 − 0.95^(1e−6) = −expm1(ln(0.95)·1e−6) = 5.129329307205e−8
        assertThat(MultipleTesting.sidakAlpha(0.05, 1_000_000)).isCloseTo(5.1293293072049574e-8, withinPercentage(1e-8));
    }

    @Test
    void adjustedPValues() {
        assertThat(MultipleTesting.bonferroniAdjustedP(0.01, 5)).isCloseTo(0.05, within(1e-16));
        assertThat(MultipleTesting.bonferroniAdjustedP(0.3, 5)).isEqualTo(1);
        // 1 − 0.99^5
        assertThat(MultipleTesting.sidakAdjustedP(0.01, 5)).isCloseTo(0.0490099501, within(1e-15));
        assertThat(MultipleTesting.sidakAdjustedP(1, 5)).isEqualTo(1);
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThatThrownBy(() -> MultipleTesting.bonferroniAlpha(0.05, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipleTesting.sidakAlpha(1.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipleTesting.sidakAdjustedP(-0.1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipleTesting.bonferroniAdjustedP(Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
