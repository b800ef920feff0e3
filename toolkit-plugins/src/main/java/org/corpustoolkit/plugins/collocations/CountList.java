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

  void addAll(CountList other) {
    for (int i = 0; i < other.size; i++) {
      add(other.keys[i], other.counts[i]);
    }
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

  /** Sorts the entries by {@code order} (a stable merge sort of indexes). */
  void sort(Order order) {
    int[] index = new int[size];
    for (int i = 0; i < size; i++) {
      index[i] = i;
    }
    mergeSort(index, new int[size], 0, size, order);
    long[] sortedKeys = new long[Math.max(size, 16)];
    long[] sortedCounts = new long[Math.max(size, 16)];
    for (int i = 0; i < size; i++) {
      sortedKeys[i] = keys[index[i]];
      sortedCounts[i] = counts[index[i]];
    }
    keys = sortedKeys;
    counts = sortedCounts;
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, Order order) {
    if (to - from < 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && order.compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, order);
    mergeSort(a, tmp, mid, to, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && order.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
