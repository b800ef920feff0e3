package org.corpustoolkit.plugins.collocations;

import java.util.concurrent.atomic.AtomicBoolean;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Per-thread counts of contiguous trigrams of word tokens (within a sentence unless crossing
 * sentences, never across documents), keyed by the three word ids packed 21 bits each. Only trigrams
 * whose three words are all {@code eligible} (frequent enough to reach the threshold) and whose first
 * word is in this pass's partition are counted.
 */
final class TrigramCounter {
  static final int MAX_ID = (1 << 21) - 1;

  private final boolean[] eligible;
  private final boolean[] inPartition;
  private final boolean crossSentences;
  private final long maxTrigrams;
  private final AtomicBoolean abandoned;
  private final LongLongHashMap trigrams = new LongLongHashMap();

  TrigramCounter(boolean[] eligible, boolean[] inPartition, boolean crossSentences, long maxTrigrams,
      AtomicBoolean abandoned) {
    this.eligible = eligible;
    this.inPartition = inPartition;
    this.crossSentences = crossSentences;
    this.maxTrigrams = maxTrigrams;
    this.abandoned = abandoned;
  }

  static long key(int w1, int w2, int w3) {
    return (long) w1 << 42 | (long) w2 << 21 | w3;
  }

  static int word(long key, int position) {
    return (int) (key >>> (21 * (2 - position))) & MAX_ID;
  }

  void add(TokenizedDocument doc) {
    if (abandoned.get()) {
      return;
    }
    int[] ids = doc.wordIds();
    int[] sentences = doc.wordSentences();
    for (int i = 0; i + 2 < ids.length; i++) {
      if (!crossSentences && sentences[i] != sentences[i + 2]) {
        continue;
      }
      int w1 = ids[i];
      int w2 = ids[i + 1];
      int w3 = ids[i + 2];
      if (w1 > MAX_ID || w2 > MAX_ID || w3 > MAX_ID) {
        throw new CorpusException("--ngram 3 handles at most " + (MAX_ID + 1)
            + " distinct words; this corpus has more");
      }
      if (w1 < inPartition.length && inPartition[w1] && w2 < eligible.length && eligible[w2] && w3 < eligible.length
          && eligible[w3]) {
        trigrams.addTo(key(w1, w2, w3), 1);
        if (trigrams.size() > maxTrigrams) {
          abandoned.set(true);
          throw new PairCounter.TooManyPairs();
        }
      }
    }
  }

  TrigramCounter merge(TrigramCounter other) {
    trigrams.addAll(other.trigrams);
    return this;
  }

  LongLongHashMap trigrams() {
    return trigrams;
  }
}
