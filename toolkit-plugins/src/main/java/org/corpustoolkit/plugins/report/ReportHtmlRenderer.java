package org.corpustoolkit.plugins.report;

import static org.corpustoolkit.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.corpustoolkit.plugins.keyness.KeywordList;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.HtmlPage;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;
import org.corpustoolkit.report.RunInfo;
import org.corpustoolkit.report.Table;

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts and one small inline script
 * (sorting tables by a click on a header, and recording each chart's drawn size in a
 * {@code data-drawn} attribute, which the browser test reads). No external resource; every piece of
 * corpus text goes through {@link HtmlPage#escape}, including chart labels and attribute values.
 */
public final class ReportHtmlRenderer implements ResultRenderer<CorpusReport> {
  static final String CSS = """
      svg.chart{max-width:100%;height:auto;font-size:12px;display:block;margin:1rem 0}
      svg.chart text{fill:#222}
      table.sortable th{cursor:pointer;user-select:none}
      table.sortable th[aria-sort=ascending]::after{content:" \\25B2"}
      table.sortable th[aria-sort=descending]::after{content:" \\25BC"}
      pre.cmd{background:#f4f4f4;padding:.5rem;white-space:pre-wrap;word-break:break-all}
      """;
  static final String SCRIPT = """
      (function () {
        var tables = document.querySelectorAll('table.sortable');
        Array.prototype.forEach.call(tables, function (table) {
          var heads = table.querySelectorAll('th');
          Array.prototype.forEach.call(heads, function (th, column) {
            th.addEventListener('click', function () {
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              var numeric = th.getAttribute('data-type') === 'num';
              var dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
              rows.sort(function (a, b) {
                var x = a.cells[column].getAttribute('data-v');
                var y = b.cells[column].getAttribute('data-v');
                if (numeric) {
                  x = parseFloat(x); y = parseFloat(y);
                  if (isNaN(x)) { x = -Infinity; }
                  if (isNaN(y)) { y = -Infinity; }
                  return x === y ? 0 : (x < y ? -dir : dir);
                }
                return dir * x.localeCompare(y);
              });
              Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', dir < 0 ? 'descending' : 'ascending');
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
        });
        var charts = document.querySelectorAll('svg.chart');
        Array.prototype.forEach.call(charts, function (svg) {
          var box = svg.getBBox();
          svg.setAttribute('data-drawn', Math.round(box.width) + 'x' + Math.round(box.height));
        });
        document.body.setAttribute('data-charts-checked', String(charts.length));
      })();
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Class<CorpusReport> resultType() {
    return CorpusReport.class;
  }

  @Override
  public void render(CorpusReport report, RenderRequest request, Writer out) throws IOException {
    RunInfo run = request.run();
    HtmlPage.begin(out, "Corpus report: " + run.corpus(), CSS);
    out.write("<p class=\"meta\">ctk " + escape(run.ctkVersion()) + " · generated "
        + escape(report.generated().toString()) + " · corpus: " + escape(run.corpus()) + " ("
        + run.stats().documents() + " documents, " + run.stats().wordTokens()
        + " word tokens)</p>\n");
    if (!run.commandLine().isEmpty()) {
      out.write("<p class=\"meta\">Reproduce with:</p>\n<pre class=\"cmd\"><code>"
          + escape(run.commandLine()) + "</code></pre>\n");
    }
    out.write("<h2 id=\"summary\">Summary</h2>\n");
    HtmlPage.summary(out, report.summary());

    out.write("<h2 id=\"zipf\">Rank and frequency (Zipf plot)</h2>\n");
    out.write(Charts.zipf(report.frequencies()));

    out.write("<h2 id=\"top-words\">Most frequent words</h2>\n");
    out.write(Charts.bars("top-words-chart", "Frequency of the "
        + Math.min(report.options().chartWords(), report.words().entries().size())
        + " most frequent words", ReportSections.topWords(report), "%.0f"));

    out.write("<h2 id=\"frequency\">Frequency and dispersion of the top "
        + report.words().entries().size() + " words</h2>\n");
    out.write("<p class=\"note\">Click a column heading to sort. Dispersion over "
        + escape(report.words().partsDescription()) + ".</p>\n");
    table(out, report.words().table());

    if (report.ngrams().isPresent()) {
      out.write("<h2 id=\"ngrams\">Top " + report.ngrams().get().ngram() + "-grams</h2>\n");
      table(out, report.ngrams().get().table());
    }
    if (report.keywords().isPresent()) {
      KeywordList k = report.keywords().get();
      out.write("<h2 id=\"keywords\">Keywords against " + escape(k.reference().description())
          + "</h2>\n");
      out.write(Charts.diverging("keyness-chart", "Log Ratio of the strongest positive and "
          + "negative keywords", ReportSections.keyness(k, report.options().chartWords())));
      table(out, k.table());
    }
    out.write("<h2 id=\"notes\">Notes</h2>\n");
    HtmlPage.notes(out, report.notes());
    out.write("<script>\n" + SCRIPT + "</script>\n");
    HtmlPage.end(out);
  }

  private static void table(Writer out, Table table) throws IOException {
    out.write("<table class=\"sortable\">\n<thead><tr>");
    for (Column c : table.columns()) {
      out.write("<th data-type=\"" + (ReportSections.numeric(c) ? "num" : "text") + "\" title=\""
          + escape(c.description()) + "\">" + escape(c.name()) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (Object[] row : table.rows()) {
      out.write("<tr>");
      for (int i = 0; i < row.length; i++) {
        Column c = table.columns().get(i);
        String raw = row[i] == null ? "" : row[i] instanceof Double d
            ? (d.isNaN() ? "NaN" : String.format(Locale.ROOT, "%.17g", d)) : row[i].toString();
        out.write((ReportSections.numeric(c) ? "<td class=\"num\" data-v=\"" : "<td data-v=\"")
            + escape(raw) + "\">" + escape(ReportSections.human(c, row[i])) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  /** The chart ids a complete report with keywords contains, for tests. */
  static List<String> chartIds(boolean keywords) {
    return keywords ? List.of("zipf-chart", "top-words-chart", "keyness-chart")
        : List.of("zipf-chart", "top-words-chart");
  }
}
