package org.corpustoolkit.plugins.collocations;

import java.util.Arrays;
import java.util.Comparator;
import org.corpustoolkit.stats.ContingencyTable;

/**
 * One collocate of a node, with the 2×2 table behind its scores (Evert 2008): O11 = {@code observed},
 * R1 = {@code windowPositions}, C1 = {@code collocateFrequency}, N = {@code corpusSize}.
 *
 * @param node the node (word or query label)
 * @param collocate the collocate's counting form
 * @param pos the collocate's Universal Dependencies tag when collocates are counted as (form, tag)
 *     items ({@code --collocate-pos}), else null
 * @param observed O11: occurrences of the collocate inside the node's windows
 * @param windowPositions R1: word positions inside the node's windows
 * @param nodeFrequency occurrences of the node
 * @param collocateFrequency C1: occurrences of the collocate in the corpus
 * @param corpusSize N: word tokens in the corpus
 * @param left occurrences inside a window left of a node occurrence
 * @param right occurrences inside a window right of a node occurrence
 * @param scores every {@link Measure}, in declaration order (NaN if the table has an empty marginal)
 */
public record Collocation(String node, String collocate, String pos, long observed, long windowPositions,
    long nodeFrequency, long collocateFrequency, long corpusSize, long left, long right,
    double[] scores) {

  /** Computes the scores of a collocate (a form, whatever its tag) from its table. */
  static Collocation of(String node, String collocate, long observed, long windowPositions,
      long nodeFrequency, long collocateFrequency, long corpusSize, long left, long right) {
    return of(node, collocate, null, observed, windowPositions, nodeFrequency, collocateFrequency,
        corpusSize, left, right);
  }

  /** Computes the scores of a collocate, a (form, tag) item when {@code pos} is not null. */
  static Collocation of(String node, String collocate, String pos, long observed,
      long windowPositions, long nodeFrequency, long collocateFrequency, long corpusSize, long left,
      long right) {
    ContingencyTable table = ContingencyTable.fromMarginals(observed, windowPositions,
        collocateFrequency, corpusSize);
    return new Collocation(node, collocate, pos, observed, windowPositions, nodeFrequency,
        collocateFrequency, corpusSize, left, right, Measure.scores(table));
  }

  /** E11 = R1·C1/N. */
  public double expected() {
    return (double) windowPositions * collocateFrequency / corpusSize;
  }

  /** The score of {@code measure}. */
  public double score(Measure measure) {
    return scores[measure.ordinal()];
  }

  /** The sort key: a measure, or the observed frequency when {@code measure} is null. */
  double sortKey(Measure measure) {
    return measure == null ? observed : score(measure);
  }

  /** Best first: key descending (NaN last), then observed descending, then node and collocate. */
  static Comparator<Collocation> order(Measure measure) {
    return Comparator.<Collocation>comparingDouble(c -> {
      double key = c.sortKey(measure);
      return Double.isNaN(key) ? Double.POSITIVE_INFINITY : -key;
    }).thenComparing(Comparator.comparingLong(Collocation::observed).reversed())
        .thenComparing(Collocation::node).thenComparing(Collocation::collocate)
        .thenComparing(c -> c.pos == null ? "" : c.pos);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Collocation c && node.equals(c.node) && collocate.equals(c.collocate)
        && java.util.Objects.equals(pos, c.pos)
        && observed == c.observed && windowPositions == c.windowPositions
        && nodeFrequency == c.nodeFrequency && collocateFrequency == c.collocateFrequency
        && corpusSize == c.corpusSize && left == c.left && right == c.right
        && Arrays.equals(scores, c.scores);
  }

  @Override
  public int hashCode() {
    return node.hashCode() * 31 + collocate.hashCode();
  }

  @Override
  public String toString() {
    return node + "/" + collocate + (pos == null ? "" : "_" + pos) + " O11=" + observed + " R1=" + windowPositions + " C1="
        + collocateFrequency + " N=" + corpusSize;
  }
}
