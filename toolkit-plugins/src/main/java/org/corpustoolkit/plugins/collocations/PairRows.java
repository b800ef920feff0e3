package org.corpustoolkit.plugins.collocations;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.text.Vocabulary;

/**
 * The listed pairs of {@code --all}, each made into a {@link Collocation} (forms, table and scores)
 * only when asked for, from the compact {@link CountList}: rendering millions of pairs streams them
 * without holding an object per pair.
 */
final class PairRows extends AbstractList<Collocation> implements RandomAccess {
  private final CountList pairs;
  private final int size;
  private final Vocabulary vocabulary;
  private final IntCounts frequency;
  private final long[] windowPositions;
  private final long corpusSize;

  /**
   * @param pairs counted pairs, keys {@code node << 32 | collocate}, in listing order
   * @param size how many of them are listed
   * @param windowPositions R1 of every node word, by word id
   */
  PairRows(CountList pairs, int size, Vocabulary vocabulary, IntCounts frequency,
      long[] windowPositions, long corpusSize) {
    this.pairs = pairs;
    this.size = size;
    this.vocabulary = vocabulary;
    this.frequency = frequency;
    this.windowPositions = windowPositions;
    this.corpusSize = corpusSize;
  }

  @Override
  public Collocation get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    long key = pairs.key(index);
    int node = (int) (key >>> 32);
    int collocate = (int) key;
    return Collocation.of(vocabulary.form(node), vocabulary.form(collocate), pairs.count(index),
        windowPositions[node], frequency.get(node), frequency.get(collocate), corpusSize, 0, 0);
  }

  @Override
  public int size() {
    return size;
  }
}
