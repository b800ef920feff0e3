package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference quantiles computed with mpmath (√2·erfinv(2p − 1)) at 40 significant digits. */
class NormalDistributionTest {

    @ParameterizedTest(name = "quantile({0}) = {1}")
    @CsvSource({
        "0.5, 0.0",
        "0.975, 1.9599639845400538556",
        "0.995, 2.5758293035489004539",
        "0.9995, 3.2905267314919257787",
        "0.8, 0.8416212335729143638",
        "0.01, -2.3263478740408410931",
        "0.02425, -1.9729610513118848376",
        "1e-10, -6.3613409024040561991",
    })
    void quantileIsAccurateBeyondAcklamsRawPrecision(double p, double expected) {
        // Acklam alone is good to 1.15e−9 relative; the Halley step brings it near double precision.
        assertThat(NormalDistribution.quantile(p)).isCloseTo(expected, within(1e-13));
    }

    @Test
    void quantileInvertsTheCumulativeProbability() {
        for (double p : new double[] {1e-300, 1e-20, 0.001, 0.3, 0.5, 0.7, 0.97, 0.999}) {
            assertThat(NormalDistribution.cumulativeProbability(NormalDistribution.quantile(p)))
                    .isCloseTo(p, withinPercentage(1e-10));
        }
    }

    @Test
    void quantileIsSymmetric() {
        assertThat(NormalDistribution.quantile(0.025)).isCloseTo(-NormalDistribution.quantile(0.975), within(1e-14));
    }

    @Test
    void quantileOfTheEndpointsIsInfinite() {
        assertThat(NormalDistribution.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(NormalDistribution.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void quantileRejectsNonProbabilities() {
        assertThatThrownBy(() -> NormalDistribution.quantile(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalDistribution.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalDistribution.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tailProbabilities() {
        // Φ(1.959963984540054) = 0.975; P(Z > 5) = ½·erfc(5/√2) = 2.866515718791939e−7
        assertThat(NormalDistribution.cumulativeProbability(1.959963984540054)).isCloseTo(0.975, within(1e-15));
        assertThat(NormalDistribution.upperTailProbability(1.959963984540054)).isCloseTo(0.025, within(1e-15));
        assertThat(NormalDistribution.upperTailProbability(5)).isCloseTo(2.866515718791939e-7, withinPercentage(1e-10));
        assertThat(NormalDistribution.cumulativeProbability(0)).isEqualTo(0.5);
    }
}
