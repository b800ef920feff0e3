package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;
import org.corpustoolkit.plugins.wordids.IdSpill;
import org.corpustoolkit.plugins.wordids.WordIdCodec;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Where every document and part of a document read by the first pass lies in the corpus: the number of
 * counted items of each (document index, part number), recorded while counting, so that the second pass
 * of {@link StreamedDispersion} knows the corpus position at which each part begins (its base) and which
 * dispersion part (document) it belongs to, whichever thread reads it. The items are words, and, for
 * each n of the word n-gram lists being counted ({@code ngrams}), the n-grams of the part: the n-grams
 * of n words of one sentence, as {@link NgramCounter} counts them ({@link #positions(int)}).
 *
 * <p>The word ids are kept here too, compressed ({@link #add(TokenizedDocument, int[], int[])}:
 * variable-length bytes, one or two per word of English), so that the second pass reads them instead of
 * reading and tokenizing the corpus again; with n-grams, so are the sentence starts of each part (one
 * byte a sentence of English), from which the second pass rebuilds the part's n-grams
 * ({@link #ngrams}). The ids of all the threads together are kept in memory while the corpus has at
 * most {@code budget} words; past it (the memory stays bounded) they go to a temporary file
 * ({@link IdSpill}), those kept so far included, and only if that file cannot be written is the corpus
 * read again.
 *
 * <p>Threads record their parts in any order; after {@link #merge merging} and {@link #seal sealing},
 * the parts are in corpus order: documents by index, the parts of a document by part number. Memory:
 * 16 bytes (and 4 per n-gram list) per document or part (a 1 GB file read in parts of 1 MB has about
 * a thousand), plus the kept ids.
 */
final class SegmentLayout {
  /** Set in {@link #kept} once the budget is passed: far above any budget, far from overflow. */
  private static final long PASSED = Long.MAX_VALUE / 4;
  /** Words kept by all the threads of a pass; once past the budget, at least {@link #PASSED}. */
  private final java.util.concurrent.atomic.AtomicLong kept;
  private final long budget;
  private long[] keys = new long[16];
  private int[] words = new int[16];
  private byte[][] ids = new byte[16][];
  /** Where the ids of part k are in the spill file (-1: in memory or not kept), and their length. */
  private long[] spilledAt = new long[16];
  private int[] spilledLength = new int[16];
  private final IdSpill spill;
  /** The n of the n-gram lists counted (each at least 2), ascending; empty for words alone. */
  private final int[] ngrams;
  /** Per n-gram list (as {@link #ngrams}): the n-grams of part k. */
  private int[][] ngramCounts;
  /** With n-grams: the sentence starts kept after the word ids of part k. */
  private int[] starts = new int[16];
  private boolean dropped;
  private int size;
  /** After {@link #seal}: the positions of words, then of each n-gram list. */
  private Positions[] positions;

  /**
   * A layout of one thread of a pass.
   *
   * @param kept the words kept so far by all the threads of the pass (shared)
   * @param budget the most words to keep in memory; 0 to keep none there
   * @param spill where the ids go past the budget (shared by the threads of the pass), or null to keep
   *     none past it
   */
  SegmentLayout(java.util.concurrent.atomic.AtomicLong kept, long budget, IdSpill spill) {
    this(kept, budget, spill, new int[0]);
  }

  /**
   * A layout of one thread of a pass that also counts, and keeps what rebuilds, the word n-grams of
   * each n in {@code ngrams} (each at least 2).
   */
  SegmentLayout(java.util.concurrent.atomic.AtomicLong kept, long budget, IdSpill spill,
      int[] ngrams) {
    this.kept = kept;
    this.budget = budget;
    this.spill = spill;
    this.ngrams = ngrams.clone();
    Arrays.sort(this.ngrams);
    for (int n : this.ngrams) {
      if (n < 2) {
        throw new IllegalArgumentException("n-grams have 2 or more items");
      }
    }
    this.ngramCounts = new int[this.ngrams.length][16];
  }

  private void grow(int capacity) {
    keys = Arrays.copyOf(keys, capacity);
    words = Arrays.copyOf(words, capacity);
    ids = Arrays.copyOf(ids, capacity);
    spilledAt = Arrays.copyOf(spilledAt, capacity);
    spilledLength = Arrays.copyOf(spilledLength, capacity);
    starts = Arrays.copyOf(starts, capacity);
    for (int g = 0; g < ngrams.length; g++) {
      ngramCounts[g] = Arrays.copyOf(ngramCounts[g], capacity);
    }
  }

  /** True if n-grams are counted: then {@link #add} takes the sentences of the words. */
  boolean keepsSentences() {
    return ngrams.length > 0;
  }

  /** Past the budget: the ids this thread holds in memory go to the spill file (or are let go). */
  private void release() {
    for (int k = 0; k < size; k++) {
      if (ids[k] != null) {
        if (spill != null) {
          spilledLength[k] = ids[k].length;
          spilledAt[k] = spill.write(ids[k]);
        }
        ids[k] = null;
      }
    }
  }

  /** Records a document or part counted by the first pass, with its word ids {@code items}. */
  void add(TokenizedDocument doc, int[] items) {
    add(doc, items, null);
  }

  /**
   * Records a document or part counted by the first pass, with its word ids {@code items} and, if
   * {@link #keepsSentences()}, the sentence number of each word ({@code sentences}, ascending, as
   * {@link TokenizedDocument#wordSentences()}).
   */
  void add(TokenizedDocument doc, int[] items, int[] sentences) {
    if (size == keys.length) {
      grow(size * 2);
    }
    keys[size] = key(doc.documentIndex(), doc.segment());
    words[size] = items.length;
    spilledAt[size] = -1;
    int[] stream = items;
    if (ngrams.length > 0) {
      // The word ids, then the gaps between the sentence starts (one byte each in English).
      int[] at = sentenceStarts(sentences, items.length);
      for (int g = 0; g < ngrams.length; g++) {
        ngramCounts[g][size] = ngramCount(items.length, at, ngrams[g]);
      }
      starts[size] = at.length;
      stream = Arrays.copyOf(items, items.length + at.length);
      for (int s = 0, previous = 0; s < at.length; s++) {
        stream[items.length + s] = at[s] - previous;
        previous = at[s];
      }
    }
    if (kept.get() <= budget) {
      if (kept.addAndGet(items.length) <= budget) {
        ids[size] = WordIdCodec.encode(stream);
      } else {
        kept.set(PASSED);
      }
    }
    if (kept.get() > budget) {
      if (!dropped) {
        // Past the budget (here or in another thread): this thread's kept ids leave memory at once.
        release();
        dropped = true;
      }
      if (spill != null) {
        byte[] bytes = WordIdCodec.encode(stream);
        spilledLength[size] = bytes.length;
        spilledAt[size] = spill.write(bytes);
      }
    }
    size++;
  }

  /**
   * The words (indexes among the {@code length} words) at which a sentence starts, the first word
   * excepted: those whose sentence number differs from the word's before.
   */
  static int[] sentenceStarts(int[] sentences, int length) {
    int count = 0;
    for (int i = 1; i < length; i++) {
      if (sentences[i] != sentences[i - 1]) {
        count++;
      }
    }
    int[] starts = new int[count];
    for (int i = 1, s = 0; i < length; i++) {
      if (sentences[i] != sentences[i - 1]) {
        starts[s++] = i;
      }
    }
    return starts;
  }

  /**
   * The number of n-grams of {@code n} words within sentences among {@code length} words whose
   * sentences start at {@code starts} (and at 0): Σ max(0, L − n + 1) over the sentence lengths L.
   */
  static int ngramCount(int length, int[] starts, int n) {
    int count = 0;
    int from = 0;
    for (int s = 0; s <= starts.length; s++) {
      int to = s < starts.length ? starts[s] : length;
      count += Math.max(0, to - from - n + 1);
      from = to;
    }
    return count;
  }

  /**
   * The n-grams of {@code n} words within sentences among {@code words[0 .. length)}, whose sentences
   * start at {@code starts} (and at 0), in text order, each as its id in {@code table} (a read-only
   * look-up, safe from several threads), or {@code absent} if it is not there: the n-grams, in the
   * same order, that {@link NgramCounter#add} counts (it keeps those of n words of one sentence).
   */
  static int[] ngrams(int[] words, int length, int[] starts, int n, NgramTable table, int absent) {
    int[] items = new int[ngramCount(length, starts, n)];
    int k = 0;
    int from = 0;
    for (int s = 0; s <= starts.length; s++) {
      int to = s < starts.length ? starts[s] : length;
      for (int i = from; i + n <= to; i++) {
        int id = table.find(words, i);
        items[k++] = id < 0 ? absent : id;
      }
      from = to;
    }
    return items;
  }

  SegmentLayout merge(SegmentLayout other) {
    for (int k = 0; k < other.size; k++) {
      if (size == keys.length) {
        grow(Math.max(size * 2, size + other.size));
      }
      keys[size] = other.keys[k];
      words[size] = other.words[k];
      spilledAt[size] = other.spilledAt[k];
      spilledLength[size] = other.spilledLength[k];
      starts[size] = other.starts[k];
      for (int g = 0; g < ngrams.length; g++) {
        ngramCounts[g][size] = other.ngramCounts[g][k];
      }
      ids[size++] = other.ids[k];
    }
    if (kept.get() > budget) {
      release();
    }
    return this;
  }

  /**
   * True if the word ids of every document and part were kept ({@link #ids(int)}), in memory or in the
   * spill file.
   */
  boolean keptIds() {
    return kept.get() <= budget || (spill != null && !spill.failed());
  }

  /**
   * The word ids of the part at {@code index}, if {@link #keptIds()}, in the first
   * {@link #words(int)} places of {@code buffer} if it is long enough, else of a new array; returns
   * the array that holds them.
   */
  int[] ids(int index, int[] buffer) {
    int count = words[index];
    int[] into = buffer != null && buffer.length >= count ? buffer
        : new int[Math.max(count, buffer == null ? 0 : buffer.length + (buffer.length >> 1))];
    return WordIdCodec.decode(bytes(index), count, into);
  }

  private byte[] bytes(int index) {
    byte[] bytes = ids[index];
    if (bytes == null && spilledAt[index] >= 0) {
      bytes = spill.read(spilledAt[index], spilledLength[index]);
    }
    return bytes;
  }

  /**
   * The n-grams of {@code n} words of the part at {@code index}, if {@link #keptIds()} and n-grams of
   * that n were counted: each as its id in {@code table}, or {@code absent} ({@link #ngrams}).
   */
  int[] ngrams(int index, int n, NgramTable table, int absent) {
    int length = words[index];
    int[] kept = WordIdCodec.decode(bytes(index), length + starts[index]);
    int[] at = new int[starts[index]];
    for (int s = 0, start = 0; s < at.length; s++) {
      start += kept[length + s];
      at[s] = start;
    }
    return ngrams(kept, length, at, n, table, absent);
  }

  private static long key(int document, int segment) {
    return ((long) document << 32) | (segment & 0xffffffffL);
  }

  /**
   * Puts the parts in corpus order and computes their bases and the documents' sizes; call once, after
   * the last merge.
   */
  void seal() {
    // Keys are distinct and at most a few thousand per gigabyte: sort indexes by key.
    long[] unsorted = keys;
    Integer[] order = new Integer[size];
    for (int k = 0; k < size; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Long.compare(unsorted[a], unsorted[b]));
    long[] sortedKeys = new long[size];
    int[] sortedWords = new int[size];
    byte[][] sortedIds = new byte[size][];
    long[] sortedAt = new long[size];
    int[] sortedLength = new int[size];
    boolean keep = keptIds();
    for (int k = 0; k < size; k++) {
      sortedKeys[k] = unsorted[order[k]];
      sortedWords[k] = words[order[k]];
      sortedIds[k] = keep ? ids[order[k]] : null;
      sortedAt[k] = spilledAt[order[k]];
      sortedLength[k] = spilledLength[order[k]];
    }
    ids = sortedIds;
    spilledAt = sortedAt;
    spilledLength = sortedLength;
    keys = sortedKeys;
    words = sortedWords;
    int[] sortedStarts = new int[size];
    for (int k = 0; k < size; k++) {
      sortedStarts[k] = starts[order[k]];
    }
    starts = sortedStarts;
    positions = new Positions[1 + ngrams.length];
    positions[0] = new Positions(1, keys, words, size);
    for (int g = 0; g < ngrams.length; g++) {
      int[] counts = new int[size];
      for (int k = 0; k < size; k++) {
        counts[k] = ngramCounts[g][order[k]];
      }
      ngramCounts[g] = counts;
      positions[1 + g] = new Positions(ngrams[g], keys, counts, size);
    }
  }

  /**
   * Where the items of each part lie for the list of n-grams of {@code n} words (1: words): after
   * {@link #seal}, and for an n given when the layout was made.
   */
  Positions positions(int n) {
    for (Positions p : positions) {
      if (p.n == n) {
        return p;
      }
    }
    throw new IllegalArgumentException("no " + n + "-grams were counted");
  }

  /**
   * The items of one kind (words, or the n-grams of one n) of every part recorded, in corpus order:
   * each part's number of items, the corpus position of its first, and its dispersion part (the
   * documents with at least one item of the kind, in corpus order).
   */
  static final class Positions {
    private final int n;
    private final int[] items;
    private final long[] bases;
    private final int[] documentParts;
    private final long[] documentSizes;
    private final long total;

    Positions(int n, long[] keys, int[] items, int size) {
      this.n = n;
      this.items = items;
      bases = new long[size];
      documentParts = new int[size];
      long[] sizes = new long[16];
      int parts = 0;
      long base = 0;
      int lastDocument = -1;
      for (int k = 0; k < size; k++) {
        bases[k] = base;
        int document = (int) (keys[k] >>> 32);
        if (items[k] > 0) {
          if (document != lastDocument) {
            lastDocument = document;
            if (parts == sizes.length) {
              sizes = Arrays.copyOf(sizes, parts * 2);
            }
            parts++;
          }
          sizes[parts - 1] += items[k];
        }
        documentParts[k] = document == lastDocument ? parts - 1 : -1;
        base += items[k];
      }
      total = base;
      documentSizes = Arrays.copyOf(sizes, parts);
    }

    /** Words per item: 1 for words, else the n of the n-grams. */
    int n() {
      return n;
    }

    /** Items in the corpus (N). */
    long total() {
      return total;
    }

    /** Sizes of the documents with at least one item, in corpus order: the parts of dispersion. */
    long[] documentSizes() {
      return documentSizes.clone();
    }

    /** Items of the part at {@code index}. */
    int items(int index) {
      return items[index];
    }

    /** Corpus position of the first item of the part at {@code index}. */
    long base(int index) {
      return bases[index];
    }

    /**
     * The dispersion part (document with items) of the part at {@code index}: valid if it has items.
     */
    int documentPart(int index) {
      return documentParts[index];
    }
  }

  /** Index of part {@code segment} of document {@code document}, or -1 if the first pass did not see it. */
  int indexOf(int document, int segment) {
    int k = Arrays.binarySearch(keys, key(document, segment));
    return k < 0 ? -1 : k;
  }

  /** Words of the part at {@code index}. */
  int words(int index) {
    return words[index];
  }

  /** Number of documents and parts recorded. */
  int size() {
    return size;
  }
}
