package org.corpustoolkit.plugins.frequency;

/**
 * A stable least-significant-digit radix sort of {@code long} keys (as unsigned numbers) carrying an
 * {@code int} value each, 16 bits per pass; a pass in which every key has the same digit is skipped.
 * Sorting millions of n-grams by packed rank keys and then by frequency takes a few passes over
 * primitive arrays instead of millions of comparisons.
 */
final class RadixSort {
  private static final int BITS = 16;
  private static final int BUCKETS = 1 << BITS;

  private RadixSort() {}

  /** Sorts {@code keys[0 .. length)} ascending (unsigned), moving {@code values} along; stable. */
  static void sort(long[] keys, int[] values, int length) {
    long[] keyScratch = new long[length];
    int[] valueScratch = new int[length];
    int[] counts = new int[BUCKETS + 1];
    long[] fromKeys = keys;
    int[] fromValues = values;
    long[] toKeys = keyScratch;
    int[] toValues = valueScratch;
    for (int shift = 0; shift < Long.SIZE; shift += BITS) {
      java.util.Arrays.fill(counts, 0);
      for (int i = 0; i < length; i++) {
        counts[(int) (fromKeys[i] >>> shift) & (BUCKETS - 1)]++;
      }
      if (length == 0 || counts[(int) (fromKeys[0] >>> shift) & (BUCKETS - 1)] == length) {
        continue; // one digit for all: nothing moves
      }
      int sum = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      for (int i = 0; i < length; i++) {
        int b = (int) (fromKeys[i] >>> shift) & (BUCKETS - 1);
        int to = counts[b]++;
        toKeys[to] = fromKeys[i];
        toValues[to] = fromValues[i];
      }
      long[] k = fromKeys;
      fromKeys = toKeys;
      toKeys = k;
      int[] v = fromValues;
      fromValues = toValues;
      toValues = v;
    }
    if (fromKeys != keys) {
      System.arraycopy(fromKeys, 0, keys, 0, length);
      System.arraycopy(fromValues, 0, values, 0, length);
    }
  }
}
