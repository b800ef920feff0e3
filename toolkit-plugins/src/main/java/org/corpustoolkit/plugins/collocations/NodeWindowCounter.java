package org.corpustoolkit.plugins.collocations;

import java.util.Arrays;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;

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
 *
 * <p>With a tag filter ({@code --collocate-pos}) the counted items are (form, tag) pairs, item id
 * {@code formId * TAGS + tag} ({@link #item}), and only word tokens whose tag is in the filter are
 * counted, in the corpus frequency (C1) and in the windows (O11); tokens with other tags still occupy
 * window positions (R1) and are counted nowhere, as stop words are.
 *
 * <p>A part of a document read in parts is counted on its own except the positions within the window
 * span of its cuts, which {@link Seams} keeps and {@link #closeSeams} counts after the pass, with the
 * neighbouring parts in view.
 */
final class NodeWindowCounter {
  private static final byte LEFT = 1;
  private static final byte RIGHT = 2;
  /** In {@link Seams} records: a node occurrence starts (FIRST) or ends (LAST) at this position. */
  private static final byte FIRST = 1;
  private static final byte LAST = 2;
  /** Number of tags: (form, tag) item ids are {@code formId * TAGS + tag}. */
  static final int TAGS = UniversalPos.values().length;

  private final NodeMatcher matcher;
  private final int left;
  private final int right;
  private final boolean crossSentences;
  /** Tags counted as collocates, by ordinal; null to count every word by its form. */
  private final boolean[] collocateTags;
  private final IntCounts frequency = new IntCounts();
  private final IntCounts observed = new IntCounts();
  private final IntCounts leftCounts = new IntCounts();
  private final IntCounts rightCounts = new IntCounts();
  private long nodeOccurrences;
  private long windowPositions;
  private byte[] marks = new byte[1024];
  private final Seams seams = new Seams();

  /**
   * @param collocateTags null to count every word by its form; else, by tag ordinal, whether a word
   *     with that tag is counted, as a (form, tag) item
   */
  NodeWindowCounter(NodeMatcher matcher, int left, int right, boolean crossSentences,
      boolean[] collocateTags) {
    this.matcher = matcher.perThread();
    this.left = left;
    this.right = right;
    this.crossSentences = crossSentences;
    this.collocateTags = collocateTags;
  }

  /** The id of the item (form {@code formId}, tag {@code tag}). */
  static int item(int formId, int tag) {
    if (formId > (Integer.MAX_VALUE - TAGS) / TAGS) {
      throw new CorpusException("the vocabulary is too large to count (word, tag) pairs");
    }
    return formId * TAGS + tag;
  }

  void add(TokenizedDocument doc) {
    int[] ids = doc.wordIds();
    // Windows that cross sentences do not need them: sentence splitting is then skipped.
    int[] sentences = crossSentences ? null : doc.wordSentences();
    int n = ids.length;
    if (collocateTags != null) {
      ids = items(ids, doc.annotations().wordPos());
    }
    for (int id : ids) {
      if (id >= 0) {
        frequency.increment(id);
      }
    }
    if (marks.length < n) {
      marks = new byte[Math.max(n, marks.length * 2)];
    }
    Document document = doc.document();
    boolean partial = document.isPartial();
    // In a part of a split document, positions near a cut may be in the window of an occurrence in
    // the neighbouring part: they are counted after the pass, by the seams (see Seams).
    int from = partial && document.segment() > 0 ? Math.min(n, right) : 0;
    int to = partial ? Math.max(from, n - left) : n;
    byte[] mark = marks;
    byte[] ends = partial ? new byte[n] : null;
    matcher.matches(doc, (first, last) -> {
      nodeOccurrences++;
      if (ends != null) {
        ends[first] |= FIRST;
        ends[last] |= LAST;
      }
      for (int p = first - 1; p >= 0 && p >= first - left
          && (crossSentences || sentences[p] == sentences[first]); p--) {
        mark[p] |= LEFT;
      }
      for (int p = last + 1; p < n && p <= last + right
          && (crossSentences || sentences[p] == sentences[last]); p++) {
        mark[p] |= RIGHT;
      }
    });
    for (int p = from; p < to; p++) {
      count(mark[p], ids[p]);
    }
    Arrays.fill(mark, 0, n, (byte) 0);
    if (partial) {
      seams.add(document, doc.text(), ids, sentences, ends, left + right, from, to);
    }
  }

  /** Counts one position with marks {@code m} holding item {@code id} (−1: not counted). */
  private void count(byte m, int id) {
    if (m == 0) {
      return;
    }
    windowPositions++;
    if (id < 0) {
      return;
    }
    observed.increment(id);
    if ((m & LEFT) != 0) {
      leftCounts.increment(id);
    }
    if ((m & RIGHT) != 0) {
      rightCounts.increment(id);
    }
  }

  /**
   * Counts the positions near the cuts of split documents, whose windows may reach into the
   * neighbouring part, on the seams of the pass (call once, on the merged counts). Returns false,
   * counting nothing, if a document's parts do not give the tokens (or, when
   * {@code sentencesMatter}, the sentences) of the whole document; then count again with whole
   * documents.
   */
  boolean closeSeams(boolean sentencesMatter) {
    return seams.close(sentencesMatter, !crossSentences, (ids, sentences, ends, counted) -> {
      int n = ids.length;
      byte[] mark = new byte[n];
      for (int q = 0; q < n; q++) {
        if ((ends[q] & FIRST) != 0) {
          for (int p = q - 1; p >= 0 && p >= q - left && sentences[p] == sentences[q]; p--) {
            mark[p] |= LEFT;
          }
        }
        if ((ends[q] & LAST) != 0) {
          for (int p = q + 1; p < n && p <= q + right && sentences[p] == sentences[q]; p++) {
            mark[p] |= RIGHT;
          }
        }
      }
      for (int p = 0; p < n; p++) {
        if (counted[p]) {
          count(mark[p], ids[p]);
        }
      }
    });
  }

  /** The (form, tag) item of each word, or -1 for a word whose tag is not counted. */
  private int[] items(int[] ids, byte[] tags) {
    int[] items = new int[ids.length];
    for (int w = 0; w < ids.length; w++) {
      items[w] = collocateTags[tags[w]] ? item(ids[w], tags[w]) : -1;
    }
    return items;
  }

  NodeWindowCounter merge(NodeWindowCounter other) {
    seams.addAll(other.seams);
    frequency.addAll(other.frequency);
    observed.addAll(other.observed);
    leftCounts.addAll(other.leftCounts);
    rightCounts.addAll(other.rightCounts);
    nodeOccurrences += other.nodeOccurrences;
    windowPositions += other.windowPositions;
    return this;
  }

  /** Number of parts of split documents whose edges wait for {@link #closeSeams}. */
  int seamParts() {
    return seams.size();
  }

  /** Corpus frequency of every counted item: a form id, or a (form, tag) {@link #item} id. */
  IntCounts frequency() {
    return frequency;
  }

  /** O11 of every counted item (form or (form, tag) ids, as in {@link #frequency()}). */
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
