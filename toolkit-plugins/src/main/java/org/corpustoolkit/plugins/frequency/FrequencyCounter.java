package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;
import org.corpustoolkit.text.Vocabulary;

/**
 * Per-thread counts of a frequency list: occurrences and document range per item id, in primitive
 * arrays. Items are ids in {@code itemVocabulary}: the run's vocabulary for words and lemmas, a
 * vocabulary of tags or of {@code form/TAG} pairs otherwise; n-grams of items are interned in a
 * separate vocabulary.
 */
final class FrequencyCounter {
  /** Separates a form from its tag in {@link ItemType#WORD_POS} items; UPOS tags have no slash. */
  static final char TAG_SEPARATOR = '/';

  private final int ngram;
  private final ItemType by;
  private final Vocabulary itemVocabulary;
  private final int[] tagIds;
  private final Vocabulary ngrams;
  private final IntCounts frequency = new IntCounts();
  private final IntCounts range = new IntCounts();
  private int[] lastDocument = new int[1024];
  private final DispersionCounter dispersion;
  private int[] buffer = new int[256];
  private final PairIdCache pairs = new PairIdCache();
  /** Items seen in each document read in parts, by document index: its range is counted once. */
  private final Map<Integer, BitSet> partialDocuments = new HashMap<>();

  /**
   * @param by what is counted
   * @param itemVocabulary where item ids live: the run's vocabulary for {@link ItemType#WORD} and
   *     {@link ItemType#LEMMA}, a vocabulary shared by all threads for the other types
   * @param ngrams where n-gram ids live (shared by all threads), or {@code itemVocabulary} for single
   *     items
   * @param dispersion also keep each document's items for {@link DispersionScorer}
   */
  FrequencyCounter(int ngram, ItemType by, Vocabulary itemVocabulary, Vocabulary ngrams,
      boolean dispersion) {
    this.ngram = ngram;
    this.by = by;
    this.itemVocabulary = itemVocabulary;
    this.ngrams = ngrams;
    this.dispersion = dispersion ? new DispersionCounter() : null;
    this.tagIds = new int[UniversalPos.values().length];
    if (by == ItemType.POS) {
      for (UniversalPos tag : UniversalPos.values()) {
        tagIds[tag.ordinal()] = itemVocabulary.intern(tag.name());
      }
    }
    Arrays.fill(lastDocument, -1);
  }

  /** Item ids of the word tokens of {@code doc}, in order. */
  private int[] itemIds(TokenizedDocument doc) {
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

  /**
   * The id of the n-gram starting at {@code ids[i]}: bigrams go through a per-thread cache of id pairs,
   * so the string of a bigram is built only the first time this thread sees it.
   */
  private int ngramId(int[] ids, int i, Vocabulary vocabulary, StringBuilder sb) {
    long key = 0;
    if (ngram == 2) {
      key = PairIdCache.key(ids[i], ids[i + 1]);
      int cached = pairs.get(key);
      if (cached >= 0) {
        return cached;
      }
    }
    sb.setLength(0);
    for (int k = 0; k < ngram; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(vocabulary.form(ids[i + k]));
    }
    int id = ngrams.intern(sb.toString());
    if (ngram == 2) {
      pairs.put(key, id);
    }
    return id;
  }

  void add(TokenizedDocument doc) {
    int docIndex = doc.documentIndex();
    int[] ids = itemIds(doc);
    if (doc.isPartial()) {
      addPart(doc, docIndex, ids);
      return;
    }
    if (ngram == 1) {
      for (int id : ids) {
        count(id, docIndex);
      }
      if (dispersion != null) {
        dispersion.add(docIndex, ids, ids.length);
      }
      return;
    }
    int[] sentences = doc.wordSentences();
    Vocabulary vocabulary = itemVocabulary;
    StringBuilder sb = new StringBuilder();
    int counted = 0;
    for (int i = 0; i + ngram <= ids.length; i++) {
      if (sentences[i] != sentences[i + ngram - 1]) {
        continue;
      }
      int id = ngramId(ids, i, vocabulary, sb);
      count(id, docIndex);
      if (dispersion != null) {
        if (counted == buffer.length) {
          buffer = Arrays.copyOf(buffer, counted * 2);
        }
        buffer[counted++] = id;
      }
    }
    if (dispersion != null) {
      dispersion.add(docIndex, buffer, counted);
    }
  }

  /**
   * One part of a document read in segments (single items only: n-grams would cross the cuts). Other
   * parts of the same document may be counted by other threads, so the range is not counted here but
   * from the union of the items seen per document, after merging ({@link #range()}).
   */
  private void addPart(TokenizedDocument doc, int docIndex, int[] ids) {
    if (ngram != 1) {
      throw new IllegalStateException("n-grams need whole documents");
    }
    BitSet seen = partialDocuments.computeIfAbsent(docIndex, k -> new BitSet());
    for (int id : ids) {
      frequency.increment(id);
      seen.set(id);
    }
    if (dispersion != null) {
      dispersion.addPart(docIndex, doc.segment(), ids, ids.length);
    }
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

  FrequencyCounter merge(FrequencyCounter other) {
    frequency.addAll(other.frequency);
    range.addAll(other.range);
    other.partialDocuments.forEach((index, seen) ->
        partialDocuments.merge(index, seen, (x, y) -> {
          x.or(y);
          return x;
        }));
    if (dispersion != null) {
      dispersion.merge(other.dispersion);
    }
    return this;
  }

  /** The per-document items kept for dispersion, or null when dispersion is off. */
  DispersionCounter dispersion() {
    return dispersion;
  }

  IntCounts frequency() {
    return frequency;
  }

  /** Document range per item; documents read in parts count once each, whatever thread saw them. */
  IntCounts range() {
    for (BitSet seen : partialDocuments.values()) {
      for (int id = seen.nextSetBit(0); id >= 0; id = seen.nextSetBit(id + 1)) {
        range.increment(id);
      }
    }
    partialDocuments.clear();
    return range;
  }
}
