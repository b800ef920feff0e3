package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;

/**
 * N-grams as tuples of item ids, interned to dense ids ({@code 0, 1, 2, ...} in the order first seen) in
 * primitive arrays: no string is built while counting. One table per thread; tables are joined with
 * {@link #absorb}, which gives the ids of the other table in this one.
 *
 * <p>An n-gram whose item ids all fit in {@code 63 / n} bits (every bigram: ids are non-negative ints)
 * is one {@code long} key in an open-addressing table with linear probing; any other n-gram (a trigram
 * with an id of 2<sup>21</sup> or more, a 4-gram with one of 2<sup>15</sup> or more, ...) is kept in a
 * second open-addressing table keyed by the tuple itself. Which table holds an n-gram depends only on
 * its ids, so joining tables never finds one n-gram in both. The tuple of an n-gram of the second
 * table is kept ({@code n} ints at {@code n * id}); that of a packed key is its key, unpacked into the
 * tuples only when items are read ({@link #item}, after counting: {@link #freeze}), so that a table
 * of packed keys costs the slots alone while counting (12 bytes a slot: the key, and its id in a
 * second array) and the tuples after.
 *
 * <p>A packed key's home slot is the top bits of its Fibonacci hash, so that home slots keep their
 * order whatever the table's size: growing the table, or absorbing another table in the order of its
 * slots, writes the slots nearly in order instead of at random (far fewer cache misses on tables of
 * millions of n-grams).
 */
final class NgramTable {
  private static final long EMPTY = -1L;
  private static final float LOAD = 0.7f;

  private final int n;
  private final int bits;
  private final long limit;

  /** Open addressing: the packed key of each slot (or {@link #EMPTY}), and its id in {@link #ids}. */
  private long[] slots;
  private int[] ids;
  /** 64 minus log2 of the number of slots: a key's home slot is its hash shifted right by this. */
  private int shift;
  private int keyCount;

  private int[] tupleSlots;
  private int tupleCount;

  /**
   * {@code n} ints per id: the tuples of the second table's n-grams while counting; those of every
   * n-gram once {@link #tuplesBuilt} is {@link #size}.
   */
  private int[] tuples;
  private int size;
  /** The ids below this one have their tuples in {@link #tuples} (packed keys unpacked). */
  private int tuplesBuilt;

  NgramTable(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("n-grams have 2 or more items");
    }
    this.n = n;
    this.bits = 63 / n;
    this.limit = 1L << bits;
    this.slots = newSlots(1 << 12);
    this.ids = new int[1 << 12];
    this.shift = 64 - 12;
    this.tupleSlots = new int[16];
    this.tuples = new int[0];
  }

  /** Items per n-gram. */
  int n() {
    return n;
  }

  /** Number of distinct n-grams; ids are {@code 0 .. size() - 1}. */
  int size() {
    return size;
  }

  /**
   * Item {@code k} (0-based) of n-gram {@code id}. The first call after interning unpacks the packed
   * keys into the tuples (a pass over the slots): read items once counting is done.
   */
  int item(int id, int k) {
    if (tuplesBuilt != size) {
      buildTuples();
    }
    return tuples[id * n + k];
  }

  /** Unpacks every packed key into the tuples: after this, {@code tuples} holds every n-gram. */
  private void buildTuples() {
    if (tuples.length < size * n) {
      tuples = Arrays.copyOf(tuples, size * n);
    }
    for (int i = 0; i < slots.length; i++) {
      long key = slots[i];
      if (key != EMPTY) {
        int at = ids[i] * n;
        for (int k = 0; k < n; k++) {
          tuples[at + k] = unpack(key, k);
        }
      }
    }
    tuplesBuilt = size;
  }

  /** The id of the n-gram {@code items[from .. from + n)}, giving it the next id if it is new. */
  int intern(int[] items, int from) {
    long key = pack(items, from);
    return key >= 0 ? internPacked(key) : internTuple(items, from);
  }

  /**
   * Reads the home slot of the n-gram {@code items[from .. from + n)} and returns what it holds:
   * reading the slots of a few n-grams ahead of interning them lets the processor fetch their cache
   * lines at the same time, where interning one after the other waits for each miss in turn.
   */
  long touch(int[] items, int from) {
    long key = pack(items, from);
    if (key < 0) {
      return 0;
    }
    int s = slot(key, shift);
    return slots[s] + ids[s];
  }

  /** The id of the n-gram {@code items[from .. from + n)}, or -1 if it is not in the table. */
  int find(int[] items, int from) {
    long key = pack(items, from);
    if (key >= 0) {
      int mask = slots.length - 1;
      for (int s = slot(key, shift); ; s = (s + 1) & mask) {
        long k = slots[s];
        if (k == key) {
          return ids[s];
        }
        if (k == EMPTY) {
          return -1;
        }
      }
    }
    int mask = tupleSlots.length - 1;
    for (int s = hash(items, from) & mask; ; s = (s + 1) & mask) {
      int entry = tupleSlots[s];
      if (entry == 0) {
        return -1;
      }
      if (sameTuple(entry - 1, items, from)) {
        return entry - 1;
      }
    }
  }

  /** The packed key of an n-gram whose ids all fit, else -1. */
  private long pack(int[] items, int from) {
    if (n == 2) {
      return ((long) items[from] << 32) | items[from + 1];
    }
    long key = 0;
    for (int k = 0; k < n; k++) {
      int id = items[from + k];
      if (id >= limit) {
        return -1;
      }
      key = (key << bits) | id;
    }
    return key;
  }

  /** The home slot of {@code key} in a table of {@code 1 << (64 - shift)} slots. */
  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** Item {@code k} of the n-gram packed in {@code key}. */
  private int unpack(long key, int k) {
    if (n == 2) {
      return k == 0 ? (int) (key >>> 32) : (int) key;
    }
    return (int) ((key >>> (bits * (n - 1 - k))) & (limit - 1));
  }

  private static long[] newSlots(int count) {
    long[] slots = new long[count];
    Arrays.fill(slots, EMPTY);
    return slots;
  }

  private int internPacked(long key) {
    long[] table = slots;
    int mask = table.length - 1;
    int s = slot(key, shift);
    while (true) {
      long k = table[s];
      if (k == key) {
        return ids[s];
      }
      if (k == EMPTY) {
        break;
      }
      s = (s + 1) & mask;
    }
    int id = newId();
    table[s] = key;
    ids[s] = id;
    if (++keyCount > table.length * LOAD) {
      growSlots();
    }
    return id;
  }

  private void growSlots() {
    long[] old = slots;
    int[] oldIds = ids;
    slots = newSlots(old.length * 2);
    ids = new int[old.length * 2];
    shift--;
    int mask = slots.length - 1;
    for (int i = 0; i < old.length; i++) {
      long key = old[i];
      if (key != EMPTY) {
        int s = slot(key, shift);
        while (slots[s] != EMPTY) {
          s = (s + 1) & mask;
        }
        slots[s] = key;
        ids[s] = oldIds[i];
      }
    }
  }

  private int hash(int[] items, int from) {
    int h = 1;
    for (int k = 0; k < n; k++) {
      h = h * 0x01000193 ^ items[from + k];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private boolean sameTuple(int id, int[] items, int from) {
    int at = id * n;
    for (int k = 0; k < n; k++) {
      if (tuples[at + k] != items[from + k]) {
        return false;
      }
    }
    return true;
  }

  private int internTuple(int[] items, int from) {
    int mask = tupleSlots.length - 1;
    int s = hash(items, from) & mask;
    while (true) {
      int entry = tupleSlots[s];
      if (entry == 0) {
        break;
      }
      if (sameTuple(entry - 1, items, from)) {
        return entry - 1;
      }
      s = (s + 1) & mask;
    }
    int id = newId(items, from);
    tupleSlots[s] = id + 1;
    if (++tupleCount > tupleSlots.length * LOAD) {
      int[] old = tupleSlots;
      tupleSlots = new int[old.length * 2];
      int newMask = tupleSlots.length - 1;
      for (int entry : old) {
        if (entry != 0) {
          int t = hash(tuples, (entry - 1) * n) & newMask;
          while (tupleSlots[t] != 0) {
            t = (t + 1) & newMask;
          }
          tupleSlots[t] = entry;
        }
      }
    }
    return id;
  }

  /** A new id for an n-gram of the second table, whose tuple is kept at once. */
  private int newId(int[] items, int from) {
    int id = newId();
    if ((id + 1) * n > tuples.length) {
      tuples = Arrays.copyOf(tuples, (int) Math.min(Math.max((long) tuples.length * 2,
          (long) (id + 1) * n), (long) Integer.MAX_VALUE / n * n));
    }
    System.arraycopy(items, from, tuples, id * n, n);
    return id;
  }

  /** A new id (a packed key's tuple is its key: it is unpacked when items are read). */
  private int newId() {
    if (size == Integer.MAX_VALUE / n) {
      throw new IllegalStateException("more distinct " + n + "-grams than one table can hold");
    }
    return size++;
  }

  /**
   * Adds the n-grams of {@code other} to this table and returns, for every id of {@code other}, the id
   * of the same n-gram here.
   */
  int[] absorb(NgramTable other) {
    if (other.n != n) {
      throw new IllegalArgumentException("n-grams of different lengths");
    }
    int[] map = new int[other.size];
    // room for all of them first, then the packed keys in the order of the other table's slots,
    // which is (nearly) the order of their home slots here too
    while (keyCount + other.keyCount > slots.length * LOAD) {
      growSlots();
    }
    long[] theirs = other.slots;
    int[] theirIds = other.ids;
    for (int i = 0; i < theirs.length; i++) {
      long key = theirs[i];
      if (key != EMPTY) {
        map[theirIds[i]] = internPacked(key);
      }
    }
    for (int entry : other.tupleSlots) {
      if (entry != 0) {
        map[entry - 1] = internTuple(other.tuples, (entry - 1) * n);
      }
    }
    return map;
  }

  /** Drops the hash tables (after counting): ids, tuples and {@link #item} stay; no more interning. */
  void freeze() {
    if (tuplesBuilt != size) {
      buildTuples();
    }
    slots = null;
    ids = null;
    tupleSlots = null;
    if (tuples.length != size * n) {
      tuples = Arrays.copyOf(tuples, size * n);
    }
  }
}
