package org.corpustoolkit.plugins.frequency;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The entries of a long list, made when read from the merged counts: an n-gram's text is built each
 * time its entry is read, so a list of millions of n-grams keeps a few ints per entry instead of a
 * string. Immutable.
 */
final class ListedEntries extends AbstractList<FrequencyEntry> implements RandomAccess {
  /** Lists longer than this are kept as ids; shorter ones as entries. */
  static final int LAZY_ABOVE = 10_000;

  private final FrequencyCounter counts;
  private final int[] ids;

  ListedEntries(FrequencyCounter counts, int[] ids) {
    this.counts = counts;
    this.ids = ids;
  }

  @Override
  public FrequencyEntry get(int index) {
    int id = ids[index];
    return new FrequencyEntry(counts.text(id), counts.frequency(id), counts.range(id));
  }

  @Override
  public int size() {
    return ids.length;
  }
}
