package org.corpustoolkit.plugins.collocations;

import java.io.IOException;
import java.io.Writer;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;
import org.corpustoolkit.spi.UsageException;

/**
 * {@code --format dot}: a collocation network as a Graphviz digraph (radial {@code twopi} layout, root
 * in the centre), each edge labelled with its score and carrying O11 and E11. Words are quoted
 * Graphviz IDs with {@code "} and {@code \} escaped.
 */
public final class NetworkDotRenderer implements ResultRenderer<CollocationsResult> {
  @Override
  public String format() {
    return "dot";
  }

  @Override
  public Class<CollocationsResult> resultType() {
    return CollocationsResult.class;
  }

  @Override
  public void render(CollocationsResult result, RenderRequest request, Writer out)
      throws IOException {
    if (!(result instanceof CollocationNetwork network)) {
      throw new UsageException("--format dot draws a collocation network: add --network");
    }
    out.write("// ctk " + request.run().ctkVersion().replace('\n', ' ') + " collocations network of "
        + network.root().replace('\n', ' ') + ", measure " + network.measure() + "\n");
    out.write("digraph collocations {\n");
    out.write("  graph [layout=twopi, root=" + id(network.root()) + ", overlap=false];\n");
    out.write("  node [shape=ellipse, fontname=\"Helvetica\"];\n");
    for (CollocationNetwork.Node n : network.nodes()) {
      out.write("  " + id(n.word()) + " [level=" + n.level() + ", frequency=" + n.frequency()
          + (n.level() == 0 ? ", style=filled, fillcolor=\"#f4c542\"" : "") + "];\n");
    }
    for (CollocationNetwork.Edge e : network.edges()) {
      Collocation c = e.collocation();
      out.write("  " + id(e.source()) + " -> " + id(e.target()) + " [label=\""
          + number(network.score(e)) + "\", observed=" + c.observed() + ", expected=\""
          + number(c.expected()) + "\"];\n");
    }
    out.write("}\n");
  }

  private static String number(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "nan"
        : String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  /** A quoted Graphviz ID. */
  static String id(String word) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return sb.append('"').toString();
  }
}
