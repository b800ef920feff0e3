package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Given a word's frequency a in a target of c tokens and b in a reference of d tokens. */
class KeynessTest {

    private static final double TOLERANCE = 1e-6;

    // MEASURES.md worked example
    private static final double A = 50;
    private static final double B = 100;
    private static final double C = 100_000;
    private static final double D = 1_000_000;

    @Test
    void workedExampleOfMeasures() {
        assertThat(Keyness.logLikelihoodTwoTerm(A, B, C, D)).isCloseTo(67.897313, within(TOLERANCE));
        assertThat(Keyness.logLikelihood(A, B, C, D)).isCloseTo(67.911862, within(TOLERANCE));
        assertThat(Keyness.chiSquared(A, B, C, D)).isCloseTo(106.681214, within(TOLERANCE));
        assertThat(Keyness.logRatio(A, B, C, D)).isCloseTo(2.321928, within(TOLERANCE));
        assertThat(Keyness.percentDiff(A, B, C, D)).isCloseTo(400, within(TOLERANCE));
        assertThat(Keyness.simpleMaths(A, B, C, D, 1)).isCloseTo(4.960396, within(TOLERANCE));
        assertThat(Keyness.simpleMaths(A, B, C, D, 100)).isCloseTo(3.000000, within(TOLERANCE));
    }

    @Test
    void expectedFrequenciesOfTheTwoTermFormAreThoseOfTheTable() {
        ContingencyTable table = Keyness.table(A, B, C, D);

        assertThat(table.e11()).isCloseTo(13.636364, within(TOLERANCE));
        assertThat(table.e12()).isCloseTo(136.363636, within(TOLERANCE));
    }

    @Test
    void yatesCorrectionShrinksChiSquared() {
        // N·(|ad − bc| − N/2)²/(R1·R2·C1·C2) with a=50, b=100, c−a=99,950, d−b=999,900
        assertThat(Keyness.chiSquaredYates(A, B, C, D)).isCloseTo(103.767650, within(TOLERANCE));
    }

    @Test
    void perMillion() {
        assertThat(Keyness.perMillion(A, C)).isEqualTo(500);
        assertThat(Keyness.perMillion(B, D)).isEqualTo(100);
        assertThat(Keyness.perMillion(0, D)).isZero();
    }

    @Test
    void wordAbsentFromTheReferenceRanksHighInEveryMeasure() {
        // a = 20, b = 0: Log Ratio = log2((20/100,000)/(0.5/1,000,000)) = log2(400) = 8.643856;
        // %DIFF = 100·(200 − 0.5)/0.5 per million = 39,900
        double a = 20;
        double b = 0;

        assertThat(Keyness.logLikelihood(a, b, C, D)).isCloseTo(95.919448, within(TOLERANCE));
        assertThat(Keyness.logLikelihoodTwoTerm(a, b, C, D)).isCloseTo(95.915811, within(TOLERANCE));
        assertThat(Keyness.chiSquared(a, b, C, D)).isCloseTo(200.003636, within(TOLERANCE));
        assertThat(Keyness.chiSquaredYates(a, b, C, D)).isPositive().isLessThan(200.003636);
        assertThat(Keyness.logRatio(a, b, C, D)).isCloseTo(8.643856, within(TOLERANCE));
        assertThat(Keyness.percentDiff(a, b, C, D)).isCloseTo(39_900, within(TOLERANCE));
        assertThat(Keyness.simpleMaths(a, b, C, D, 1)).isCloseTo(201, within(TOLERANCE));
    }

    @Test
    void absentWordOutranksAWordWithTheSameTargetFrequencyThatOccursInTheReference() {
        assertThat(Keyness.logLikelihoodTwoTerm(20, 0, C, D)).isGreaterThan(Keyness.logLikelihoodTwoTerm(20, 1, C, D));
        assertThat(Keyness.logLikelihood(20, 0, C, D)).isGreaterThan(Keyness.logLikelihood(20, 1, C, D));
        assertThat(Keyness.logRatio(20, 0, C, D)).isGreaterThan(Keyness.logRatio(20, 1, C, D));
    }

    @Test
    void underUseIsNegative() {
        // a = 5 (50 pm) vs b = 1000 (1000 pm): log2(50/1000) = −4.321928
        assertThat(Keyness.logLikelihood(5, 1000, C, D)).isCloseTo(-151.673279, within(TOLERANCE));
        assertThat(Keyness.logLikelihoodTwoTerm(5, 1000, C, D)).isNegative();
        assertThat(Keyness.chiSquared(5, 1000, C, D)).isNegative();
        assertThat(Keyness.chiSquaredYates(5, 1000, C, D)).isNegative();
        assertThat(Keyness.logRatio(5, 1000, C, D)).isCloseTo(-4.321928, within(TOLERANCE));
        assertThat(Keyness.percentDiff(5, 1000, C, D)).isCloseTo(-95, within(TOLERANCE));
        assertThat(Keyness.simpleMaths(5, 1000, C, D, 1)).isLessThan(1);
    }

    @Test
    void wordAbsentFromTheTargetIsStronglyNegative() {
        // a = 0 → 0.5 in Log Ratio: log2((0.5/100,000)/(100/1,000,000)) = log2(0.05) = −4.321928
        assertThat(Keyness.logRatio(0, 100, C, D)).isCloseTo(-4.321928, within(TOLERANCE));
        assertThat(Keyness.percentDiff(0, 100, C, D)).isEqualTo(-100);
        assertThat(Keyness.logLikelihood(0, 100, C, D)).isNegative();
    }

    @Test
    void equalRelativeFrequenciesScoreNeutral() {
        // 10 per 100,000 and 100 per 1,000,000
        assertThat(Keyness.logLikelihood(10, 100, C, D)).isCloseTo(0, within(1e-9));
        assertThat(Keyness.chiSquared(10, 100, C, D)).isCloseTo(0, within(1e-9));
        assertThat(Keyness.logRatio(10, 100, C, D)).isCloseTo(0, within(1e-12));
        assertThat(Keyness.percentDiff(10, 100, C, D)).isCloseTo(0, within(1e-9));
        assertThat(Keyness.simpleMaths(10, 100, C, D, 1)).isCloseTo(1, within(1e-12));
    }

    @Test
    void wordAbsentFromBothCorporaScoresZero() {
        assertThat(Keyness.logLikelihood(0, 0, C, D)).isZero();
        assertThat(Keyness.logLikelihoodTwoTerm(0, 0, C, D)).isZero();
        assertThat(Keyness.chiSquared(0, 0, C, D)).isZero();
        assertThat(Keyness.logRatio(0, 0, C, D)).isZero();
        assertThat(Keyness.percentDiff(0, 0, C, D)).isZero();
        assertThat(Keyness.simpleMaths(0, 0, C, D, 1)).isEqualTo(1);
    }

    @Test
    void logRatioConfidenceIntervalUsesTheStandardErrorOfALogRateRatio() {
        // SE(ln RR) = √(1/50 + 1/100) = 0.173205; in log2: 0.249883; z(0.95) = 1.959964
        // 2.321928 ± 0.489760
        ConfidenceInterval interval = Keyness.logRatioConfidenceInterval(A, B, C, D, 0.95);

        assertThat(interval.lower()).isCloseTo(1.832168, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(2.811688, within(TOLERANCE));
        assertThat(interval.contains(Keyness.logRatio(A, B, C, D))).isTrue();
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        ConfidenceInterval ninety = Keyness.logRatioConfidenceInterval(A, B, C, D, 0.90);
        ConfidenceInterval ninetyNine = Keyness.logRatioConfidenceInterval(A, B, C, D, 0.99);

        // widths are 2·z·SE: z(0.90) = 1.644854, z(0.99) = 2.575829; SE in log2 = √0.03/ln 2
        double standardError = Math.sqrt(0.03) / Math.log(2);
        assertThat(ninety.width()).isCloseTo(2 * 1.644854 * standardError, within(TOLERANCE));
        assertThat(ninetyNine.width()).isCloseTo(2 * 2.575829 * standardError, within(TOLERANCE));
    }

    @Test
    void confidenceIntervalOfAnAbsentWordSubstitutesHalf() {
        // a = 20, b = 0 → SE(ln RR) = √(1/20 + 1/0.5) = √2.05
        ConfidenceInterval interval = Keyness.logRatioConfidenceInterval(20, 0, C, D, 0.95);
        double halfWidth = 1.959964 * Math.sqrt(2.05) / Math.log(2);

        assertThat(interval.lower()).isCloseTo(8.643856 - halfWidth, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(8.643856 + halfWidth, within(TOLERANCE));
    }

    @Test
    void keynessScoresCollectsEveryMeasure() {
        KeynessScores scores = KeynessScores.of(A, B, C, D);

        assertThat(scores.logLikelihood()).isCloseTo(67.911862, within(TOLERANCE));
        assertThat(scores.logLikelihoodTwoTerm()).isCloseTo(67.897313, within(TOLERANCE));
        assertThat(scores.logLikelihoodPValue()).isCloseTo(1.7096953e-16, within(1e-22));
        assertThat(scores.chiSquared()).isCloseTo(106.681214, within(TOLERANCE));
        assertThat(scores.chiSquaredYates()).isCloseTo(103.767650, within(TOLERANCE));
        assertThat(scores.logRatio()).isCloseTo(2.321928, within(TOLERANCE));
        assertThat(scores.logRatioInterval().lower()).isCloseTo(1.832168, within(TOLERANCE));
        assertThat(scores.percentDiff()).isCloseTo(400, within(TOLERANCE));
        assertThat(scores.simpleMaths()).isCloseTo(4.960396, within(TOLERANCE));
        assertThat(scores.targetPerMillion()).isEqualTo(500);
        assertThat(scores.referencePerMillion()).isEqualTo(100);
        assertThat(scores.zeroFrequencySubstituted()).isFalse();
        assertThat(scores.targetFrequency()).isEqualTo(A);
        assertThat(scores.referenceSize()).isEqualTo(D);
    }

    @Test
    void keynessScoresFlagsZeroSubstitutionAndUsesOptions() {
        KeynessScores absent = KeynessScores.of(20, 0, C, D, 100, 0.99);

        assertThat(absent.zeroFrequencySubstituted()).isTrue();
        // (200 + 100)/(0 + 100)
        assertThat(absent.simpleMaths()).isCloseTo(3, within(TOLERANCE));
        assertThat(absent.logLikelihoodPValue()).isLessThan(1e-20);
        assertThat(KeynessScores.of(0, 0, C, D).zeroFrequencySubstituted()).isFalse();
        assertThat(KeynessScores.of(0, 0, C, D).logLikelihoodPValue()).isEqualTo(1);
    }

    @Test
    void underUseHasTheSamePValueAsTheMagnitudeOfItsStatistic() {
        KeynessScores scores = KeynessScores.of(5, 1000, C, D);

        assertThat(scores.logLikelihoodPValue())
                .isCloseTo(ChiSquared.upperTailProbability(151.67327942994356), withinPercentage(1e-6))
                .isLessThan(1e-30);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> Keyness.logLikelihood(101, 0, 100, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.logRatio(1, 101, 100, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.chiSquared(-1, 0, 100, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.percentDiff(0, 0, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.logLikelihoodTwoTerm(0, 0, 100, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.simpleMaths(1, 1, 100, 100, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.logRatioConfidenceInterval(1, 1, 100, 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyness.perMillion(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
