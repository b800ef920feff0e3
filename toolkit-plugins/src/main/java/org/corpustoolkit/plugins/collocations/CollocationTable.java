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
 * @param collocatePos the tags of {@code --collocate-pos}: collocates are then (form, tag) items with
 *     one of these tags, and the table has a {@code pos} column (empty: collocates are forms)
 */
public record CollocationTable(String node, long nodeFrequency, long windowPositions,
    long corpusSize, int left, int right, boolean crossSentences, String measure,
    List<Collocation> collocates, int candidates, boolean stopwordsExcluded,
    List<String> collocatePos) implements CollocationsResult {

  public CollocationTable {
    collocates = List.copyOf(collocates);
    collocatePos = collocatePos == null ? List.of() : List.copyOf(collocatePos);
  }

  /** A table of collocates counted by form (no {@code --collocate-pos}). */
  public CollocationTable(String node, long nodeFrequency, long windowPositions, long corpusSize,
      int left, int right, boolean crossSentences, String measure, List<Collocation> collocates,
      int candidates, boolean stopwordsExcluded) {
    this(node, nodeFrequency, windowPositions, corpusSize, left, right, crossSentences, measure,
        collocates, candidates, stopwordsExcluded, List.of());
  }

  /** The collocate named {@code word} (the first listed, whatever its tag), or null. */
  public Collocation collocate(String word) {
    for (Collocation c : collocates) {
      if (c.collocate().equals(word)) {
        return c;
      }
    }
    return null;
  }

  /** The collocate {@code word} tagged {@code pos} (with {@code --collocate-pos}), or null. */
  public Collocation collocate(String word, String pos) {
    for (Collocation c : collocates) {
      if (c.collocate().equals(word) && pos.equals(c.pos())) {
        return c;
      }
    }
    return null;
  }

  @Override
  public Table table() {
    boolean byTag = !collocatePos.isEmpty();
    Table.Builder table = Table.builder("collocates of " + node)
        .column(Column.text("collocate", "counting form of the collocate"));
    if (byTag) {
      table.column(Column.text("pos", "Universal Dependencies tag of the collocate"));
    }
    table.column(Columns.OBSERVED)
        .column(Columns.EXPECTED)
        .column(byTag ? Column.integer("collocate_frequency",
            "C1: occurrences of the collocate with this tag in the corpus")
            : Columns.COLLOCATE_FREQUENCY)
        .column(Column.integer("left", "occurrences inside a window left of a node occurrence"))
        .column(Column.integer("right", "occurrences inside a window right of a node occurrence"))
        .columns(Columns.measures());
    for (Collocation c : collocates) {
      List<Object> cells = new ArrayList<>();
      cells.add(c.collocate());
      if (byTag) {
        cells.add(c.pos());
      }
      cells.addAll(List.of(c.observed(), c.expected(), c.collocateFrequency(), c.left(), c.right()));
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
    if (!collocatePos.isEmpty()) {
      summary.put("collocate_pos", String.join(",", collocatePos));
    }
    summary.put("collocates", candidates);
    return summary;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>(CollocationsAnalyser.tableNotes());
    if (stopwordsExcluded) {
      notes.add("stop words are left out as collocates but still occupy window positions");
    }
    if (!collocatePos.isEmpty()) {
      notes.add("--collocate-pos " + String.join(",", collocatePos) + ": collocates are (word, tag) "
          + "pairs; O11 and C1 (collocate_frequency) count the word with that tag only; words with "
          + "other tags are not collocates but still occupy window positions (R1)");
    }
    return notes;
  }
}
