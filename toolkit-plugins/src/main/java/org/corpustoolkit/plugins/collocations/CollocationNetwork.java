package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;

/**
 * A collocation network around a node, as #LancsBox's GraphColl draws it (V. Brezina, T. McEnery &amp;
 * S. Wattam, "Collocations in context: A new perspective on collocation networks", <i>International
 * Journal of Corpus Linguistics</i> 20(2), 2015): the node (level 0), its top collocates (level 1), their
 * own top collocates (level 2), and so on. Each edge goes from a node to one of its collocates and
 * carries that collocation's table and scores.
 *
 * @param root the node word
 * @param measure the measure that ranks collocates and labels edges
 * @param depth levels expanded
 * @param networkTop collocates kept per expanded node
 * @param nodes the words of the network, in order of discovery (root first)
 * @param edges the collocations, in order of discovery
 * @param stopwordsExcluded true if stop words were left out as collocates
 */
public record CollocationNetwork(String root, String measure, int depth, int networkTop,
    List<Node> nodes, List<Edge> edges, boolean stopwordsExcluded) implements CollocationsResult {

  /**
   * A word of the network.
   *
   * @param word counting form
   * @param level 0 for the root, 1 for its collocates, and so on
   * @param frequency occurrences in the corpus
   */
  public record Node(String word, int level, long frequency) {}

  /**
   * A collocation: {@code collocation.node()} → {@code collocation.collocate()}.
   *
   * @param collocation the table and scores
   * @param level level of the target when it joined the network (an edge to a word already in the
   *     network keeps that word's level)
   */
  public record Edge(Collocation collocation, int level) {
    public String source() {
      return collocation.node();
    }

    public String target() {
      return collocation.collocate();
    }
  }

  public CollocationNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The score that labels an edge: the chosen measure, or O11 when sorting by observed. */
  public double score(Edge edge) {
    Measure m = measure.equals("observed") ? null : Measure.named(measure);
    return edge.collocation().sortKey(m);
  }

  /** The node named {@code word}, or null. */
  public Node node(String word) {
    return nodes.stream().filter(n -> n.word().equals(word)).findFirst().orElse(null);
  }

  @Override
  public Table table() {
    Table.Builder table = Table.builder("collocation network of " + root)
        .column(Column.text("source", "the node whose collocate this is"))
        .column(Column.text("target", "the collocate"))
        .column(Column.integer("level", "network level of the target (1: collocate of the root)"))
        .column(Columns.OBSERVED)
        .column(Columns.EXPECTED)
        .column(Columns.COLLOCATE_FREQUENCY)
        .column(Column.integer("window_positions", "R1: word positions inside the source's windows"))
        .columns(Columns.measures());
    for (Edge e : edges) {
      Collocation c = e.collocation();
      List<Object> cells = new ArrayList<>(List.of(c.node(), c.collocate(), e.level(), c.observed(),
          c.expected(), c.collocateFrequency(), c.windowPositions()));
      Columns.addScores(cells, c);
      table.row(cells.toArray());
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("node", root);
    summary.put("measure", measure);
    summary.put("depth", depth);
    summary.put("network_top", networkTop);
    summary.put("nodes", nodes.size());
    summary.put("edges", edges.size());
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
