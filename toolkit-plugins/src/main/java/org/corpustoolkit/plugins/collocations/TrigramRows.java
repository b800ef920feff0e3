package org.corpustoolkit.plugins.collocations;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.text.Vocabulary;

/**
 * The listed trigrams of {@code --all --ngram 3}, each made into a {@link Trigram} only when asked
 * for, from the compact {@link CountList} of packed keys ({@link TrigramCounter#key}).
 */
final class TrigramRows extends AbstractList<Trigram> implements RandomAccess {
  private final CountList trigrams;
  private final int size;
  private final Vocabulary vocabulary;
  private final IntCounts frequency;
  private final long corpusSize;

  TrigramRows(CountList trigrams, int size, Vocabulary vocabulary, IntCounts frequency,
      long corpusSize) {
    this.trigrams = trigrams;
    this.size = size;
    this.vocabulary = vocabulary;
    this.frequency = frequency;
    this.corpusSize = corpusSize;
  }

  @Override
  public Trigram get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    long key = trigrams.key(index);
    String[] forms = new String[3];
    long[] f = new long[3];
    for (int i = 0; i < 3; i++) {
      int id = TrigramCounter.word(key, i);
      forms[i] = vocabulary.form(id);
      f[i] = frequency.get(id);
    }
    return new Trigram(forms, trigrams.count(index), f, corpusSize);
  }

  @Override
  public int size() {
    return size;
  }
}
