package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContingencyTableTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void fromMarginalsDerivesTheOtherCellsAndExpectedFrequencies() {
        // N = 1,000,000, f(node) = 1000, f(collocate) = 500, O11 = 50 (MEASURES.md simple table)
        ContingencyTable table = ContingencyTable.fromMarginals(50, 1000, 500, 1_000_000);

        assertThat(table.o12()).isEqualTo(950);
        assertThat(table.o21()).isEqualTo(450);
        assertThat(table.o22()).isEqualTo(998_550);
        assertThat(table.r1()).isEqualTo(1000);
        assertThat(table.r2()).isEqualTo(999_000);
        assertThat(table.c1()).isEqualTo(500);
        assertThat(table.c2()).isEqualTo(999_500);
        assertThat(table.n()).isEqualTo(1_000_000);
        assertThat(table.e11()).isCloseTo(0.5, within(1e-12));
        assertThat(table.e12()).isCloseTo(999.5, within(1e-9));
        assertThat(table.e21()).isCloseTo(499.5, within(1e-9));
        assertThat(table.e22()).isCloseTo(998_500.5, within(1e-6));
    }

    @Test
    void expectedFrequenciesSumToTheMarginals() {
        ContingencyTable table = new ContingencyTable(7, 3, 2, 8);

        assertThat(table.e11() + table.e12()).isCloseTo(table.r1(), within(1e-12));
        assertThat(table.e11() + table.e21()).isCloseTo(table.c1(), within(1e-12));
        // E11 = R1·C1/N = 10·9/20
        assertThat(table.e11()).isEqualTo(4.5);
    }

    @Test
    void logLikelihoodOfTheKeynessTableMatchesMeasures() {
        // a = 50, b = 100, c − a = 99,950, d − b = 999,900
        ContingencyTable table = new ContingencyTable(50, 100, 99_950, 999_900);

        assertThat(table.logLikelihood()).isCloseTo(67.911862, within(TOLERANCE));
        assertThat(table.chiSquared()).isCloseTo(106.681214, within(TOLERANCE));
        assertThat(table.chiSquaredYates()).isCloseTo(103.767650, within(TOLERANCE));
    }

    @Test
    void handComputedSmallTable() {
        // [[10, 0], [0, 10]]: E = 5 everywhere; G² = 2·(10 ln 2 + 10 ln 2) = 40 ln 2;
        // χ² = 20·(100 − 0)²/(10·10·10·10) = 20; Yates = 20·(100 − 10)²/10⁴ = 16.2
        ContingencyTable table = new ContingencyTable(10, 0, 0, 10);

        assertThat(table.logLikelihood()).isCloseTo(40 * Math.log(2), within(1e-12));
        assertThat(table.chiSquared()).isCloseTo(20, within(1e-12));
        assertThat(table.chiSquaredYates()).isCloseTo(16.2, within(1e-12));
    }

    @Test
    void independentTableHasZeroStatistics() {
        ContingencyTable table = new ContingencyTable(2, 4, 3, 6);

        assertThat(table.logLikelihood()).isCloseTo(0, within(1e-12)).isGreaterThanOrEqualTo(0);
        assertThat(table.chiSquared()).isZero();
        assertThat(table.chiSquaredYates()).isZero();
    }

    @Test
    void emptyMarginalGivesZeroStatisticsNotNaN() {
        ContingencyTable table = new ContingencyTable(0, 0, 5, 7);

        assertThat(table.hasEmptyMarginal()).isTrue();
        assertThat(table.logLikelihood()).isZero();
        assertThat(table.chiSquared()).isZero();
        assertThat(table.chiSquaredYates()).isZero();
        assertThat(new ContingencyTable(0, 0, 0, 0).e11()).isZero();
    }

    @Test
    void rejectsNegativeOrNonFiniteCellsAndInconsistentMarginals() {
        assertThatThrownBy(() -> new ContingencyTable(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContingencyTable(0, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContingencyTable(0, 0, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContingencyTable.fromMarginals(60, 50, 100, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative cell");
        assertThatThrownBy(() -> ContingencyTable.fromMarginals(1, 600, 600, 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
