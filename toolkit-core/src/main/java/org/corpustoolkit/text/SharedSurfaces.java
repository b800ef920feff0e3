package org.corpustoolkit.text;

import java.util.Arrays;

/**
 * The main table of the word-counting fast path's cache ({@link Utf8SurfaceCache}) shared by all the
 * threads of a run that count with the same vocabulary and settings, so that a corpus's surfaces are held
 * once, not once per thread.
 *
 * <p>Why: each thread's table holds every surface of the corpus (about 20 MB for the 439,000 types of
 * 100 MB of English), and a look-up that misses the thread's small front tables waits for memory. Two
 * threads with a table each fill the processor's shared last-level cache twice over; measured on the
 * benchmark machine, two single-thread scans side by side took some 60% more CPU each than one alone.
 *
 * <p>How: readers see an immutable {@link Snapshot}, read through a volatile field once per scan and then
 * with plain array reads, so a look-up takes no lock and no barrier. A thread puts the surfaces it meets
 * first into its own small table, and when that has grown enough it {@linkplain #publish publishes} them:
 * under a lock, a new snapshot is built from the current one and the thread's entries that it does not
 * hold yet, and replaces it. The number of snapshots grows with the logarithm of the vocabulary. Entries
 * are the same whichever thread made them (the counting-form id from the shared {@link Vocabulary} and the
 * filters' verdict, both functions of the surface's bytes under the same settings), so a surface found in
 * the snapshot gives the entry the thread would have computed.
 *
 * <p>Memory stays bounded: a snapshot stops growing at {@link #MAX_ENTRIES} surfaces.
 */
final class SharedSurfaces {
  /** The most surfaces a snapshot holds; beyond it, threads keep their new surfaces to themselves. */
  static final int MAX_ENTRIES = 1 << 21;

  /**
   * An immutable open-addressing table in {@link Utf8SurfaceCache}'s layout: triples
   * {@code [first 8 bytes, second, entry << 32 | length]} in {@code table}, where {@code second} is the
   * next (up to) 8 bytes of a surface of 9 to 16 bytes, the offset in {@code pool} of the bytes after
   * the eighth of a longer one, and 0 for a surface of up to 8 bytes; a first word of 0 marks an empty
   * slot.
   */
  static final class Snapshot {
    final long[] table;
    final int mask;
    final byte[] pool;
    final int size;

    Snapshot(long[] table, byte[] pool, int size) {
      this.table = table;
      this.mask = table.length / 3 - 1;
      this.pool = pool;
      this.size = size;
    }

    /** The entry of {@code text[start, end)} (head, second word and hash given), or -1. */
    int get(byte[] text, int start, int end, long head, long second, int hash) {
      long value = find(table, mask, pool, text, start, end, head, second, hash);
      return value == 0 ? -1 : (int) (value >>> 32);
    }
  }

  /**
   * The slot value {@code entry << 32 | length} of {@code text[start, end)} in an open-addressing table
   * of {@link Utf8SurfaceCache}'s layout with {@code mask + 1} slots, or 0 if it is not there (a length
   * is never 0). Given: the surface's head, its second word ({@link Utf8SurfaceCache#second}) and its
   * hash.
   *
   * <p>A surface of up to 16 bytes is compared in the slot alone: one cache line, or two adjacent ones,
   * for most look-ups that miss the front tables (with the bytes after the eighth in the pool and its
   * offset in an array of their own, such a look-up touched three places in memory). Only a surface of
   * more than 16 bytes reads the pool.
   */
  static long find(long[] table, int mask, byte[] pool, byte[] text, int start, int end, long head,
      long second, int hash) {
    int length = end - start;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int at = slot * 3;
      long key = table[at];
      if (key == 0) {
        return 0;
      }
      long value = table[at + 2];
      if (key == head && (int) value == length) {
        long word = table[at + 1];
        if (length <= 16 ? word == second
            : sameBytes(text, start + 8, pool, (int) word, length - 8)) {
          return value;
        }
      }
    }
  }

  private static final Snapshot EMPTY = new Snapshot(new long[3], new byte[0], 0);

  private volatile Snapshot current = EMPTY;

  /** The current snapshot: read it once per scan, not per look-up. */
  Snapshot current() {
    return current;
  }

  /**
   * Adds to the snapshot the surfaces of {@code table} (a thread's own table, same layout, long tails in
   * {@code pool}) that it does not hold yet, if it has room; returns the snapshot now current.
   */
  synchronized Snapshot publish(long[] table, byte[] pool) {
    Snapshot s = current;
    if (s.size >= MAX_ENTRIES) {
      return s;
    }
    byte[] scratch = new byte[64];
    int fresh = 0;
    int freshTail = 0;
    for (int at = 0; at < table.length; at += 3) {
      if (table[at] != 0 && !holds(s, table, at, pool, scratch)) {
        fresh++;
        freshTail += tailLength(table[at + 2]);
      }
    }
    if (fresh == 0) {
      return s;
    }
    int size = Math.min(MAX_ENTRIES, s.size + fresh);
    int slots = Integer.highestOneBit(Math.max(16, 2 * size - 1)) << 1;
    long[] newTable = new long[3 * slots];
    byte[] newPool = Arrays.copyOf(s.pool, s.pool.length + freshTail);
    int poolSize = s.pool.length;
    int count = 0;
    for (int at = 0; at < s.table.length; at += 3) {
      if (s.table[at] != 0) {
        insert(newTable, s.table[at], s.table[at + 1], s.table[at + 2],
            hashOfSlot(s.table, at, s.pool));
        count++;
      }
    }
    for (int at = 0; at < table.length && count < size; at += 3) {
      long head = table[at];
      if (head == 0 || holds(s, table, at, pool, scratch)) {
        continue;
      }
      long second = table[at + 1];
      long value = table[at + 2];
      int h = hashOfSlot(table, at, pool);
      int tail = tailLength(value);
      if (tail > 0) {
        System.arraycopy(pool, (int) second, newPool, poolSize, tail);
        second = poolSize;
        poolSize += tail;
      }
      insert(newTable, head, second, value, h);
      count++;
    }
    Snapshot next = new Snapshot(newTable, Arrays.copyOf(newPool, poolSize), count);
    current = next;
    return next;
  }

  /**
   * The bytes a surface whose slot value is {@code value} keeps in the pool: those after the eighth, if
   * it has more than 16.
   */
  static int tailLength(long value) {
    int length = (int) value;
    return length > 16 ? length - 8 : 0;
  }

  /**
   * True if the snapshot holds the surface in slot {@code at} of {@code table} (the tails of long
   * surfaces in {@code pool}).
   */
  private static boolean holds(Snapshot s, long[] table, int at, byte[] pool, byte[] scratch) {
    long head = table[at];
    long second = table[at + 1];
    int length = (int) table[at + 2];
    if (length <= 16) {
      return s.get(scratch, 0, length, head, second, hashOfSlot(table, at, pool)) >= 0;
    }
    // a long surface is compared byte for byte: its bytes after the eighth, placed at 8 in a buffer
    byte[] bytes = scratch.length >= length ? scratch : new byte[length];
    System.arraycopy(pool, (int) second, bytes, 8, length - 8);
    return s.get(bytes, 0, length, head, 0, hashOfSlot(table, at, pool)) >= 0;
  }

  /** Puts a surface (not there yet) into an open-addressing table of this layout. */
  static void insert(long[] table, long head, long second, long value, int hash) {
    int mask = table.length / 3 - 1;
    int slot = hash & mask;
    while (table[slot * 3] != 0) {
      slot = (slot + 1) & mask;
    }
    int at = slot * 3;
    table[at] = head;
    table[at + 1] = second;
    table[at + 2] = value;
  }

  /**
   * {@link Utf8SurfaceCache#hash} of the surface in slot {@code at} of a table of this layout, from its
   * head, second word and length, and for a long surface its bytes in {@code pool}.
   */
  static int hashOfSlot(long[] table, int at, byte[] pool) {
    long head = table[at];
    long second = table[at + 1];
    int length = (int) table[at + 2];
    long h = Utf8SurfaceCache.seed(head, length);
    if (length <= 16) {
      for (int i = 0; i < length - 8; i++) {
        h = h * 31 + (byte) (second >>> (i << 3));
      }
    } else {
      int from = (int) second;
      for (int i = 0; i < length - 8; i++) {
        h = h * 31 + pool[from + i];
      }
    }
    return Utf8SurfaceCache.mix(h);
  }

  private static boolean sameBytes(byte[] a, int from, byte[] b, int offset, int length) {
    for (int i = 0; i < length; i++) {
      if (a[from + i] != b[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
