package org.corpustoolkit.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Building blocks for self-contained HTML pages (inline CSS, no external resource, every piece of corpus
 * text escaped). Public so that result-specific renderers of plugins produce pages that look alike.
 *
 * @since 0.1 (stable)
 */
public final class HtmlPage {
  /** The shared inline style sheet. */
  public static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;\
      max-width:70rem;padding:0 1rem;color:#222;line-height:1.4}
      h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
      table{border-collapse:collapse;font-size:.9rem;margin:1rem 0}
      th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
      th{background:#f4f4f4;position:sticky;top:0}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      .meta{color:#666;font-size:.85rem}.note{color:#444;font-size:.85rem}
      dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
      dl.summary dt{font-weight:600}dl.summary dd{margin:0}
      """;

  private HtmlPage() {}

  /** Escapes untrusted text for HTML element content and attribute values. */
  public static String escape(String s) {
    return escapeHtml4(s).replace("'", "&#39;");
  }

  /** Writes the start of a page up to and including the opening of {@code <body>} and the heading. */
  public static void begin(Writer out, String title, String extraCss) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + escape(title) + "</title>\n<style>\n" + CSS + extraCss + "</style>\n");
    out.write("</head>\n<body>\n<h1>" + escape(title) + "</h1>\n");
  }

  /** Writes the provenance line. */
  public static void provenance(Writer out, RunInfo run) throws IOException {
    out.write("<p class=\"meta\">ctk " + escape(run.ctkVersion()) + " · <code>"
        + escape(run.analyser()) + "</code> · corpus: " + escape(run.corpus()) + " ("
        + run.stats().documents()
        + (run.stats().documents() == 1 ? " document, " : " documents, ") + run.stats().wordTokens()
        + " word tokens)" + (run.options().isEmpty() ? "" : " · options: "
        + escape(run.options().toString())) + "</p>\n");
  }

  /** Writes a summary as a definition list. */
  public static void summary(Writer out, Map<String, Object> summary) throws IOException {
    if (summary.isEmpty()) {
      return;
    }
    out.write("<dl class=\"summary\">\n");
    for (Map.Entry<String, Object> e : summary.entrySet()) {
      String value = e.getValue() instanceof Double d ? Cells.human(Column.decimal("x", 4, ""), d)
          : String.valueOf(e.getValue());
      out.write("<dt>" + escape(e.getKey()) + "</dt><dd>" + escape(value) + "</dd>\n");
    }
    out.write("</dl>\n");
  }

  /** Writes a table; at most {@code maxRows} rows (0: all). */
  public static void table(Writer out, Table table, int maxRows) throws IOException {
    out.write("<table>\n<thead><tr>");
    for (Column c : table.columns()) {
      out.write("<th title=\"" + escape(c.description()) + "\">" + escape(c.name()) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    new Rows(new OutputBuffer(out), table.columns()).writeRows(table.cursor(), maxRows);
    out.write("</tbody>\n</table>\n");
  }

  /** Writes notes as paragraphs. */
  public static void notes(Writer out, List<String> notes) throws IOException {
    for (String note : notes) {
      out.write("<p class=\"note\">" + escape(note) + "</p>\n");
    }
  }

  /** Closes the page. */
  public static void end(Writer out) throws IOException {
    out.write("</body>\n</html>\n");
  }

  /** Each row a {@code <tr>}, cells as {@link Cells#human}, escaped. */
  private static final class Rows extends RowWriter {
    private final String[] open;

    Rows(OutputBuffer out, List<Column> columns) {
      super(out, columns);
      open = new String[columns.size()];
      for (int i = 0; i < open.length; i++) {
        open[i] = Cells.numeric(columns.get(i)) ? "<td class=\"num\">" : "<td>";
      }
    }

    @Override
    void beginRow() {
      out.append("<tr>");
    }

    @Override
    void endRow() {
      out.append("</tr>\n");
    }

    @Override
    void empty() {
      out.append(open[column++]);
      out.append("</td>");
    }

    @Override
    public void text(String value, int start, int end) {
      out.append(open[column]);
      if (!repeat(value, start, end)) {
        int from = out.length();
        cell(value, start, end);
        remember(value, start, end, from, 0);
      }
      out.append("</td>");
      column++;
    }

    /** The cell escaped: as it is if plain ASCII without {@code " & ' < >}, else by {@link #escape}. */
    private void cell(String value, int start, int end) {
      int from = out.length();
      out.append(value, start, end);
      char[] chars = out.array();
      for (int k = from, to = out.length(); k < to; k++) {
        char c = chars[k];
        if (c >= 0x7F || c == '"' || c == '&' || c == '\'' || c == '<' || c == '>') {
          out.truncate(from);
          out.append(escape(value.substring(start, end)));
          return;
        }
      }
    }

    @Override
    public void integer(long value) {
      out.append(open[column++]);
      out.append(value);
      out.append("</td>");
    }

    @Override
    public void decimal(double value) {
      text(Cells.human(columns.get(column), value));
    }

    @Override
    void other(Object value) {
      text(value.toString());
    }
  }
}
