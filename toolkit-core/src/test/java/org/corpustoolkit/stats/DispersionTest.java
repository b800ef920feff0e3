package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DispersionTest {

    private static final double TOLERANCE = 1e-6;
    private static final CorpusParts FIVE_EQUAL_PARTS = CorpusParts.ofEqualSize(5, 1000);

    @Test
    void workedValuesOfMeasuresForFiveEqualParts() {
        // f = 20, v = [.5, 0, .25, .25, 0], s = .2 each: DP = ½(.3 + .2 + .05 + .05 + .2) = 0.4;
        // DPnorm = 0.4/(1 − .2) = 0.5; mean 4, population SD √14 = 3.741657, D = 1 − (3.741657/4)/2 = 0.532293
        int[] frequencies = {10, 0, 5, 5, 0};

        assertThat(Dispersion.range(frequencies)).isEqualTo(3);
        assertThat(Dispersion.deviationOfProportions(frequencies, FIVE_EQUAL_PARTS)).isCloseTo(0.4, within(1e-12));
        assertThat(Dispersion.deviationOfProportionsNormalised(frequencies, FIVE_EQUAL_PARTS))
                .isCloseTo(0.5, within(1e-12));
        assertThat(Dispersion.juillandD(frequencies, FIVE_EQUAL_PARTS)).isCloseTo(0.532293, within(TOLERANCE));
    }

    @Test
    void unequalPartsUseSharesAndRelativeFrequencies() {
        // sizes 10, 20, 70: s = .1, .2, .7; f = [5, 5, 0], v = [.5, .5, 0]
        // DP = ½(.4 + .3 + .7) = 0.7; DPnorm = 0.7/0.9 = 0.777778
        // relative frequencies .5, .25, 0: mean .25, population SD √(.125/3) = 0.204124,
        // D = 1 − (0.204124/.25)/√2 = 1 − 0.577350 = 0.422650
        CorpusParts parts = CorpusParts.ofSizes(10, 20, 70);
        int[] frequencies = {5, 5, 0};

        assertThat(Dispersion.deviationOfProportions(frequencies, parts)).isCloseTo(0.7, within(1e-12));
        assertThat(Dispersion.deviationOfProportionsNormalised(frequencies, parts)).isCloseTo(0.777778, within(TOLERANCE));
        assertThat(Dispersion.juillandD(frequencies, parts)).isCloseTo(0.422650, within(TOLERANCE));
    }

    @Test
    void wordSpreadLikeTheCorpusIsPerfectlyEven() {
        CorpusParts parts = CorpusParts.ofSizes(10, 20, 70);
        int[] proportional = {1, 2, 7};

        assertThat(Dispersion.deviationOfProportions(proportional, parts)).isCloseTo(0, within(1e-12));
        assertThat(Dispersion.deviationOfProportionsNormalised(proportional, parts)).isCloseTo(0, within(1e-12));
        assertThat(Dispersion.juillandD(proportional, parts)).isCloseTo(1, within(1e-12));
        assertThat(Dispersion.range(proportional)).isEqualTo(3);
    }

    @Test
    void wordConfinedToTheSmallestPartIsMaximallyUneven() {
        // v = [1, 0, 0]: DP = ½(.9 + .2 + .7) = 0.9 = 1 − min s, so DPnorm = 1; D = 0
        CorpusParts parts = CorpusParts.ofSizes(10, 20, 70);
        int[] confined = {4, 0, 0};

        assertThat(Dispersion.deviationOfProportions(confined, parts)).isCloseTo(0.9, within(1e-12));
        assertThat(Dispersion.deviationOfProportionsNormalised(confined, parts)).isCloseTo(1, within(1e-12));
        assertThat(Dispersion.juillandD(confined, parts)).isCloseTo(0, within(1e-12));
        assertThat(Dispersion.range(confined)).isEqualTo(1);
    }

    @Test
    void singlePartLeavesNormalisedMeasuresUndefined() {
        CorpusParts whole = CorpusParts.ofSizes(500);
        int[] frequencies = {7};

        assertThat(Dispersion.range(frequencies)).isEqualTo(1);
        assertThat(Dispersion.deviationOfProportions(frequencies, whole)).isZero();
        assertThat(Dispersion.deviationOfProportionsNormalised(frequencies, whole)).isNaN();
        assertThat(Dispersion.juillandD(frequencies, whole)).isNaN();
    }

    @Test
    void absentWordHasRangeZeroAndUndefinedDispersion() {
        int[] absent = {0, 0, 0, 0, 0};

        assertThat(Dispersion.range(absent)).isZero();
        assertThat(Dispersion.deviationOfProportions(absent, FIVE_EQUAL_PARTS)).isNaN();
        assertThat(Dispersion.deviationOfProportionsNormalised(absent, FIVE_EQUAL_PARTS)).isNaN();
        assertThat(Dispersion.juillandD(absent, FIVE_EQUAL_PARTS)).isNaN();
    }

    @Test
    void rejectsNegativeFrequenciesAndMismatchedParts() {
        assertThatThrownBy(() -> Dispersion.range(new int[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dispersion.deviationOfProportions(new int[] {1, 2}, FIVE_EQUAL_PARTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 frequencies for 5 parts");
        assertThatThrownBy(() -> Dispersion.juillandD(new int[] {1, 0, 0, 0, -2}, FIVE_EQUAL_PARTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corpusPartsPrecomputesSharesAndRejectsEmptyParts() {
        CorpusParts parts = CorpusParts.ofSizes(10, 20, 70);

        assertThat(parts.count()).isEqualTo(3);
        assertThat(parts.totalSize()).isEqualTo(100);
        assertThat(parts.size(1)).isEqualTo(20);
        assertThat(parts.share(2)).isEqualTo(0.7);
        assertThat(parts.smallestShare()).isEqualTo(0.1);
        assertThat(parts).isEqualTo(CorpusParts.ofSizes(10, 20, 70)).hasSameHashCodeAs(CorpusParts.ofSizes(10, 20, 70));
        assertThat(CorpusParts.ofEqualSize(2, 5)).isEqualTo(CorpusParts.ofSizes(5, 5));
        assertThatThrownBy(() -> CorpusParts.ofSizes()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CorpusParts.ofSizes(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CorpusParts.ofEqualSize(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corpusPartsCopiesItsInput() {
        long[] sizes = {10, 20};
        CorpusParts parts = CorpusParts.ofSizes(sizes);
        sizes[0] = 1000;

        assertThat(parts.size(0)).isEqualTo(10);
    }
}
