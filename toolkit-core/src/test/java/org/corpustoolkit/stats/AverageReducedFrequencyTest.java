package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AverageReducedFrequencyTest {

    @Test
    void workedValueOfMeasures() {
        // N = 100, f = 5, v = 20; gaps 3 + 100 − 90 = 13, 7, 1, 39, 40 → (13 + 7 + 1 + 20 + 20)/20 = 3.05
        assertThat(AverageReducedFrequency.of(new int[] {3, 10, 11, 50, 90}, 100)).isCloseTo(3.05, within(1e-12));
        assertThat(AverageReducedFrequency.of(new long[] {3, 10, 11, 50, 90}, 100)).isCloseTo(3.05, within(1e-12));
    }

    @Test
    void evenlySpacedOccurrencesKeepTheirFullFrequency() {
        // N = 10, v = 2, every gap is 2 (the wrapped one 0 + 10 − 8 = 2): 5·2/2 = 5 = f
        assertThat(AverageReducedFrequency.of(new int[] {0, 2, 4, 6, 8}, 10)).isCloseTo(5, within(1e-12));
    }

    @Test
    void bunchedOccurrencesCountAsFewer() {
        // N = 10, v = 2; gaps: wrapped 0 + 10 − 4 = 6 → 2, then 1, 1, 1, 1 → (2 + 4)/2 = 3
        assertThat(AverageReducedFrequency.of(new int[] {0, 1, 2, 3, 4}, 10)).isCloseTo(3, within(1e-12));
    }

    @Test
    void singleOccurrenceHasArfOne() {
        // one gap of N, v = N
        assertThat(AverageReducedFrequency.of(new int[] {42}, 1000)).isCloseTo(1, within(1e-12));
    }

    @Test
    void absentWordHasArfZero() {
        assertThat(AverageReducedFrequency.of(new int[0], 1000)).isZero();
    }

    @Test
    void wordFillingTheCorpusHasArfEqualToItsFrequency() {
        assertThat(AverageReducedFrequency.of(new int[] {0, 1, 2, 3}, 4)).isCloseTo(4, within(1e-12));
    }

    @Test
    void accumulatorGivesTheSameValueWithoutAPositionArray() {
        ArfAccumulator accumulator = new ArfAccumulator(100, 5);
        accumulator.add(3).add(10).add(11).add(50).add(90);

        assertThat(accumulator.finish()).isCloseTo(3.05, within(1e-12));
    }

    @Test
    void accumulatorWorksBeyondTheIntRange() {
        // N = 10¹⁰, positions at 0 and N/2: both gaps N/2 = v → ARF 2
        long corpusSize = 10_000_000_000L;
        ArfAccumulator accumulator = new ArfAccumulator(corpusSize, 2).add(0).add(corpusSize / 2);

        assertThat(accumulator.finish()).isCloseTo(2, within(1e-12));
    }

    @Test
    void accumulatorEnforcesItsContract() {
        assertThatThrownBy(() -> new ArfAccumulator(100, 2).add(5).add(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
        assertThatThrownBy(() -> new ArfAccumulator(100, 2).add(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArfAccumulator(100, 2).add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArfAccumulator(100, 1).add(1).add(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than");
        assertThatThrownBy(() -> new ArfAccumulator(100, 2).add(1).finish()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ArfAccumulator(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArfAccumulator(10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AverageReducedFrequency.of(new int[] {5, 3}, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
