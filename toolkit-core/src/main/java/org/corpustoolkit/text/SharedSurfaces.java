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
   * An immutable open-addressing table in {@link Utf8SurfaceCache}'s layout: pairs
   * {@code [first 8 bytes, entry << 32 | length]} in {@code table}, the bytes after the eighth in
   * {@code pool} at the offset in {@code tails}; a first word of 0 marks an empty slot.
   */
  static final class Snapshot {
    final long[] table;
    final int[] tails;
    final byte[] pool;
    final int size;

    Snapshot(long[] table, int[] tails, byte[] pool, int size) {
      this.table = table;
      this.tails = tails;
      this.pool = pool;
      this.size = size;
    }

    /** The entry of {@code text[start, end)} (head and hash given), or -1. */
    int get(byte[] text, int start, int end, long head, int hash) {
      long value = find(table, tails, pool, text, start, end, head, hash);
      return value == 0 ? -1 : (int) (value >>> 32);
    }
  }

  /**
   * The slot value {@code entry << 32 | length} of {@code text[start, end)} (head and hash given) in
   * an open-addressing table of {@link Utf8SurfaceCache}'s layout, or 0 if it is not there (a length
   * is never 0).
   */
  static long find(long[] table, int[] tails, byte[] pool, byte[] text, int start, int end, long head,
      int hash) {
    int length = end - start;
    int mask = (table.length >>> 1) - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long key = table[slot << 1];
      if (key == 0) {
        return 0;
      }
      long value = table[(slot << 1) + 1];
      if (key == head && (int) value == length
          && (length <= 8 || sameBytes(text, start + 8, pool, tails[slot], length - 8))) {
        return value;
      }
    }
  }

  private static final Snapshot EMPTY = new Snapshot(new long[2], new int[1], new byte[0], 0);

  private volatile Snapshot current = EMPTY;

  /** The current snapshot: read it once per scan, not per look-up. */
  Snapshot current() {
    return current;
  }

  /**
   * Adds to the snapshot the surfaces of {@code table} (a thread's own table, same layout, tails in
   * {@code pool}) that it does not hold yet, if it has room; returns the snapshot now current.
   */
  synchronized Snapshot publish(long[] table, int[] tails, byte[] pool) {
    Snapshot s = current;
    if (s.size >= MAX_ENTRIES) {
      return s;
    }
    int fresh = 0;
    int freshTail = 0;
    for (int slot = 0; slot < tails.length; slot++) {
      long head = table[slot << 1];
      if (head != 0) {
        int length = (int) table[(slot << 1) + 1];
        if (s.get(pool, tails[slot] - 8, tails[slot] - 8 + length, head,
            hash(head, pool, tails[slot], length)) < 0) {
          fresh++;
          freshTail += Math.max(0, length - 8);
        }
      }
    }
    if (fresh == 0) {
      return s;
    }
    int size = Math.min(MAX_ENTRIES, s.size + fresh);
    int slots = Integer.highestOneBit(Math.max(16, 2 * size - 1)) << 1;
    long[] newTable = new long[2 * slots];
    int[] newTails = new int[slots];
    byte[] newPool = Arrays.copyOf(s.pool, s.pool.length + freshTail);
    int poolSize = s.pool.length;
    int count = 0;
    for (int slot = 0; slot < s.tails.length; slot++) {
      long head = s.table[slot << 1];
      if (head != 0) {
        long value = s.table[(slot << 1) + 1];
        int tail = s.tails[slot];
        insert(newTable, newTails, head, value, tail, hash(head, newPool, tail, (int) value));
        count++;
      }
    }
    for (int slot = 0; slot < tails.length && count < size; slot++) {
      long head = table[slot << 1];
      if (head == 0) {
        continue;
      }
      long value = table[(slot << 1) + 1];
      int length = (int) value;
      int h = hash(head, pool, tails[slot], length);
      if (s.get(pool, tails[slot] - 8, tails[slot] - 8 + length, head, h) >= 0) {
        continue;
      }
      int tail = 0;
      if (length > 8) {
        System.arraycopy(pool, tails[slot], newPool, poolSize, length - 8);
        tail = poolSize;
        poolSize += length - 8;
      }
      insert(newTable, newTails, head, value, tail, h);
      count++;
    }
    Snapshot next = new Snapshot(newTable, newTails, Arrays.copyOf(newPool, poolSize), count);
    current = next;
    return next;
  }

  /** Puts a surface (not there yet) into an open-addressing table of this layout. */
  static void insert(long[] table, int[] tails, long head, long value, int tail, int hash) {
    int mask = (table.length >>> 1) - 1;
    int slot = hash & mask;
    while (table[slot << 1] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot << 1] = head;
    table[(slot << 1) + 1] = value;
    tails[slot] = tail;
  }

  /**
   * {@link Utf8SurfaceCache#hash} of a surface of {@code length} bytes from its head and the bytes after
   * the eighth at {@code pool[tail...]}.
   */
  static int hash(long head, byte[] pool, int tail, int length) {
    return Utf8SurfaceCache.hash(head, pool, tail - 8, tail - 8 + length);
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
