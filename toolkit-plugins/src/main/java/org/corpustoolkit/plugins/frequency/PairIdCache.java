package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;

/**
 * A per-thread map from a pair of item ids (a bigram) to its n-gram id, so that a bigram seen before is
 * counted without building its string or looking it up in the shared vocabulary. Open addressing with
 * linear probing on a packed long key; cleared when it grows past a bound, so memory stays flat.
 */
final class PairIdCache {
  private static final int MAX_ENTRIES = 1 << 22;
  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] values;
  private int size;

  PairIdCache() {
    reset(1 << 16);
  }

  private void reset(int capacity) {
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    size = 0;
  }

  static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  /** The cached id of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int s = slot(key, mask); ; s = (s + 1) & mask) {
      long k = keys[s];
      if (k == key) {
        return values[s];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Caches {@code id} for {@code key} (not cached yet). */
  void put(long key, int id) {
    if (size >= MAX_ENTRIES) {
      reset(1 << 16);
    }
    if ((size + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      reset(keys.length * 2);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          insert(oldKeys[i], oldValues[i]);
        }
      }
    }
    insert(key, id);
  }

  private void insert(long key, int id) {
    int mask = keys.length - 1;
    int s = slot(key, mask);
    while (keys[s] != EMPTY) {
      s = (s + 1) & mask;
    }
    keys[s] = key;
    values[s] = id;
    size++;
  }
}
