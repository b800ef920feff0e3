package org.corpustoolkit.stats;

/**
 * Average reduced frequency, ARF (P. Savický &amp; J. Hlaváčová, "Measures of word commonness", <i>Journal
 * of Quantitative Linguistics</i> 9(3):215–231, 2002): a frequency that discounts occurrences bunched
 * together, computed from the word's positions in the corpus without any division into parts.
 *
 * <p>With f occurrences at positions {@code p_1 < … < p_f} in a corpus of N tokens, let {@code v = N/f}
 * (the gap if the occurrences were evenly spaced) and let the gaps be {@code d_1 = p_1 + N − p_f} (the
 * corpus is treated as a circle, so the first gap wraps around) and {@code d_i = p_i − p_{i−1}}. Then
 * {@code ARF = Σ min(d_i, v) / v}. ARF ranges from 1 (all occurrences adjacent, in the limit) to f
 * (evenly spaced). Worked value: N = 100, positions 3, 10, 11, 50, 90 (gaps 13, 7, 1, 39, 40, v = 20)
 * → (13 + 7 + 1 + 20 + 20)/20 = 3.05.
 *
 * <p>Positions are 0-based token offsets in [0, N), strictly increasing. To avoid keeping position arrays
 * for every type, feed positions one by one to an {@link ArfAccumulator}.
 */
public final class AverageReducedFrequency {

    private AverageReducedFrequency() {
    }

    /**
     * ARF from a sorted array of positions.
     *
     * @param sortedPositions strictly increasing 0-based positions in [0, N)
     * @param corpusSize N, the corpus size in tokens, ≥ 1
     * @return ARF in [1, f], or 0 when there is no position
     * @throws IllegalArgumentException if positions are not strictly increasing or out of range
     */
    public static double of(int[] sortedPositions, long corpusSize) {
        ArfAccumulator accumulator = new ArfAccumulator(corpusSize, sortedPositions.length);
        for (int position : sortedPositions) {
            accumulator.add(position);
        }
        return accumulator.finish();
    }

    /**
     * ARF from a sorted array of positions, for corpora beyond the int range.
     *
     * @param sortedPositions strictly increasing 0-based positions in [0, N)
     * @param corpusSize N, the corpus size in tokens, ≥ 1
     * @return ARF in [1, f], or 0 when there is no position
     * @throws IllegalArgumentException if positions are not strictly increasing or out of range
     */
    public static double of(long[] sortedPositions, long corpusSize) {
        ArfAccumulator accumulator = new ArfAccumulator(corpusSize, sortedPositions.length);
        for (long position : sortedPositions) {
            accumulator.add(position);
        }
        return accumulator.finish();
    }
}
