package org.corpustoolkit.stats;

import java.util.Arrays;

/**
 * The frequency of every type in a text: the frequency spectrum behind Yule's K and HD-D. Immutable.
 * Built from a sequence of int token ids (ids need not be dense) or from the per-type counts directly.
 */
public final class TypeFrequencies {

    private final int[] ascendingCounts;
    private final long tokens;

    private TypeFrequencies(int[] ascendingCounts) {
        long sum = 0;
        for (int count : ascendingCounts) {
            if (count <= 0) {
                throw new IllegalArgumentException("type frequencies must be positive, got " + count);
            }
            sum += count;
        }
        this.ascendingCounts = ascendingCounts;
        this.tokens = sum;
    }

    /**
     * Counts the types of a token sequence.
     *
     * @param tokenIds one id per token; equal ids are the same type
     * @return the type frequencies
     */
    public static TypeFrequencies of(int[] tokenIds) {
        int[] sorted = tokenIds.clone();
        Arrays.sort(sorted);
        int[] counts = new int[sorted.length];
        int types = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                types++;
            }
            counts[types - 1]++;
        }
        int[] ascending = Arrays.copyOf(counts, types);
        Arrays.sort(ascending);
        return new TypeFrequencies(ascending);
    }

    /**
     * Type frequencies given directly.
     *
     * @param counts the frequency of each type, each ≥ 1 (copied; order irrelevant)
     * @return the type frequencies
     */
    public static TypeFrequencies fromCounts(int... counts) {
        int[] ascending = counts.clone();
        Arrays.sort(ascending);
        return new TypeFrequencies(ascending);
    }

    /** @return N, the number of tokens */
    public long tokens() {
        return tokens;
    }

    /** @return V, the number of types */
    public int types() {
        return ascendingCounts.length;
    }

    /** @return the type frequencies in ascending order (a copy) */
    public int[] ascendingCounts() {
        return ascendingCounts.clone();
    }

    /** @return {@code Σ_types f² = Σ_i i²·V(i)} */
    public double sumOfSquaredFrequencies() {
        double sum = 0;
        for (int count : ascendingCounts) {
            sum += (double) count * count;
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeFrequencies frequencies
                && Arrays.equals(ascendingCounts, frequencies.ascendingCounts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ascendingCounts);
    }

    @Override
    public String toString() {
        return "TypeFrequencies[N=" + tokens + ", V=" + types() + "]";
    }

    /** Package-private view without copying, for the measures in this package. */
    int[] countsView() {
        return ascendingCounts;
    }
}
