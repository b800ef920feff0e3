package org.corpustoolkit.plugins.kwic;

import static org.corpustoolkit.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The concordance plot as HTML: a table with one inline SVG bar per document. */
final class PlotHtml {
  static final String CSS = """
      table.kwic td.left{text-align:right;white-space:nowrap;color:#444}
      table.kwic td.node{text-align:center;white-space:nowrap}
      table.kwic td.right{white-space:nowrap;color:#444}
      table.kwic mark{background:#ffe08a;font-weight:600;padding:0 .15rem}
      svg.plot{display:block}
      """;

  private PlotHtml() {}

  static void write(Writer out, List<DocumentPlot> plots) throws IOException {
    out.write("<h2>Concordance plot</h2>\n");
    if (plots.isEmpty()) {
      out.write("<p class=\"note\">No document has a hit.</p>\n");
      return;
    }
    out.write("<table class=\"plot\">\n<thead><tr><th>doc</th><th>word_tokens</th><th>hits</th>"
        + "<th>per_thousand_words</th><th>plot (start to end of the document)</th></tr></thead>\n"
        + "<tbody>\n");
    for (DocumentPlot d : plots) {
      out.write("<tr><td>" + escape(d.doc()) + "</td><td class=\"num\">" + d.wordTokens()
          + "</td><td class=\"num\">" + d.hits() + "</td><td class=\"num\">"
          + String.format(Locale.ROOT, "%.2f", d.perThousandWords()) + "</td><td>");
      out.write("<svg class=\"plot\" width=\"500\" height=\"18\" viewBox=\"0 0 " + DocumentPlot.BINS
          + " 18\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" + d.hits()
          + " hits\"><rect x=\"0\" y=\"0\" width=\"" + DocumentPlot.BINS
          + "\" height=\"18\" fill=\"#f4f4f4\" stroke=\"#999\" vector-effect=\"non-scaling-stroke\"/>");
      var bins = d.positions();
      for (int b = bins.nextSetBit(0); b >= 0; b = bins.nextSetBit(b + 1)) {
        out.write("<line x1=\"" + b + ".5\" x2=\"" + b + ".5\" y1=\"1\" y2=\"17\" stroke=\"#c0392b\" "
            + "stroke-width=\"1.5\" vector-effect=\"non-scaling-stroke\"/>");
      }
      out.write("</svg></td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }
}
