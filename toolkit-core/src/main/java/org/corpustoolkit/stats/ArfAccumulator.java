package org.corpustoolkit.stats;

/**
 * Computes the {@link AverageReducedFrequency average reduced frequency} of one word from its positions fed
 * in increasing order, in constant memory, so that a caller scanning a corpus need not keep position arrays.
 *
 * <p>Each gap contributes {@code min(d_i, v)} with {@code v = N/f}, so v must be known while the gaps are
 * seen: the accumulator is therefore created with the corpus size N and the word's frequency f (known from
 * the frequency list, or from the length of a postings list), and {@link #finish()} checks that exactly f
 * positions were added. Without f in advance, every gap would have to be kept until the end, which is what
 * this class exists to avoid.
 *
 * <p>Not thread-safe; use one accumulator per word and per thread.
 */
public final class ArfAccumulator {

    private final long corpusSize;
    private final long frequency;
    private final double evenGap;
    private long count;
    private long first;
    private long previous;
    private double sum;

    /**
     * @param corpusSize N, the corpus size in tokens, ≥ 1
     * @param frequency f, the number of positions that will be added, in [0, N]
     */
    public ArfAccumulator(long corpusSize, long frequency) {
        if (corpusSize < 1 || frequency < 0 || frequency > corpusSize) {
            throw new IllegalArgumentException("need N >= 1 and 0 <= f <= N, got N=" + corpusSize + ", f=" + frequency);
        }
        this.corpusSize = corpusSize;
        this.frequency = frequency;
        this.evenGap = frequency == 0 ? 0 : (double) corpusSize / frequency;
    }

    /**
     * Adds the next occurrence.
     *
     * @param position 0-based position in [0, N), greater than the previous one
     * @return this accumulator
     * @throws IllegalArgumentException if the position is out of range, not increasing, or one too many
     */
    public ArfAccumulator add(long position) {
        if (position < 0 || position >= corpusSize) {
            throw new IllegalArgumentException("position " + position + " outside [0, " + corpusSize + ")");
        }
        if (count == frequency) {
            throw new IllegalArgumentException("more than the declared " + frequency + " positions");
        }
        if (count == 0) {
            first = position;
        } else {
            if (position <= previous) {
                throw new IllegalArgumentException("positions must increase: " + position + " after " + previous);
            }
            sum += Math.min(position - previous, evenGap);
        }
        previous = position;
        count++;
        return this;
    }

    /**
     * Closes the circle with the wrapped gap {@code first + N − last} and returns ARF.
     *
     * @return ARF in [1, f], or 0 when f = 0
     * @throws IllegalStateException if fewer than f positions were added
     */
    public double finish() {
        if (count != frequency) {
            throw new IllegalStateException("declared " + frequency + " positions but got " + count);
        }
        if (frequency == 0) {
            return 0;
        }
        double wrappedGap = first + corpusSize - previous;
        return (sum + Math.min(wrappedGap, evenGap)) / evenGap;
    }
}
