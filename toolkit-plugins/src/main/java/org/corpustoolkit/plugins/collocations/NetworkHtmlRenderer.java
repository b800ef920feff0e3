package org.corpustoolkit.plugins.collocations;

import static org.corpustoolkit.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.corpustoolkit.report.HtmlPage;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;

/**
 * {@code --format html} for a collocation network: a self-contained page (no script, no external
 * resource) with the network drawn as inline SVG in a deterministic radial layout
 * ({@link NetworkLayout}), edge width growing with the score, hover titles with O11, E11 and the
 * score, then the edge table. Every word is escaped.
 */
public final class NetworkHtmlRenderer implements ResultRenderer<CollocationNetwork> {
  private static final String CSS = """
      svg.network{max-width:100%;height:auto;border:1px solid #ddd;background:#fff}
      svg.network line{stroke:#7a8ca3;stroke-opacity:.7}
      svg.network circle{stroke:#333;stroke-width:1}
      svg.network .level-0 circle{fill:#f4c542}svg.network .level-1 circle{fill:#8ecae6}
      svg.network .level-2 circle{fill:#cfe8cf}svg.network .level-3 circle{fill:#eee}
      svg.network text{font-size:13px;text-anchor:middle;dominant-baseline:central}
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Class<CollocationNetwork> resultType() {
    return CollocationNetwork.class;
  }

  @Override
  public void render(CollocationNetwork network, RenderRequest request, Writer out)
      throws IOException {
    HtmlPage.begin(out, "ctk collocations: network of " + network.root(), CSS);
    HtmlPage.provenance(out, request.run());
    HtmlPage.summary(out, network.summary());
    svg(network, out);
    out.write("<h2>Edges</h2>\n");
    HtmlPage.table(out, network.table(), 0);
    HtmlPage.notes(out, network.notes());
    HtmlPage.end(out);
  }

  static void svg(CollocationNetwork network, Writer out) throws IOException {
    NetworkLayout layout = new NetworkLayout(network);
    String size = number(layout.size());
    out.write("<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size
        + " " + size + "\" width=\"" + size + "\" height=\"" + size + "\" role=\"img\" aria-label=\""
        + escape("collocation network of " + network.root()) + "\">\n<g class=\"edges\">\n");
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (CollocationNetwork.Edge e : network.edges()) {
      double s = network.score(e);
      if (Double.isFinite(s)) {
        min = Math.min(min, s);
        max = Math.max(max, s);
      }
    }
    for (CollocationNetwork.Edge e : network.edges()) {
      NetworkLayout.Point a = layout.point(e.source());
      NetworkLayout.Point b = layout.point(e.target());
      double s = network.score(e);
      double width = !Double.isFinite(s) || max == min ? 1.5 : 1 + 3 * (s - min) / (max - min);
      Collocation c = e.collocation();
      out.write("<line x1=\"" + number(a.x()) + "\" y1=\"" + number(a.y()) + "\" x2=\""
          + number(b.x()) + "\" y2=\"" + number(b.y()) + "\" stroke-width=\"" + number(width)
          + "\"><title>" + escape(e.source() + " → " + e.target() + ": " + network.measure() + " "
          + decimal(s) + ", observed " + c.observed() + ", expected " + decimal(c.expected()))
          + "</title></line>\n");
    }
    out.write("</g>\n<g class=\"nodes\">\n");
    for (CollocationNetwork.Node n : network.nodes()) {
      NetworkLayout.Point p = layout.point(n.word());
      int radius = n.level() == 0 ? 30 : 22;
      out.write("<g class=\"level-" + Math.min(n.level(), 3) + "\"><title>"
          + escape(n.word() + ": level " + n.level() + ", frequency " + n.frequency())
          + "</title><circle cx=\"" + number(p.x()) + "\" cy=\"" + number(p.y()) + "\" r=\""
          + radius + "\"/><text x=\"" + number(p.x()) + "\" y=\"" + number(p.y()) + "\">"
          + escape(n.word()) + "</text></g>\n");
    }
    out.write("</g>\n</svg>\n");
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
