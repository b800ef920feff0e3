package org.corpustoolkit.plugins.register;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.corpustoolkit.report.HtmlPage;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;
import org.corpustoolkit.report.Table;

/**
 * {@code --format html} for {@code ctk register}: the usual page (provenance, summary, table, notes),
 * and with {@code --compare} a heat map of the z-scores above the table as inline SVG: one row per
 * document, one column per feature, blue below the baseline mean, red above, white at the mean, colour
 * saturated at |z| = 3; empty cells grey. Every piece of corpus text (document ids) is escaped.
 */
public final class RegisterHtmlRenderer implements ResultRenderer<RegisterReport> {
  static final int CELL = 22;
  static final int LABEL_WIDTH = 220;
  static final int HEADER_HEIGHT = 130;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Class<RegisterReport> resultType() {
    return RegisterReport.class;
  }

  @Override
  public void render(RegisterReport result, RenderRequest request, Writer out) throws IOException {
    Table table = result.table();
    HtmlPage.begin(out, "ctk " + request.run().analyser() + ": " + table.title(),
        "svg.heatmap text{font-size:11px;font-family:system-ui,sans-serif}\n");
    HtmlPage.provenance(out, request.run());
    HtmlPage.summary(out, result.summary());
    if (result.compare()) {
      heatMap(result, out);
    }
    HtmlPage.table(out, table, 0);
    HtmlPage.notes(out, result.notes());
    HtmlPage.end(out);
  }

  static void heatMap(RegisterReport result, Writer out) throws IOException {
    List<RegisterFeature> features = result.features();
    List<RegisterRow> rows = result.documents();
    int width = LABEL_WIDTH + features.size() * CELL + 10;
    int height = HEADER_HEIGHT + rows.size() * CELL + 40;
    out.write("<h2>Heat map of z-scores</h2>\n");
    out.write("<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
        + "\" height=\"" + height + "\" role=\"img\" aria-label=\"z-scores of register features per "
        + "document\">\n");
    for (int j = 0; j < features.size(); j++) {
      int x = LABEL_WIDTH + j * CELL + CELL / 2;
      out.write("<text transform=\"translate(" + x + "," + (HEADER_HEIGHT - 6) + ") rotate(-60)\">"
          + HtmlPage.escape(features.get(j).name()) + "</text>\n");
    }
    for (int i = 0; i < rows.size(); i++) {
      RegisterRow row = rows.get(i);
      int y = HEADER_HEIGHT + i * CELL;
      String doc = row.doc();
      String label = doc.length() > 32 ? "…" + doc.substring(doc.length() - 31) : doc;
      out.write("<text x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + (y + CELL - 7)
          + "\" text-anchor=\"end\">" + HtmlPage.escape(label) + "<title>" + HtmlPage.escape(doc)
          + "</title></text>\n");
      for (int j = 0; j < features.size(); j++) {
        Double z = row.value(features.get(j).name());
        int x = LABEL_WIDTH + j * CELL;
        out.write("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + (CELL - 1) + "\" height=\""
            + (CELL - 1) + "\" fill=\"" + colour(z) + "\"><title>" + HtmlPage.escape(doc) + " · "
            + HtmlPage.escape(features.get(j).name()) + ": z = "
            + (z == null ? "n/a" : String.format(Locale.ROOT, "%.2f", z)) + "</title></rect>\n");
      }
    }
    int legendY = HEADER_HEIGHT + rows.size() * CELL + 20;
    out.write("<text x=\"" + LABEL_WIDTH + "\" y=\"" + legendY + "\">blue: below the mean · white: at "
        + "the mean · red: above (saturated at |z| = 3) · grey: not available</text>\n");
    out.write("</svg>\n");
  }

  /** Diverging blue–white–red colour for a z-score, grey for null. */
  static String colour(Double z) {
    if (z == null) {
      return "#dddddd";
    }
    double t = Math.max(-1, Math.min(1, z / 3));
    int fade = (int) Math.round(255 * (1 - Math.abs(t)));
    return t >= 0 ? String.format(Locale.ROOT, "#ff%02x%02x", fade, fade)
        : String.format(Locale.ROOT, "#%02x%02xff", fade, fade);
  }
}
