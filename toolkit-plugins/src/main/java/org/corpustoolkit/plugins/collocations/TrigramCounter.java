package org.corpustoolkit.plugins.collocations;

import org.corpustoolkit.spi.CorpusException;

/**
 * Counts contiguous trigrams of word tokens over a {@link WordStream} (within a sentence unless
 * crossing sentences, never across documents: no {@link WordStream#BOUNDARY} inside), keyed by the
 * three word ids packed 21 bits each. Only trigrams whose three words are all {@code eligible}
 * (frequent enough to reach the threshold) and whose first word is in this pass's partition are
 * counted.
 */
final class TrigramCounter {
  static final int MAX_ID = (1 << 21) - 1;

  private TrigramCounter() {}

  static long key(int w1, int w2, int w3) {
    return (long) w1 << 42 | (long) w2 << 21 | w3;
  }

  static int word(long key, int position) {
    return (int) (key >>> (21 * (2 - position))) & MAX_ID;
  }

  /** Counts the trigrams whose first word is {@code inPartition} into {@code trigrams}. */
  static void count(WordStream stream, boolean[] eligible, boolean[] inPartition,
      LongLongHashMap trigrams) {
    int margin = stream.margin();
    for (int c = 0; c < stream.chunks(); c++) {
      int[] a = stream.chunk(c);
      int end = margin + stream.length(c);
      for (int p = margin; p < end; p++) {
        int w1 = a[p];
        int w2 = a[p + 1];
        int w3 = a[p + 2];
        if (w1 < 0 || w2 < 0 || w3 < 0 || !inPartition[w1] || !eligible[w2] || !eligible[w3]) {
          continue;
        }
        if (w1 > MAX_ID || w2 > MAX_ID || w3 > MAX_ID) {
          throw new CorpusException("--ngram 3 handles at most " + (MAX_ID + 1)
              + " distinct words; this corpus has more");
        }
        trigrams.addTo(key(w1, w2, w3), 1);
      }
    }
  }
}
