package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Given the MEASURES.md simple table: N = 1,000,000, f(node) = 1000, f(collocate) = 500, O11 = 50. */
class AssociationTest {

    private static final double TOLERANCE = 1e-6;
    private static final ContingencyTable SIMPLE = ContingencyTable.fromMarginals(50, 1000, 500, 1_000_000);

    @Test
    void workedValuesOfMeasures() {
        assertThat(SIMPLE.e11()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(Association.mutualInformation(SIMPLE)).isCloseTo(6.643856, within(TOLERANCE));
        assertThat(Association.mutualInformationCubed(SIMPLE)).isCloseTo(17.931569, within(TOLERANCE));
        assertThat(Association.mutualInformationLogFrequency(SIMPLE)).isCloseTo(26.122484, within(TOLERANCE));
        assertThat(Association.tScore(SIMPLE)).isCloseTo(7.000357, within(TOLERANCE));
        assertThat(Association.zScore(SIMPLE)).isCloseTo(70.003571, within(TOLERANCE));
        assertThat(Association.logLikelihood(SIMPLE)).isCloseTo(369.088437, within(TOLERANCE));
        assertThat(Association.dice(SIMPLE)).isCloseTo(0.066667, within(TOLERANCE));
        assertThat(Association.logDice(SIMPLE)).isCloseTo(10.093109, within(TOLERANCE));
        assertThat(Association.minimumSensitivity(SIMPLE)).isCloseTo(0.05, within(TOLERANCE));
        assertThat(Association.deltaPCollocateGivenNode(SIMPLE)).isCloseTo(0.049550, within(TOLERANCE));
        assertThat(Association.deltaPNodeGivenCollocate(SIMPLE)).isCloseTo(0.099050, within(TOLERANCE));
    }

    @Test
    void logRatioForCollocations() {
        // log2((50/1000)/(450/999,000)) = log2(111) = 6.794416
        assertThat(Association.logRatio(SIMPLE)).isCloseTo(6.794416, within(TOLERANCE));
    }

    @Test
    void handComputedWindowTable() {
        // Span 2L–2R around a node of frequency 100: R1 = 400 window positions; collocate f = 80, O11 = 20,
        // N = 10,000. E11 = 400·80/10,000 = 3.2; MI = log2(20/3.2) = log2(6.25) = 2.643856;
        // t = (20 − 3.2)/√20 = 3.756594; z = 16.8/√3.2 = 9.391486; Dice = 40/480 = 0.083333;
        // min sensitivity = min(20/400, 20/80) = 0.05; ΔP(c|n) = 20/400 − 60/9600 = 0.04375;
        // ΔP(n|c) = 20/80 − 380/9920 = 0.211694; MI3 = 3·log2(20) − log2(3.2) = 11.287712
        ContingencyTable window = ContingencyTable.fromMarginals(20, 400, 80, 10_000);

        assertThat(window.e11()).isCloseTo(3.2, within(1e-12));
        assertThat(Association.mutualInformation(window)).isCloseTo(2.643856, within(TOLERANCE));
        assertThat(Association.mutualInformationCubed(window)).isCloseTo(11.287712, within(TOLERANCE));
        assertThat(Association.tScore(window)).isCloseTo(3.756594, within(TOLERANCE));
        assertThat(Association.zScore(window)).isCloseTo(9.391486, within(TOLERANCE));
        assertThat(Association.dice(window)).isCloseTo(0.083333, within(TOLERANCE));
        assertThat(Association.minimumSensitivity(window)).isEqualTo(0.05);
        assertThat(Association.deltaPCollocateGivenNode(window)).isCloseTo(0.04375, within(1e-12));
        assertThat(Association.deltaPNodeGivenCollocate(window)).isCloseTo(0.211694, within(TOLERANCE));
    }

    @Test
    void negativeAssociationIsSigned() {
        // O11 = 1 where E11 = 0.5·10 = 5 would be expected: less than chance
        ContingencyTable rare = ContingencyTable.fromMarginals(1, 1000, 5000, 1_000_000);

        assertThat(Association.logLikelihood(rare)).isNegative();
        assertThat(Association.mutualInformation(rare)).isCloseTo(-2.321928, within(TOLERANCE));
        assertThat(Association.tScore(rare)).isCloseTo(-4, within(1e-12));
        assertThat(Association.deltaPCollocateGivenNode(rare)).isNegative();
    }

    @Test
    void zeroCoOccurrenceGivesLimitsNotNaN() {
        ContingencyTable never = ContingencyTable.fromMarginals(0, 1000, 500, 1_000_000);

        assertThat(Association.mutualInformation(never)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Association.mutualInformationCubed(never)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Association.mutualInformationLogFrequency(never)).isZero();
        assertThat(Association.tScore(never)).isEqualTo(Double.NEGATIVE_INFINITY);
        // z = (0 − 0.5)/√0.5
        assertThat(Association.zScore(never)).isCloseTo(-Math.sqrt(0.5), within(1e-12));
        // G² of [[0, 1000], [500, 998,500]] = 1.000751, negated
        assertThat(Association.logLikelihood(never)).isCloseTo(-1.000751, within(TOLERANCE));
        assertThat(Association.dice(never)).isZero();
        assertThat(Association.logDice(never)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Association.minimumSensitivity(never)).isZero();
        // 0 − 500/999,000
        assertThat(Association.deltaPCollocateGivenNode(never)).isCloseTo(-0.000500501, within(1e-9));
        // 0.5 substituted: log2((0.5/1000)/(500/999,000)) = −0.001443
        assertThat(Association.logRatio(never)).isCloseTo(-0.001443, within(TOLERANCE));
    }

    @Test
    void collocateOnlyInsideTheWindowsGetsAFiniteLogRatio() {
        // O21 = 0 → 0.5: log2((50/1000)/(0.5/999,000)) = log2(99,900) = 16.608197
        ContingencyTable exclusive = ContingencyTable.fromMarginals(50, 1000, 50, 1_000_000);

        assertThat(Association.logRatio(exclusive)).isCloseTo(16.608197, within(TOLERANCE));
        assertThat(Association.minimumSensitivity(exclusive)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void logDiceIsAtMostFourteen() {
        ContingencyTable perfect = ContingencyTable.fromMarginals(30, 30, 30, 1000);

        assertThat(Association.dice(perfect)).isEqualTo(1);
        assertThat(Association.logDice(perfect)).isEqualTo(14);
        assertThat(Association.deltaPCollocateGivenNode(perfect)).isEqualTo(1);
    }

    @Test
    void rejectsTablesWithAnEmptyRowOrColumn() {
        ContingencyTable noCollocate = ContingencyTable.fromMarginals(0, 1000, 0, 1_000_000);

        assertThatThrownBy(() -> Association.mutualInformation(noCollocate))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Association.logDice(noCollocate)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Association.zScore(new ContingencyTable(5, 5, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
