package org.corpustoolkit.text;

import java.util.Arrays;

/**
 * A per-thread map from a token's surface characters to its counting-form id, so that the common case
 * (a word seen before) costs one hash of the characters in place: no {@code String}, no normalisation,
 * no shared-map look-up. Open addressing with linear probing over a character pool; cleared when it
 * grows past a bound, so memory stays flat on corpora with huge vocabularies.
 *
 * <p>In front of it, as in {@link Utf8SurfaceCache}, a small direct-mapped table of recently found
 * tokens of up to 8 characters (most English words), three longs a slot: the first four characters,
 * the next four (zero-padded) and {@code id << 32 | length}. It fits in the core's own cache, and a hit
 * reads one slot instead of the main table's slot, entry arrays and character pool.
 */
final class SurfaceCache {
  private static final int MAX_ENTRIES = 1 << 21;
  private static final int RECENT_SLOTS = 1 << 13;
  private final long[] recent = new long[3 * RECENT_SLOTS];

  /** Per slot: the entry's hash in the high half, entry index + 1 in the low half; 0 = empty. The hash
   *  sits in the slot so that a probe touches one array until the hash matches. */
  private long[] slots;
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
    slots = new long[capacity];
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

  /** Up to four characters of {@code text[from, to)} in a long, the first in the low 16 bits. */
  private static long pack(char[] text, int from, int to) {
    long v = 0;
    for (int i = to - 1; i >= from; i--) {
      v = (v << 16) | text[i];
    }
    return v;
  }

  /** The id cached for {@code text[start, end)} with hash {@code h}, or -1. */
  int get(char[] text, int start, int end, int h) {
    int length = end - start;
    int r = -1;
    long first = 0;
    long second = 0;
    if (length <= 8) {
      first = pack(text, start, Math.min(end, start + 4));
      second = length > 4 ? pack(text, start + 4, end) : 0;
      r = (h & (RECENT_SLOTS - 1)) * 3;
      long value = recent[r + 2];
      // an empty slot has length 0, which no token has
      if ((int) value == length && recent[r] == first && recent[r + 1] == second) {
        return (int) (value >>> 32);
      }
    }
    int id = find(text, start, end, h);
    if (id >= 0 && r >= 0) {
      recent[r] = first;
      recent[r + 1] = second;
      recent[r + 2] = ((long) id << 32) | length;
    }
    return id;
  }

  /** The main table's id for {@code text[start, end)} with hash {@code h}, or -1. */
  private int find(char[] text, int start, int end, int h) {
    int mask = slots.length - 1;
    int length = end - start;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long packed = slots[slot];
      if (packed == 0) {
        return -1;
      }
      if ((int) (packed >>> 32) == h) {
        int entry = (int) packed - 1;
        if (lengths[entry] == length && same(text, start, entry, length)) {
          return ids[entry];
        }
      }
    }
  }

  private boolean same(char[] text, int start, int entry, int length) {
    int offset = offsets[entry];
    return Arrays.equals(pool, offset, offset + length, text, start, start + length);
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
    slots[slot] = ((long) hashes[entry] << 32) | (entry + 1);
  }

  private void grow() {
    int capacity = slots.length * 2;
    slots = new long[capacity];
    hashes = Arrays.copyOf(hashes, capacity / 2);
    offsets = Arrays.copyOf(offsets, capacity / 2);
    lengths = Arrays.copyOf(lengths, capacity / 2);
    ids = Arrays.copyOf(ids, capacity / 2);
    for (int e = 0; e < size; e++) {
      insert(e);
    }
  }
}
