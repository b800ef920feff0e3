package org.corpustoolkit.count;

import java.util.Arrays;

/**
 * Counts indexed by int id (for example vocabulary ids), in a growable primitive array: the counting
 * structure of every frequency-based analyser. Not thread-safe: keep one per thread and
 * {@link #addAll merge} them.
 *
 * @since 0.1 (stable)
 */
public final class IntCounts {
  private long[] counts;
  private long total;

  public IntCounts() {
    this(1024);
  }

  public IntCounts(int capacity) {
    counts = new long[Math.max(16, capacity)];
  }

  /** Adds one occurrence of {@code id}. */
  public void increment(int id) {
    add(id, 1);
  }

  /** Adds {@code n} occurrences of {@code id}. */
  public void add(int id, long n) {
    if (id >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
    }
    counts[id] += n;
    total += n;
  }

  /**
   * Adds one occurrence of each id of {@code ids[from, to)} (ids may repeat): the same as
   * {@link #increment} on each, in one loop over a local array, for counting a document's or part's ids
   * at once.
   *
   * @since 0.5
   */
  public void incrementAll(int[] ids, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, ids.length);
    long[] c = counts;
    for (int i = from; i < to; i++) {
      int id = ids[i];
      if (id >= c.length) {
        c = Arrays.copyOf(c, Math.max(id + 1, c.length * 2));
        counts = c;
      }
      c[id]++;
    }
    total += to - from;
  }

  /** The count of {@code id} (0 if never added). */
  public long get(int id) {
    return id < counts.length ? counts[id] : 0;
  }

  /** The sum of all counts. */
  public long total() {
    return total;
  }

  /** One past the largest id that may have a non-zero count. */
  public int capacity() {
    return counts.length;
  }

  /** Adds every count of {@code other} to this one; returns this. */
  public IntCounts addAll(IntCounts other) {
    if (other.counts.length > counts.length) {
      counts = Arrays.copyOf(counts, other.counts.length);
    }
    for (int i = 0; i < other.counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
    return this;
  }

  /** Number of ids with a non-zero count. */
  public int distinct() {
    int n = 0;
    for (long c : counts) {
      if (c != 0) {
        n++;
      }
    }
    return n;
  }
}
