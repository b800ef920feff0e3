package org.corpustoolkit.plugins.collocations;

import java.util.concurrent.atomic.AtomicBoolean;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Per-thread counts of window co-occurrence for many nodes at once: for {@code --all} (every word a
 * node) and for the levels of a collocation network (the collocates of the level above as nodes).
 *
 * <p>The same window rules as {@link NodeWindowCounter}, seen from the collocate: position p is in
 * the window of node occurrence q when {@code q − left ≤ p ≤ q + right}, {@code q ≠ p}, q in p's
 * sentence (unless crossing sentences) and document. For each position p and each distinct node word
 * whose windows cover p, R1 of that node grows by one and, if the word at p may be a collocate, the
 * pair (node, word at p) by one: the union of a node's windows, as in the single-node table.
 *
 * <p>Nodes are identified by a key ({@code nodeKey[wordId]}, −1 for words that are not nodes in this
 * pass); pairs are counted in a {@link LongLongHashMap} keyed {@code nodeKey << 32 | collocateId}. If
 * the map grows past {@code maxPairs}, counting stops with {@link TooManyPairs} and the caller splits
 * the nodes into more partitions.
 */
final class PairCounter {
  private final int[] nodeKey;
  private final boolean[] collocate;
  private final int left;
  private final int right;
  private final boolean crossSentences;
  private final long maxPairs;
  private final AtomicBoolean abandoned;
  private final LongLongHashMap pairs = new LongLongHashMap();
  private final long[] windowPositions;
  private final int[] distinct;

  PairCounter(int[] nodeKey, int keys, boolean[] collocate, int left, int right,
      boolean crossSentences, long maxPairs, AtomicBoolean abandoned) {
    this.nodeKey = nodeKey;
    this.collocate = collocate;
    this.left = left;
    this.right = right;
    this.crossSentences = crossSentences;
    this.maxPairs = maxPairs;
    this.abandoned = abandoned;
    this.windowPositions = new long[keys];
    this.distinct = new int[left + right];
  }

  void add(TokenizedDocument doc) {
    if (abandoned.get()) {
      return;
    }
    int[] ids = doc.wordIds();
    int[] sentences = doc.wordSentences();
    int n = ids.length;
    for (int p = 0; p < n; p++) {
      int count = 0;
      int sentence = sentences[p];
      for (int q = p - 1; q >= 0 && q >= p - right && (crossSentences || sentences[q] == sentence);
          q--) {
        count = addNode(ids[q], count);
      }
      for (int q = p + 1; q < n && q <= p + left && (crossSentences || sentences[q] == sentence);
          q++) {
        count = addNode(ids[q], count);
      }
      if (count == 0) {
        continue;
      }
      int word = ids[p];
      boolean counted = word < collocate.length && collocate[word];
      for (int i = 0; i < count; i++) {
        int key = distinct[i];
        windowPositions[key]++;
        if (counted) {
          pairs.addTo((long) key << 32 | word, 1);
        }
      }
      if (pairs.size() > maxPairs) {
        abandoned.set(true);
        throw new TooManyPairs();
      }
    }
  }

  private int addNode(int word, int count) {
    int key = word < nodeKey.length ? nodeKey[word] : -1;
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

  PairCounter merge(PairCounter other) {
    pairs.addAll(other.pairs);
    for (int i = 0; i < windowPositions.length; i++) {
      windowPositions[i] += other.windowPositions[i];
    }
    return this;
  }

  LongLongHashMap pairs() {
    return pairs;
  }

  /** R1 of each node key: distinct positions inside its windows. */
  long[] windowPositions() {
    return windowPositions;
  }

  /** Thrown when the pair map outgrows its memory budget; the pass is abandoned and redone. */
  static final class TooManyPairs extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyPairs() {
      super("too many distinct pairs for one pass", null, false, false);
    }
  }
}
