package org.corpustoolkit.plugins.collocations;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code long} counts, with open addressing and linear
 * probing in two parallel primitive arrays: the counting structure of collocation extraction, where
 * a key packs two word ids ({@code node << 32 | collocate}) or three ({@code 21 bits each}).
 *
 * <p>Memory: 16 bytes per slot; the table doubles when it is three quarters full, so an entry costs
 * between 21 and 43 bytes (about 30 on average), plus a transient copy while the table grows (old
 * and new table at once). Made with the number of keys it will hold ({@link #LongLongHashMap(int)}),
 * it never grows: 16 bytes per slot, 21.3 bytes per key when full. With a limit
 * ({@link #LongLongHashMap(int, long)}) it grows only while the old and the new table fit in it
 * together, less than doubling near the limit, and else throws {@link Full}. The capacity need not be
 * a power of two. Not thread-safe: keep one per thread and {@link #addAll merge} them.
 */
final class LongLongHashMap {
  private static final long EMPTY = -1L;
  private static final double MAX_LOAD = 0.75;
  /** Bytes of one slot: a key and a count. */
  static final int BYTES_PER_SLOT = 16;

  private long[] keys;
  private long[] values;
  private int capacity;
  private int size;
  private int resizeAt;
  private final long maxBytes;

  LongLongHashMap() {
    this(768);
  }

  /** A map that holds {@code expected} keys without growing. */
  LongLongHashMap(int expected) {
    this(expected, Long.MAX_VALUE);
  }

  /**
   * A map made for {@code expected} keys that grows while its old and new table together take at
   * most {@code maxBytes}; past that, adding a key throws {@link Full}.
   */
  LongLongHashMap(int expected, long maxBytes) {
    this.maxBytes = maxBytes;
    allocate((int) Math.max(16, Math.min(Integer.MAX_VALUE - 8,
        Math.min(maxBytes / BYTES_PER_SLOT, (long) Math.ceil(expected / MAX_LOAD)))));
  }

  private void allocate(int newCapacity) {
    keys = new long[newCapacity];
    Arrays.fill(keys, EMPTY);
    values = new long[newCapacity];
    capacity = newCapacity;
    resizeAt = (int) (newCapacity * MAX_LOAD);
  }

  /** Bytes the map takes (its two arrays). */
  long bytes() {
    return (long) BYTES_PER_SLOT * capacity;
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
      slot = slot + 1 == capacity ? 0 : slot + 1;
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
      slot = slot + 1 == capacity ? 0 : slot + 1;
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
    long larger = Math.min(Integer.MAX_VALUE - 8,
        Math.min(2L * capacity, maxBytes / BYTES_PER_SLOT - capacity));
    if (larger < capacity + capacity / 4) {
      throw new Full();
    }
    long[] oldKeys = keys;
    long[] oldValues = values;
    allocate((int) larger);
    for (int i = 0; i < oldKeys.length; i++) {
      long k = oldKeys[i];
      if (k != EMPTY) {
        int slot = slot(k);
        while (keys[slot] != EMPTY) {
          slot = slot + 1 == capacity ? 0 : slot + 1;
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
    // Lemire's multiply-shift maps the high 32 bits onto [0, capacity) without a division.
    return (int) (((h >>> 32) * capacity) >>> 32);
  }

  /** Receives one entry of the map. */
  @FunctionalInterface
  interface Entry {
    void accept(long key, long count);
  }

  /** Thrown when the map would outgrow its limit; the map is then of no further use. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super("the counts outgrew their memory", null, false, false);
    }
  }
}
