package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;

/**
 * The collocates of one node, best first by the chosen measure.
 *
 * @param node the node label (its counting form)
 * @param nodeFrequency occurrences of the node
 * @param windowPositions R1: distinct word positions inside the node's windows
 * @param corpusSize N: word tokens in the corpus
 * @param left window size to the left
 * @param right window size to the right
 * @param crossSentences whether windows crossed sentence boundaries
 * @param measure the sort key
 * @param collocates the listed collocates, after thresholds, stop words and {@code --top}
 * @param candidates collocates that passed the thresholds, before {@code --top}
 * @param stopwordsExcluded true if stop words were left out as collocates
 */
public record CollocationTable(String node, long nodeFrequency, long windowPositions,
    long corpusSize, int left, int right, boolean crossSentences, String measure,
    List<Collocation> collocates, int candidates, boolean stopwordsExcluded)
    implements CollocationsResult {

  public CollocationTable {
    collocates = List.copyOf(collocates);
  }

  /** The collocate named {@code word}, or null. */
  public Collocation collocate(String word) {
    for (Collocation c : collocates) {
      if (c.collocate().equals(word)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public Table table() {
    Table.Builder table = Table.builder("collocates of " + node)
        .column(Column.text("collocate", "counting form of the collocate"))
        .column(Columns.OBSERVED)
        .column(Columns.EXPECTED)
        .column(Columns.COLLOCATE_FREQUENCY)
        .column(Column.integer("left", "occurrences inside a window left of a node occurrence"))
        .column(Column.integer("right", "occurrences inside a window right of a node occurrence"))
        .columns(Columns.measures());
    for (Collocation c : collocates) {
      List<Object> cells = new ArrayList<>(List.of(c.collocate(), c.observed(), c.expected(),
          c.collocateFrequency(), c.left(), c.right()));
      Columns.addScores(cells, c);
      table.row(cells.toArray());
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("node", node);
    summary.put("node_frequency", nodeFrequency);
    summary.put("window_positions", windowPositions);
    summary.put("corpus_word_tokens", corpusSize);
    summary.put("span", left + "L-" + right + "R" + (crossSentences ? " across sentences" : ""));
    summary.put("measure", measure);
    summary.put("collocates", candidates);
    return summary;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>(CollocationsAnalyser.tableNotes());
    if (stopwordsExcluded) {
      notes.add("stop words are left out as collocates but still occupy window positions");
    }
    return notes;
  }
}
