package org.corpustoolkit.text;

import java.util.Arrays;

/**
 * A per-thread map from a token's surface characters to its counting-form id, so that the common case
 * (a word seen before) costs one hash of the characters in place: no {@code String}, no normalisation,
 * no shared-map look-up. Open addressing with linear probing over a character pool; cleared when it
 * grows past a bound, so memory stays flat on corpora with huge vocabularies.
 */
final class SurfaceCache {
  private static final int MAX_ENTRIES = 1 << 21;

  private int[] slots; // entry index + 1, 0 = empty
  private int[] hashes;
  private int[] offsets;
  private int[] lengths;
  private int[] ids;
  private char[] pool;
  private int size;
  private int poolSize;

  SurfaceCache() {
    clear(1 << 14);
  }

  private void clear(int capacity) {
    slots = new int[capacity];
    hashes = new int[capacity / 2];
    offsets = new int[capacity / 2];
    lengths = new int[capacity / 2];
    ids = new int[capacity / 2];
    pool = new char[capacity * 4];
    size = 0;
    poolSize = 0;
  }

  static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h ^ (h >>> 16);
  }

  /** The id cached for {@code text[start, end)} with hash {@code h}, or -1. */
  int get(char[] text, int start, int end, int h) {
    int mask = slots.length - 1;
    int length = end - start;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == h && lengths[entry] == length && same(text, start, entry, length)) {
        return ids[entry];
      }
    }
  }

  private boolean same(char[] text, int start, int entry, int length) {
    int offset = offsets[entry];
    for (int k = 0; k < length; k++) {
      if (pool[offset + k] != text[start + k]) {
        return false;
      }
    }
    return true;
  }

  /** Caches {@code id} for {@code text[start, end)} (which must not be cached yet). */
  void put(char[] text, int start, int end, int h, int id) {
    if (size >= MAX_ENTRIES) {
      clear(1 << 14);
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int length = end - start;
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    System.arraycopy(text, start, pool, poolSize, length);
    int entry = size++;
    hashes[entry] = h;
    offsets[entry] = poolSize;
    lengths[entry] = length;
    ids[entry] = id;
    poolSize += length;
    insert(entry);
  }

  private void insert(int entry) {
    int mask = slots.length - 1;
    int slot = hashes[entry] & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = entry + 1;
  }

  private void grow() {
    int capacity = slots.length * 2;
    slots = new int[capacity];
    hashes = Arrays.copyOf(hashes, capacity / 2);
    offsets = Arrays.copyOf(offsets, capacity / 2);
    lengths = Arrays.copyOf(lengths, capacity / 2);
    ids = Arrays.copyOf(ids, capacity / 2);
    for (int e = 0; e < size; e++) {
      insert(e);
    }
  }
}
