package org.corpustoolkit.plugins.collocations;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;

/**
 * Every (node, collocate) pair of the corpus within the span ({@code --all}), best first.
 *
 * @param corpusSize N: word tokens in the corpus
 * @param left window size to the left of the node
 * @param right window size to the right
 * @param crossSentences whether windows crossed sentence boundaries
 * @param measure the sort key
 * @param pairs the listed pairs, after thresholds and {@code --top}
 * @param candidates pairs that passed the thresholds, before {@code --top}
 * @param passes counting passes over the corpus's word ids (one per partition of the node words:
 *     more than one when the pairs did not fit the memory budget at once)
 */
public record PairTable(long corpusSize, int left, int right, boolean crossSentences, String measure,
    List<Collocation> pairs, int candidates, int passes) implements CollocationsResult {

  public PairTable {
    pairs = pairs instanceof PairRows ? pairs : List.copyOf(pairs);
  }

  /** The pair (node, collocate), or null. */
  public Collocation pair(String node, String collocate) {
    for (Collocation c : pairs) {
      if (c.node().equals(node) && c.collocate().equals(collocate)) {
        return c;
      }
    }
    return null;
  }

  /** The rows: a pair's scores are computed as it is written. */
  @Override
  public Table table() {
    List<Column> columns = new ArrayList<>(List.of(
        Column.text("node", "counting form of the node word (w1)"),
        Column.text("collocate", "counting form of the collocate (w2), in the node's window"),
        Columns.OBSERVED, Columns.EXPECTED,
        Column.integer("node_frequency", "occurrences of the node in the corpus"),
        Columns.COLLOCATE_FREQUENCY,
        Column.integer("window_positions",
            "R1: word positions inside the node's windows (f(node) for --left 0 --right 1, less "
                + "at edges)")));
    columns.addAll(Columns.measures());
    // A row is made when read, from the finished counts (which is also when a pair's scores are
    // computed), so rows may be read on several threads at once: a long list is formatted on every core.
    List<Collocation> listed = pairs;
    return Table.ofThreadSafe(left == 0 && right == 1 ? "adjacent bigrams" : "collocation pairs",
        columns, new AbstractList<>() {
          @Override
          public Object[] get(int index) {
            Collocation c = listed.get(index);
            List<Object> cells = new ArrayList<>(List.of(c.node(), c.collocate(), c.observed(),
                c.expected(), c.nodeFrequency(), c.collocateFrequency(), c.windowPositions()));
            Columns.addScores(cells, c);
            return cells.toArray();
          }

          @Override
          public int size() {
            return listed.size();
          }
        });
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("corpus_word_tokens", corpusSize);
    summary.put("span", left + "L-" + right + "R" + (crossSentences ? " across sentences" : ""));
    summary.put("measure", measure);
    summary.put("pairs", candidates);
    summary.put("counting_passes", passes);
    return summary;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>(CollocationsAnalyser.tableNotes());
    notes.add("--all: every word is a node; --min-freq applies to both words; pairs with a stop word "
        + "(either side) are left out, stop words still occupy window positions");
    return notes;
  }
}
