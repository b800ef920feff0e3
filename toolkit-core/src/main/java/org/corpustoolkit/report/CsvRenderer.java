package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks quoted, quotes doubled) or
 * TSV (tab separated; tabs and line breaks inside a cell become spaces). The first row holds the
 * snake_case column names. Text cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) are prefixed with an apostrophe, as OWASP recommends.
 */
final class CsvRenderer implements Renderer {
  private final char separator;
  private final String format;

  private CsvRenderer(char separator, String format) {
    this.separator = separator;
    this.format = format;
  }

  static CsvRenderer csv() {
    return new CsvRenderer(',', "csv");
  }

  static CsvRenderer tsv() {
    return new CsvRenderer('\t', "tsv");
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public void render(RenderRequest request, Writer out) throws IOException {
    Table table = request.result().table();
    List<Column> columns = table.columns();
    OutputBuffer buffer = new OutputBuffer(out);
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        buffer.append(separator);
      }
      buffer.append(columns.get(i).name());
    }
    buffer.append('\n');
    List<Object[]> rows = ParallelRows.worthIt(table, 0);
    if (rows != null) {
      buffer.flush();
      ParallelRows.write(rows, 0, b -> new Rows(b, columns, separator), out,
          ParallelRows.threads());
      return;
    }
    new Rows(buffer, columns, separator).writeRows(table.cursor(), 0);
  }

  /** Prefixes an apostrophe to a cell that spreadsheets would evaluate as a formula. */
  static String guardFormula(String s) {
    if (!s.isEmpty() && formulaStart(s.charAt(0))) {
      return "'" + s;
    }
    return s;
  }

  private static boolean formulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Cells as {@link Cells#machine}, guarded, then made safe for the separator. */
  private static final class Rows extends RowWriter {
    private final char separator;
    private final boolean tsv;

    Rows(OutputBuffer out, List<Column> columns, char separator) {
      super(out, columns);
      this.separator = separator;
      this.tsv = separator == '\t';
    }

    @Override
    void endRow() {
      out.append('\n');
    }

    @Override
    void empty() {
      if (column++ > 0) {
        out.append(separator);
      }
    }

    @Override
    public void integer(long value) {
      if (column > 0) {
        out.append(separator);
      }
      if (value < 0 && textColumn[column]) {
        out.append('\'');
      }
      out.append(value);
      column++;
    }

    @Override
    public void decimal(double value) {
      text(Cells.decimal(value));
    }

    @Override
    void other(Object value) {
      text(value.toString());
    }

    @Override
    public void text(String value, int start, int end) {
      if (column > 0) {
        out.append(separator);
      }
      if (!repeat(value, start, end)) {
        int from = out.length();
        cell(value, start, end);
        remember(value, start, end, from, 0);
      }
      column++;
    }

    private void cell(String value, int start, int end) {
      int from = out.length();
      boolean guard = textColumn[column] && start < end && formulaStart(value.charAt(start));
      if (guard) {
        out.append('\'');
      }
      out.append(value, start, end);
      char[] chars = out.array();
      int to = out.length();
      if (tsv) {
        for (int k = from; k < to; k++) {
          char c = chars[k];
          if (c <= '\r' && (c == '\t' || c == '\n' || c == '\r')) {
            chars[k] = ' ';
          }
        }
        return;
      }
      for (int k = from; k < to; k++) {
        char c = chars[k];
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
          out.truncate(from);
          quoted(value, start, end, guard);
          return;
        }
      }
    }

    /** RFC 4180: the cell in quotes, quotes doubled. */
    private void quoted(String value, int start, int end, boolean guard) {
      out.append('"');
      if (guard) {
        out.append('\'');
      }
      for (int k = start; k < end; k++) {
        char c = value.charAt(k);
        if (c == '"') {
          out.append('"');
        }
        out.append(c);
      }
      out.append('"');
    }
  }
}
