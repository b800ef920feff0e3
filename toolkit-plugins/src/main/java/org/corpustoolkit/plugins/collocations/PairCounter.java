package org.corpustoolkit.plugins.collocations;

/**
 * Window co-occurrence counts for many nodes at once, over a {@link WordStream}: for {@code --all}
 * (every word a node, the nodes split into partitions that fit in memory) and for the levels of a
 * collocation network (the collocates of the level above as nodes).
 *
 * <p>The same window rules as {@link NodeWindowCounter}, seen from the collocate: position p is in the
 * window of node occurrence q when {@code q − left ≤ p ≤ q + right}, {@code q ≠ p}, with no
 * {@link WordStream#BOUNDARY} between them (a sentence or document edge). For each position p and
 * each distinct node whose windows cover p, R1 of that node grows by one and, if the word at p may be
 * a collocate, the pair (node, word at p) by one: the union of a node's windows, as in the
 * single-node table.
 *
 * <p>Nodes are identified by a key ({@code nodeKey[wordId]}, −1 for words that are not nodes in this
 * pass); pairs are counted in a {@link LongLongHashMap} keyed {@code nodeKey << 32 | collocateId},
 * which the caller sizes for at most as many pairs as the nodes can have (see
 * {@link #distinctPairsAtMost}), so it never grows.
 */
final class PairCounter {
  private PairCounter() {}

  /**
   * Counts every pair of the nodes of {@code nodeKey} over {@code stream} into {@code pairs}, and
   * each node key's R1 into {@code windowPositions}.
   */
  static void count(WordStream stream, int[] nodeKey, boolean[] collocate, int left, int right,
      LongLongHashMap pairs, long[] windowPositions) {
    count(stream, nodeKey, collocate, left, right, pairs, windowPositions, null, null);
  }

  /**
   * As {@link #count(WordStream, int[], boolean[], int, int, LongLongHashMap, long[])}, but the
   * pairs of a node key with a row in {@code rows} are counted in that row, at the collocate's
   * {@code collocateIndex}: a dense row of counts for a frequent node, whose pairs would fill a
   * good part of its row anyway, is smaller than their hash entries and much faster to count.
   *
   * @param rows by node key, a row of counts by collocate index, or null (count in {@code pairs});
   *     null for no rows at all
   * @param collocateIndex by word id, the collocate's index in a row (for collocates)
   */
  static void count(WordStream stream, int[] nodeKey, boolean[] collocate, int left, int right,
      LongLongHashMap pairs, long[] windowPositions, int[][] rows, int[] collocateIndex) {
    int[] distinct = new int[left + right];
    int margin = stream.margin();
    for (int c = 0; c < stream.chunks(); c++) {
      int[] a = stream.chunk(c);
      int end = margin + stream.length(c);
      for (int p = margin; p < end; p++) {
        int word = a[p];
        if (word < 0) {
          continue;
        }
        int count = 0;
        for (int q = p - 1; q >= p - right && a[q] >= 0; q--) {
          count = addNode(nodeKey[a[q]], distinct, count);
        }
        for (int q = p + 1; q <= p + left && a[q] >= 0; q++) {
          count = addNode(nodeKey[a[q]], distinct, count);
        }
        if (count == 0) {
          continue;
        }
        boolean counted = collocate[word];
        for (int i = 0; i < count; i++) {
          int key = distinct[i];
          windowPositions[key]++;
          if (counted) {
            int[] row = rows == null ? null : rows[key];
            if (row != null) {
              row[collocateIndex[word]]++;
            } else {
              pairs.addTo((long) key << 32 | word, 1);
            }
          }
        }
      }
    }
  }

  private static int addNode(int key, int[] distinct, int count) {
    if (key < 0) {
      return count;
    }
    for (int i = 0; i < count; i++) {
      if (distinct[i] == key) {
        return count;
      }
    }
    distinct[count] = key;
    return count + 1;
  }

  /**
   * An upper bound on the distinct pairs of a node of corpus frequency {@code frequency}: its windows
   * hold at most {@code frequency × (left + right)} positions, and there are {@code collocates}
   * words that may be collocates.
   */
  static long distinctPairsAtMost(long frequency, int span, long collocates) {
    return Math.min(frequency * span, collocates);
  }
}
