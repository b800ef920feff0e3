package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;
import org.corpustoolkit.plugins.wordids.IdSpill;
import org.corpustoolkit.plugins.wordids.WordIdCodec;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Where every document and part of a document read by the first pass lies in the corpus: the number of
 * counted items of each (document index, part number), recorded while counting, so that the second pass
 * of {@link StreamedDispersion} knows the corpus position at which each part begins (its base) and which
 * dispersion part (document) it belongs to, whichever thread reads it.
 *
 * <p>A small corpus also keeps its word ids here, compressed ({@link #add(TokenizedDocument, int[])}:
 * variable-length bytes, one or two per word of English), so that the second pass reads them from
 * memory instead of reading and tokenizing the corpus again. The ids of all the threads together are
 * kept in memory while the corpus has at most {@code budget} words; past it (the memory stays bounded)
 * they go to a temporary file ({@link IdSpill}), those kept so far included, and only if that file
 * cannot be written is the corpus read again.
 *
 * <p>Threads record their parts in any order; after {@link #merge merging} and {@link #seal sealing},
 * the parts are in corpus order: documents by index, the parts of a document by part number. Memory:
 * 16 bytes per document or part (a 1 GB file read in parts of 1 MB has about a thousand), plus the
 * kept ids.
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
  private boolean dropped;
  private int size;
  /** After {@link #seal}: corpus position of the first item of part k, and its document's part. */
  private long[] bases;
  private int[] documentParts;
  private long[] documentSizes;
  private long total;

  /**
   * A layout of one thread of a pass.
   *
   * @param kept the words kept so far by all the threads of the pass (shared)
   * @param budget the most words to keep in memory; 0 to keep none there
   * @param spill where the ids go past the budget (shared by the threads of the pass), or null to keep
   *     none past it
   */
  SegmentLayout(java.util.concurrent.atomic.AtomicLong kept, long budget, IdSpill spill) {
    this.kept = kept;
    this.budget = budget;
    this.spill = spill;
  }

  private void grow(int capacity) {
    keys = Arrays.copyOf(keys, capacity);
    words = Arrays.copyOf(words, capacity);
    ids = Arrays.copyOf(ids, capacity);
    spilledAt = Arrays.copyOf(spilledAt, capacity);
    spilledLength = Arrays.copyOf(spilledLength, capacity);
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
    if (size == keys.length) {
      grow(size * 2);
    }
    keys[size] = key(doc.documentIndex(), doc.segment());
    words[size] = items.length;
    spilledAt[size] = -1;
    if (kept.get() <= budget) {
      if (kept.addAndGet(items.length) <= budget) {
        ids[size] = WordIdCodec.encode(items);
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
        byte[] bytes = WordIdCodec.encode(items);
        spilledLength[size] = bytes.length;
        spilledAt[size] = spill.write(bytes);
      }
    }
    size++;
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

  /** The word ids of the part at {@code index}, if {@link #keptIds()}. */
  int[] ids(int index) {
    byte[] bytes = ids[index];
    if (bytes == null && spilledAt[index] >= 0) {
      bytes = spill.read(spilledAt[index], spilledLength[index]);
    }
    return WordIdCodec.decode(bytes, words[index]);
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
    bases = new long[size];
    documentParts = new int[size];
    long[] sizes = new long[16];
    int parts = 0;
    long base = 0;
    int lastDocument = -1;
    for (int k = 0; k < size; k++) {
      bases[k] = base;
      int document = (int) (keys[k] >>> 32);
      if (words[k] > 0) {
        if (document != lastDocument) {
          lastDocument = document;
          if (parts == sizes.length) {
            sizes = Arrays.copyOf(sizes, parts * 2);
          }
          parts++;
        }
        sizes[parts - 1] += words[k];
      }
      documentParts[k] = document == lastDocument ? parts - 1 : -1;
      base += words[k];
    }
    total = base;
    documentSizes = Arrays.copyOf(sizes, parts);
  }

  /** Items in the corpus (N). */
  long total() {
    return total;
  }

  /** Sizes of the documents with at least one item, in corpus order: the parts of dispersion. */
  long[] documentSizes() {
    return documentSizes.clone();
  }

  /** Index of part {@code segment} of document {@code document}, or -1 if the first pass did not see it. */
  int indexOf(int document, int segment) {
    int k = Arrays.binarySearch(keys, key(document, segment));
    return k < 0 ? -1 : k;
  }

  /** Items of the part at {@code index}. */
  int items(int index) {
    return words[index];
  }

  /** Corpus position of the first item of the part at {@code index}. */
  long base(int index) {
    return bases[index];
  }

  /** The dispersion part (document with items) of the part at {@code index}: valid if it has items. */
  int documentPart(int index) {
    return documentParts[index];
  }

  /** Number of documents and parts recorded. */
  int size() {
    return size;
  }
}
