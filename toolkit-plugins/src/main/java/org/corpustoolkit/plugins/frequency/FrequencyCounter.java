package org.corpustoolkit.plugins.frequency;

import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;
import org.corpustoolkit.text.Vocabulary;

/**
 * Per-thread counts of one kind of item (words, lemmas, tags or word/tag pairs, single or as n-grams),
 * in primitive arrays; after the threads' counters are merged, the view that {@link FrequencyAnalyser}
 * lists from: dense item ids with their frequency, range, text and filters.
 *
 * <p>Items are ids in {@code itemVocabulary}: the run's vocabulary for words and lemmas, a vocabulary
 * of tags or of {@code form/TAG} pairs otherwise. Single items are counted by these ids
 * ({@link WordCounter}); n-grams by tuples of them ({@link NgramCounter}), never by strings.
 */
abstract class FrequencyCounter {
  /** Separates a form from its tag in {@link ItemType#WORD_POS} items; UPOS tags have no slash. */
  static final char TAG_SEPARATOR = '/';

  final ItemType by;
  final Vocabulary itemVocabulary;
  private final int[] tagIds;
  /** Per-document items for {@link DispersionScorer}, or null when dispersion is off. */
  DispersionCounter dispersion;

  FrequencyCounter(ItemType by, Vocabulary itemVocabulary, boolean dispersion) {
    this.by = by;
    this.itemVocabulary = itemVocabulary;
    this.dispersion = dispersion ? new DispersionCounter() : null;
    this.tagIds = new int[UniversalPos.values().length];
    if (by == ItemType.POS) {
      for (UniversalPos tag : UniversalPos.values()) {
        tagIds[tag.ordinal()] = itemVocabulary.intern(tag.name());
      }
    }
  }

  /**
   * A counter of {@code ngram}-grams of {@code by} items (1: single items).
   *
   * @param itemVocabulary where item ids live: the run's vocabulary for {@link ItemType#WORD} and
   *     {@link ItemType#LEMMA}, a vocabulary shared by all threads for the other types
   * @param dispersion also keep each document's items for {@link DispersionScorer}
   */
  static FrequencyCounter of(int ngram, ItemType by, Vocabulary itemVocabulary, boolean dispersion) {
    return ngram == 1 ? new WordCounter(by, itemVocabulary, dispersion)
        : new NgramCounter(ngram, by, itemVocabulary, dispersion);
  }

  /** Item ids of the word tokens of {@code doc}, in order. */
  final int[] itemIds(TokenizedDocument doc) {
    switch (by) {
      case WORD:
        return doc.wordIds();
      case LEMMA:
        return doc.annotations().wordLemmaIds();
      case POS: {
        byte[] pos = doc.annotations().wordPos();
        int[] ids = new int[pos.length];
        for (int w = 0; w < pos.length; w++) {
          ids[w] = tagIds[pos[w]];
        }
        return ids;
      }
      case WORD_POS: {
        Annotations annotations = doc.annotations();
        byte[] pos = annotations.wordPos();
        int[] words = doc.wordIds();
        Vocabulary vocabulary = doc.vocabulary();
        int[] ids = new int[pos.length];
        for (int w = 0; w < pos.length; w++) {
          ids[w] = itemVocabulary.intern(vocabulary.form(words[w]) + TAG_SEPARATOR
              + UniversalPos.of(pos[w]).name());
        }
        return ids;
      }
      default:
        throw new IllegalStateException(String.valueOf(by));
    }
  }

  /** Counts a document, or a part of one ({@link org.corpustoolkit.corpus.Document#isPartial()}). */
  abstract void add(TokenizedDocument doc);

  /** Adds the counts of {@code other} (another thread's counter of the same items) to this one. */
  abstract FrequencyCounter merge(FrequencyCounter other);

  /**
   * Ends counting (after the last merge): the ranges of documents read in parts are settled, and
   * counting structures not needed for listing are dropped. Call once.
   */
  abstract void finish();

  /** Items per entry: 1, or the n of n-grams. */
  abstract int ngram();

  /** Ids are {@code 0 .. size() - 1}; an id may have frequency 0. */
  abstract int size();

  /** Occurrences of the item {@code id}. */
  abstract long frequency(int id);

  /** Number of documents containing item {@code id}. */
  abstract int range(int id);

  /** Occurrences of all items. */
  abstract long total();

  /** The listed text of item {@code id}: a counting form, or forms joined by one space. */
  abstract String text(int id);

  /** The order of {@code text(a)} and {@code text(b)} as {@link String#compareTo}. */
  abstract int compareText(int a, int b);

  /**
   * Sorts {@code ids[0 .. length)} into list order: frequency descending, then text ascending as
   * {@link String#compareTo} orders it.
   */
  void sort(int[] ids, int length) {
    // By text: a radix sort on the first four UTF-16 units (keys that differ order the texts as
    // compareTo does; a shorter text is padded with zeros, which can only tie), then runs with equal
    // keys compared in full; then a stable radix sort by frequency.
    long[] keys = new long[length];
    for (int k = 0; k < length; k++) {
      String text = text(ids[k]);
      long key = 0;
      for (int c = 0; c < 4; c++) {
        key = (key << 16) | (c < text.length() ? text.charAt(c) : 0);
      }
      keys[k] = key;
    }
    RadixSort.sort(keys, ids, length);
    int[] scratch = new int[length];
    for (int from = 0; from < length; ) {
      int to = from + 1;
      while (to < length && keys[to] == keys[from]) {
        to++;
      }
      if (to - from > 1) {
        org.corpustoolkit.count.IntSort.sort(ids, from, to, this::compareText, scratch);
      }
      from = to;
    }
    for (int k = 0; k < length; k++) {
      keys[k] = Long.MAX_VALUE - frequency(ids[k]);
    }
    RadixSort.sort(keys, ids, length);
  }

  /** Length of item {@code id} in code points, as {@code --min-length} measures it. */
  abstract int length(int id);

  /** True if item {@code id} is a stop word (n-grams: if all its items are). */
  abstract boolean stopped(int id, TextSettings settings);

  /** The per-document items kept for dispersion, or null when dispersion is off. */
  final DispersionCounter dispersion() {
    return dispersion;
  }

  /** Lets the per-document items go, once every list has been scored. */
  final void dropDispersion() {
    dispersion = null;
  }

  /** The form of a {@code form/TAG} item. */
  static String wordOf(String item) {
    return item.substring(0, item.lastIndexOf(TAG_SEPARATOR));
  }
}
