package org.corpustoolkit.plugins.collocations;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code long} counts, with open addressing and linear
 * probing in two parallel primitive arrays: the counting structure of collocation extraction, where
 * a key packs two word ids ({@code node << 32 | collocate}) or three ({@code 21 bits each}).
 *
 * <p>Memory: 16 bytes per slot; the table doubles when it is three quarters full, so an entry costs
 * between 21 and 43 bytes (about 30 on average), plus a transient copy while the table grows. Not
 * thread-safe: keep one per thread and {@link #addAll merge} them.
 */
final class LongLongHashMap {
  private static final long EMPTY = -1L;
  private static final double MAX_LOAD = 0.75;

  private long[] keys;
  private long[] values;
  private int mask;
  private int size;
  private int resizeAt;

  LongLongHashMap() {
    this(1024);
  }

  LongLongHashMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected / MAX_LOAD)) - 1)
        << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new long[capacity];
    mask = capacity - 1;
    resizeAt = (int) (capacity * MAX_LOAD);
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** Adds {@code delta} to the count of {@code key} (a key not yet present starts at 0). */
  void addTo(long key, long delta) {
    if (key < 0) {
      throw new IllegalArgumentException("keys are non-negative: " + key);
    }
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        values[slot] += delta;
        return;
      }
      if (k == EMPTY) {
        keys[slot] = key;
        values[slot] = delta;
        if (++size > resizeAt) {
          grow();
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The count of {@code key}, 0 if absent. */
  long get(long key) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds every count of {@code other} to this map; returns this. */
  LongLongHashMap addAll(LongLongHashMap other) {
    long[] otherKeys = other.keys;
    long[] otherValues = other.values;
    for (int i = 0; i < otherKeys.length; i++) {
      if (otherKeys[i] != EMPTY) {
        addTo(otherKeys[i], otherValues[i]);
      }
    }
    return this;
  }

  /** Calls {@code consumer} for every key and count, in no particular order. */
  void forEach(Entry consumer) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        consumer.accept(keys[i], values[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    allocate(keys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      long k = oldKeys[i];
      if (k != EMPTY) {
        int slot = slot(k);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        values[slot] = oldValues[i];
      }
    }
  }

  private int slot(long key) {
    // MurmurHash3 fmix64 finaliser: packed word ids are far from uniformly spread.
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  /** Receives one entry of the map. */
  @FunctionalInterface
  interface Entry {
    void accept(long key, long count);
  }
}
