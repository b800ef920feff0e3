package org.corpustoolkit.stats;

import java.util.Arrays;

/**
 * The sizes of the parts a corpus is divided into for dispersion (documents, or fixed-size chunks), with the
 * shares {@code s_i = size_i / corpus size} precomputed once so that {@link Dispersion} can score every word
 * type against the same parts cheaply. Immutable.
 */
public final class CorpusParts {

    private final long[] sizes;
    private final double[] shares;
    private final long totalSize;
    private final double smallestShare;

    private CorpusParts(long[] sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("a corpus needs at least one part");
        }
        long total = 0;
        for (long size : sizes) {
            if (size <= 0) {
                throw new IllegalArgumentException("part sizes must be positive: " + Arrays.toString(sizes));
            }
            total = Math.addExact(total, size);
        }
        this.sizes = sizes;
        this.totalSize = total;
        this.shares = new double[sizes.length];
        double smallest = 1;
        for (int i = 0; i < sizes.length; i++) {
            shares[i] = (double) sizes[i] / total;
            smallest = Math.min(smallest, shares[i]);
        }
        this.smallestShare = smallest;
    }

    /**
     * Parts of the given sizes, in tokens.
     *
     * @param sizes positive part sizes, at least one (copied)
     * @return the parts
     * @throws IllegalArgumentException if there is no part or a size is not positive
     */
    public static CorpusParts ofSizes(long... sizes) {
        return new CorpusParts(sizes.clone());
    }

    /**
     * {@code count} parts of equal size.
     *
     * @param count number of parts, ≥ 1
     * @param size size of each part in tokens, ≥ 1
     * @return the parts
     */
    public static CorpusParts ofEqualSize(int count, long size) {
        if (count < 1) {
            throw new IllegalArgumentException("a corpus needs at least one part, got " + count);
        }
        long[] sizes = new long[count];
        Arrays.fill(sizes, size);
        return new CorpusParts(sizes);
    }

    /** @return the number of parts n */
    public int count() {
        return sizes.length;
    }

    /**
     * @param part index in [0, n)
     * @return the size of the part in tokens
     */
    public long size(int part) {
        return sizes[part];
    }

    /** @return the corpus size, the sum of the part sizes */
    public long totalSize() {
        return totalSize;
    }

    /**
     * @param part index in [0, n)
     * @return {@code s_i = size_i / corpus size}
     */
    public double share(int part) {
        return shares[part];
    }

    /** @return {@code min_i s_i}, used by DPnorm */
    public double smallestShare() {
        return smallestShare;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorpusParts parts && Arrays.equals(sizes, parts.sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "CorpusParts" + Arrays.toString(sizes);
    }
}
