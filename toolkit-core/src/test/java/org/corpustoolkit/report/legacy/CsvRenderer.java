package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

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
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.write(separator);
      }
      out.write(columns.get(i).name());
    }
    out.write('\n');
    for (Object[] row : table.rows()) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.write(separator);
        }
        out.write(cell(columns.get(i), row[i]));
      }
      out.write('\n');
    }
  }

  String cell(Column column, Object value) {
    String s = Cells.machine(value);
    if (column.type() == ColumnType.TEXT) {
      s = guardFormula(s);
    }
    if (separator == '\t') {
      return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** Prefixes an apostrophe to a cell that spreadsheets would evaluate as a formula. */
  static String guardFormula(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
