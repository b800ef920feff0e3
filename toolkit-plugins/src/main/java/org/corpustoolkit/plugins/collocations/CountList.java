package org.corpustoolkit.plugins.collocations;

import java.util.Arrays;

/**
 * Counted keys that passed a threshold (pairs {@code node << 32 | collocate} or packed trigrams) with
 * their counts, in two primitive arrays: 16 bytes an entry, so that millions of pairs of
 * {@code --all} are kept without an object each. Scores and rows are made from it when the result is
 * rendered.
 */
final class CountList {
  private long[] keys = new long[1024];
  private long[] counts = new long[1024];
  private int size;

  /** Orders entries by index. */
  @FunctionalInterface
  interface Order {
    /** Negative, zero or positive as entry {@code i} comes before, with or after entry {@code j}. */
    int compare(int i, int j);
  }

  void add(long key, long count) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    keys[size] = key;
    counts[size] = count;
    size++;
  }

  /** Adds the entries of {@code map} whose count is at least {@code minimum}. */
  void addAtLeast(LongLongHashMap map, long minimum) {
    map.forEach((key, count) -> {
      if (count >= minimum) {
        add(key, count);
      }
    });
  }

  /** All entries of {@code lists}, in order, in arrays of exactly their size. */
  static CountList concat(java.util.List<CountList> lists) {
    long total = 0;
    for (CountList list : lists) {
      total += list.size;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new org.corpustoolkit.spi.CorpusException("more than " + (Integer.MAX_VALUE - 8)
          + " pairs pass the thresholds: raise --min-observed");
    }
    CountList all = new CountList();
    all.keys = new long[(int) Math.max(16, total)];
    all.counts = new long[all.keys.length];
    for (CountList list : lists) {
      System.arraycopy(list.keys, 0, all.keys, all.size, list.size);
      System.arraycopy(list.counts, 0, all.counts, all.size, list.size);
      all.size += list.size;
    }
    return all;
  }

  int size() {
    return size;
  }

  long key(int i) {
    return keys[i];
  }

  long count(int i) {
    return counts[i];
  }

  /**
   * Sorts the entries by {@code order}: a stable merge sort of indexes, then the entries moved into
   * place along the cycles of that permutation (8 bytes an entry besides the entries themselves).
   */
  void sort(Order order) {
    int[] index = new int[size];
    for (int i = 0; i < size; i++) {
      index[i] = i;
    }
    int[] tmp = new int[size];
    org.corpustoolkit.count.IntSort.sort(index, 0, size, order::compare, tmp);
    // index[i] is the entry that belongs at i; follow each cycle once (tmp marks the visited ones)
    java.util.Arrays.fill(tmp, 0);
    for (int start = 0; start < size; start++) {
      if (tmp[start] != 0 || index[start] == start) {
        continue;
      }
      long key = keys[start];
      long count = counts[start];
      int i = start;
      while (true) {
        tmp[i] = 1;
        int from = index[i];
        if (from == start) {
          keys[i] = key;
          counts[i] = count;
          break;
        }
        keys[i] = keys[from];
        counts[i] = counts[from];
        i = from;
      }
    }
  }
}
