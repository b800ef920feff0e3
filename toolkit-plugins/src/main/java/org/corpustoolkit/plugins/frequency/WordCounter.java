package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;

/**
 * Counts of single items (words, lemmas, tags, word/tag pairs): occurrences and document range per item
 * id of the shared item vocabulary, in primitive arrays.
 */
final class WordCounter extends FrequencyCounter {
  private final IntCounts frequency = new IntCounts();
  private final IntCounts range = new IntCounts();
  private int[] lastDocument = new int[1024];
  /**
   * Items seen in each document read in parts, by document index, as bit sets (bit {@code id % 64} of
   * word {@code id / 64}): the document's range is counted once, after merging.
   */
  private final Map<Integer, long[]> partialDocuments = new HashMap<>();

  WordCounter(ItemType by, Vocabulary itemVocabulary, boolean dispersion) {
    super(by, itemVocabulary, dispersion);
    Arrays.fill(lastDocument, -1);
  }

  @Override
  void add(TokenizedDocument doc) {
    int docIndex = doc.documentIndex();
    int[] ids = itemIds(doc);
    if (doc.isPartial()) {
      addPart(doc, docIndex, ids);
      return;
    }
    for (int id : ids) {
      count(id, docIndex);
    }
    if (dispersion != null) {
      dispersion.add(docIndex, ids, ids.length);
    }
  }

  /**
   * One part of a document read in segments. Other parts of the same document may be counted by other
   * threads, so the range is not counted here but from the union of the items seen per document, after
   * merging ({@link #finish()}).
   */
  private void addPart(TokenizedDocument doc, int docIndex, int[] ids) {
    frequency.incrementAll(ids, 0, ids.length);
    partialDocuments.put(docIndex, mark(partialDocuments.get(docIndex), ids));
    if (dispersion != null) {
      dispersion.addPart(docIndex, doc.segment(), ids, ids.length);
    }
  }

  /** Sets the bits of {@code ids} in {@code seen} (null: none set yet); returns the set, grown as needed. */
  private static long[] mark(long[] seen, int[] ids) {
    long[] bits = seen != null ? seen : new long[16];
    for (int id : ids) {
      int word = id >>> 6;
      if (word >= bits.length) {
        bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
      }
      bits[word] |= 1L << id;
    }
    return bits;
  }

  /** The union of two bit sets of {@link #mark}, in the larger one. */
  private static long[] union(long[] a, long[] b) {
    long[] into = a.length >= b.length ? a : b;
    long[] from = into == a ? b : a;
    for (int w = 0; w < from.length; w++) {
      into[w] |= from[w];
    }
    return into;
  }

  private void count(int id, int docIndex) {
    frequency.increment(id);
    if (id >= lastDocument.length) {
      int old = lastDocument.length;
      lastDocument = Arrays.copyOf(lastDocument, Math.max(id + 1, old * 2));
      Arrays.fill(lastDocument, old, lastDocument.length, -1);
    }
    if (lastDocument[id] != docIndex) {
      lastDocument[id] = docIndex;
      range.increment(id);
    }
  }

  @Override
  FrequencyCounter merge(FrequencyCounter counter) {
    WordCounter other = (WordCounter) counter;
    frequency.addAll(other.frequency);
    range.addAll(other.range);
    other.partialDocuments.forEach((index, seen) ->
        partialDocuments.merge(index, seen, WordCounter::union));
    if (dispersion != null) {
      dispersion.merge(other.dispersion);
    }
    return this;
  }

  @Override
  void finish() {
    for (long[] seen : partialDocuments.values()) {
      for (int w = 0; w < seen.length; w++) {
        for (long bits = seen[w]; bits != 0; bits &= bits - 1) {
          range.increment((w << 6) + Long.numberOfTrailingZeros(bits));
        }
      }
    }
    partialDocuments.clear();
    lastDocument = null;
  }

  @Override
  int ngram() {
    return 1;
  }

  @Override
  int size() {
    return frequency.capacity();
  }

  @Override
  long frequency(int id) {
    return frequency.get(id);
  }

  @Override
  int range(int id) {
    return (int) range.get(id);
  }

  @Override
  long total() {
    return frequency.total();
  }

  @Override
  String text(int id) {
    return itemVocabulary.form(id);
  }

  @Override
  int compareText(int a, int b) {
    return itemVocabulary.form(a).compareTo(itemVocabulary.form(b));
  }

  @Override
  int length(int id) {
    String item = itemVocabulary.form(id);
    String text = by == ItemType.WORD_POS ? wordOf(item) : item;
    return text.codePointCount(0, text.length());
  }

  @Override
  boolean stopped(int id, TextSettings settings) {
    String item = itemVocabulary.form(id);
    return settings.isStopword(by == ItemType.WORD_POS ? wordOf(item) : item);
  }
}
