package org.corpustoolkit.plugins.collocations;

import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Per-thread counts for one node: the corpus frequency of every word, and for every word its
 * occurrences inside the node's windows (O11), split into left and right.
 *
 * <p>Windows: up to {@code left} word tokens before the first word of each node occurrence and
 * {@code right} after its last, cut at the sentence boundary (unless crossing sentences) and always
 * at the document boundary. The positions inside the windows are the union of the windows of all
 * occurrences: a position covered by the windows of two nearby occurrences is one position, counted
 * once in R1 and once in O11 (Evert 2008, surface co-occurrence), which keeps the 2×2 table a
 * partition of the corpus (O11 ≤ f(c), R1 ≤ N). A node occurrence's own position is not in its window,
 * but it is in the window of a neighbouring occurrence, where it counts as a collocate.
 */
final class NodeWindowCounter {
  private static final byte LEFT = 1;
  private static final byte RIGHT = 2;

  private final NodeMatcher matcher;
  private final int left;
  private final int right;
  private final boolean crossSentences;
  private final IntCounts frequency = new IntCounts();
  private final IntCounts observed = new IntCounts();
  private final IntCounts leftCounts = new IntCounts();
  private final IntCounts rightCounts = new IntCounts();
  private long nodeOccurrences;
  private long windowPositions;
  private byte[] marks = new byte[1024];

  NodeWindowCounter(NodeMatcher matcher, int left, int right, boolean crossSentences) {
    this.matcher = matcher.perThread();
    this.left = left;
    this.right = right;
    this.crossSentences = crossSentences;
  }

  void add(TokenizedDocument doc) {
    int[] ids = doc.wordIds();
    int[] sentences = doc.wordSentences();
    int n = ids.length;
    for (int id : ids) {
      frequency.increment(id);
    }
    if (marks.length < n) {
      marks = new byte[Math.max(n, marks.length * 2)];
    }
    byte[] mark = marks;
    matcher.matches(doc, (first, last) -> {
      nodeOccurrences++;
      for (int p = first - 1; p >= 0 && p >= first - left
          && (crossSentences || sentences[p] == sentences[first]); p--) {
        mark[p] |= LEFT;
      }
      for (int p = last + 1; p < n && p <= last + right
          && (crossSentences || sentences[p] == sentences[last]); p++) {
        mark[p] |= RIGHT;
      }
    });
    for (int p = 0; p < n; p++) {
      byte m = mark[p];
      if (m == 0) {
        continue;
      }
      mark[p] = 0;
      windowPositions++;
      int id = ids[p];
      observed.increment(id);
      if ((m & LEFT) != 0) {
        leftCounts.increment(id);
      }
      if ((m & RIGHT) != 0) {
        rightCounts.increment(id);
      }
    }
  }

  NodeWindowCounter merge(NodeWindowCounter other) {
    frequency.addAll(other.frequency);
    observed.addAll(other.observed);
    leftCounts.addAll(other.leftCounts);
    rightCounts.addAll(other.rightCounts);
    nodeOccurrences += other.nodeOccurrences;
    windowPositions += other.windowPositions;
    return this;
  }

  IntCounts frequency() {
    return frequency;
  }

  IntCounts observed() {
    return observed;
  }

  IntCounts left() {
    return leftCounts;
  }

  IntCounts right() {
    return rightCounts;
  }

  long nodeOccurrences() {
    return nodeOccurrences;
  }

  /** R1: distinct word positions inside the node's windows. */
  long windowPositions() {
    return windowPositions;
  }

}
