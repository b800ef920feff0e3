package org.corpustoolkit.text;

import java.util.Arrays;

/**
 * The cache of the word-counting fast path ({@link Utf8WordScanner}): a per-thread map from a token's
 * UTF-8 bytes to its cache entry (counting-form id and dropped flag, see
 * {@link TextProcessor#newEntry}), so that a word seen before costs one probe and no {@code String}.
 *
 * <p>Layout, chosen for memory locality (on 100 MB of English, a probe that touches several arrays
 * costs more than the tokenizing): open addressing with linear probing over one {@code long[]} of
 * triples, {@code [first 8 bytes of the token, second, entry << 32 | length]}, where {@code second} is
 * the next (up to) 8 bytes of a token of 9 to 16 bytes, 0 for a shorter one, and for a longer one the
 * offset of its bytes after the eighth in a byte pool. So a token of up to 16 bytes (all but a few in a
 * thousand English words) is found by reading one slot, where the bytes after the eighth of 9-16-byte
 * tokens once lay in the pool and cost two more misses (measured: a third of the look-ups that miss
 * the front tables are of such tokens). A token never starts with byte 0 (word tokens start with a
 * letter, digit or underscore), so a first word of 0 marks an empty slot. Cleared when it grows past a
 * bound, so memory stays flat on corpora with huge vocabularies.
 *
 * <p>Given a {@link SharedSurfaces}, the main table is mostly the one the run's threads share: a look-up
 * that misses the front tables tries the shared snapshot (taken with {@link #refresh} once per scan),
 * then this thread's own table of surfaces met since it last published; once that has grown to half
 * the snapshot (and at least {@link #PUBLISH_AT} surfaces) they are published to the shared table and the
 * own table starts again empty.
 */
final class Utf8SurfaceCache {
  private static final int MAX_ENTRIES = 1 << 21;

  /**
   * A direct-mapped front table of recently found tokens of up to 8 bytes, pairs {@code [first 8 bytes,
   * entry << 32 | length]}: it lies in the core's own caches, and on English the most frequent few tens
   * of thousands of words are most tokens. 65,536 slots (1 MB): on 100 MB of English, 5.1% of the
   * look-ups of such tokens missed it, against 8.7% with 16,384 slots, and a miss waits for the main
   * table, tens of MB (benchmarks/RESULTS.md, session 6).
   */
  private final long[] recent = new long[2 * RECENT_SLOTS];
  private static final int RECENT_SLOTS = 1 << 16;
  /**
   * The same for tokens of 9 to 16 bytes ({@code government}, {@code information}), in the main table's
   * triples: 32,768 slots, which 26% of these look-ups miss (32% missed 8,192 slots).
   */
  private final long[] recentLong = new long[3 * RECENT_LONG_SLOTS];
  private static final int RECENT_LONG_SLOTS = 1 << 15;
  private long[] table;
  private int mask;
  private byte[] pool;
  private int size;
  private int poolSize;
  /** The run's shared main table, or null (this cache's own table is then its only main table). */
  private final SharedSurfaces shared;
  /** The shared table's snapshot taken at the last {@link #refresh}, or null. */
  private SharedSurfaces.Snapshot snapshot;
  /** The fewest own surfaces that are worth publishing. */
  static final int PUBLISH_AT = 1 << 12;

  Utf8SurfaceCache() {
    this(null);
  }

  /** A cache whose main table is shared with the other caches given {@code shared} (may be null). */
  Utf8SurfaceCache(SharedSurfaces shared) {
    this.shared = shared;
    clearOwn(1 << 14); // the front tables are new, so already empty
    refresh();
  }

  /** Takes the shared table's current snapshot (once per scan: look-ups read it without a barrier). */
  void refresh() {
    if (shared != null) {
      snapshot = shared.current();
    }
  }

  private void clear(int slots) {
    Arrays.fill(recent, 0);
    Arrays.fill(recentLong, 0);
    clearOwn(slots);
  }

  /** Empties the own table (the front tables stay: their entries are still right). */
  private void clearOwn(int slots) {
    table = new long[3 * slots];
    mask = slots - 1;
    pool = new byte[1 << 16];
    size = 0;
    poolSize = 0;
  }

  /**
   * The first (up to) 8 bytes of {@code text[start, end)}, little-endian, zero-padded. Plain byte reads
   * (no {@code VarHandle}, no {@code Arrays} range methods): the same speed under C2 and far faster under
   * C1, which the launcher may use.
   */
  static long head(byte[] text, int start, int end) {
    int last = Math.min(end, start + 8) - 1;
    long v = 0;
    for (int i = last; i >= start; i--) {
      v = (v << 8) | (text[i] & 0xFF);
    }
    return v;
  }

  /**
   * The second word of a token's slot for a look-up: its bytes 9 to 16 as {@link #head} reads them if
   * it has 9 to 16 bytes, else 0 (a longer token is compared with the bytes in the pool).
   */
  static long second(byte[] text, int start, int end) {
    int length = end - start;
    return length > 8 && length <= 16 ? head(text, start + 8, end) : 0;
  }

  /** A hash of a token from its head, length and (for long tokens) the rest of its bytes. */
  static int hash(long head, byte[] text, int start, int end) {
    long h = seed(head, end - start);
    for (int i = start + 8; i < end; i++) {
      h = h * 31 + text[i];
    }
    return mix(h);
  }

  /** The start of {@link #hash}: from the head and the length. */
  static long seed(long head, int length) {
    return head * 0x9E3779B97F4A7C15L + length;
  }

  /** The finaliser of MurmurHash3's 64-bit hash, so that nearby keys spread over the table. */
  static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** The entry cached for {@code text[start, end)}, whose head and hash are given, or -1. */
  int get(byte[] text, int start, int end, long head, int hash) {
    int length = end - start;
    int r;
    long second = 0;
    if (length <= 8) {
      r = (hash & (RECENT_SLOTS - 1)) << 1;
      if (recent[r] == head && (int) recent[r + 1] == length) {
        return (int) (recent[r + 1] >>> 32);
      }
    } else if (length <= 16) {
      r = (hash & (RECENT_LONG_SLOTS - 1)) * 3;
      second = head(text, start + 8, end);
      if (recentLong[r] == head && recentLong[r + 1] == second && (int) recentLong[r + 2] == length) {
        return (int) (recentLong[r + 2] >>> 32);
      }
    } else {
      r = -1;
    }
    SharedSurfaces.Snapshot s = snapshot;
    long value = s != null && s.size > 0
        ? SharedSurfaces.find(s.table, s.mask, s.pool, text, start, end, head, second, hash) : 0;
    if (value == 0) {
      value = SharedSurfaces.find(table, mask, pool, text, start, end, head, second, hash);
      if (value == 0) {
        return -1;
      }
    }
    // found in a main table: remember it in the front table of its length
    if (length <= 8) {
      recent[r] = head;
      recent[r + 1] = value;
    } else if (length <= 16) {
      recentLong[r] = head;
      recentLong[r + 1] = second;
      recentLong[r + 2] = value;
    }
    return (int) (value >>> 32);
  }


  /** Caches {@code entry} for {@code text[start, end)} (which must not be cached yet). */
  void put(byte[] text, int start, int end, long head, int hash, int entry) {
    if (size >= MAX_ENTRIES) {
      clear(1 << 14);
    }
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    int length = end - start;
    long second = second(text, start, end);
    if (length > 16) {
      int rest = length - 8;
      if (poolSize + rest > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + rest));
      }
      System.arraycopy(text, start + 8, pool, poolSize, rest);
      second = poolSize;
      poolSize += rest;
    }
    SharedSurfaces.insert(table, head, second, ((long) entry << 32) | (length & 0xFFFFFFFFL), hash);
    size++;
    if (shared != null && size >= PUBLISH_AT && size >= (snapshot == null ? 0 : snapshot.size / 2)) {
      snapshot = shared.publish(table, pool);
      clearOwn(1 << 14);
    }
  }

  private void grow() {
    long[] old = table;
    int slots = 2 * (mask + 1);
    table = new long[3 * slots];
    mask = slots - 1;
    for (int at = 0; at < old.length; at += 3) {
      if (old[at] != 0) {
        SharedSurfaces.insert(table, old[at], old[at + 1], old[at + 2],
            SharedSurfaces.hashOfSlot(old, at, pool));
      }
    }
  }
}
