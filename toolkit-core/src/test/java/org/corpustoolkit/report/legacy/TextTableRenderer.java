package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An aligned table for the terminal: numbers right-aligned, text left-aligned, East Asian wide
 * characters counted as two columns, then a footer with the summary and notes. A streaming table is
 * aligned on its first 1,000 rows and then written as it comes, so memory stays flat.
 */
final class TextTableRenderer implements Renderer {
  private static final int ALIGN_ROWS = 1000;
  private static final String GAP = "  ";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void render(RenderRequest request, Writer out) throws IOException {
    Table table = request.result().table();
    List<Column> columns = table.columns();
    Iterator<Object[]> rows = table.rows().iterator();
    List<String[]> head = new ArrayList<>();
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = DisplayWidth.of(columns.get(i).name());
    }
    while (rows.hasNext() && head.size() < ALIGN_ROWS) {
      String[] cells = cells(columns, rows.next());
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(cells[i]));
      }
      head.add(cells);
    }
    String[] names = columns.stream().map(Column::name).toArray(String[]::new);
    boolean[] right = new boolean[columns.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = Cells.numeric(columns.get(i));
    }
    line(out, right, names, widths);
    for (String[] cells : head) {
      line(out, right, cells, widths);
    }
    while (rows.hasNext()) {
      line(out, right, cells(columns, rows.next()), widths);
    }
    if (request.footer()) {
      footer(request, out);
    }
  }

  private static String[] cells(List<Column> columns, Object[] row) {
    String[] cells = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      String cell = Cells.human(columns.get(i), row[i]);
      if (cell.indexOf('\n') >= 0 || cell.indexOf('\t') >= 0) {
        cell = cell.replace('\n', ' ').replace('\t', ' ');
      }
      cells[i] = cell;
    }
    return cells;
  }

  /**
   * One row, each cell padded to its column's width (numbers on the left, text on the right; the last
   * column, if text, not padded), without trailing spaces. A new buffer per line: a reused one would
   * stay UTF-16 after the first line with a character beyond Latin-1, and every later line would pay for
   * it.
   */
  private static void line(Writer out, boolean[] right, String[] cells, int[] widths)
      throws IOException {
    StringBuilder line = new StringBuilder(16 * cells.length);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String cell = cells[i];
      int padding = i == cells.length - 1 && !right[i] ? 0 : widths[i] - DisplayWidth.of(cell);
      if (right[i]) {
        spaces(line, padding);
        line.append(cell);
      } else {
        line.append(cell);
        spaces(line, padding);
      }
    }
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    line.setLength(end);
    line.append('\n');
    out.append(line);
  }

  private static void spaces(StringBuilder line, int count) {
    for (int k = 0; k < count; k++) {
      line.append(' ');
    }
  }

  private static void footer(RenderRequest request, Writer out) throws IOException {
    Map<String, Object> summary = request.result().summary();
    List<String> notes = request.result().notes();
    if (summary.isEmpty() && notes.isEmpty()) {
      return;
    }
    out.write('\n');
    if (!summary.isEmpty()) {
      List<String> parts = new ArrayList<>();
      summary.forEach((k, v) -> parts.add(k + " " + (v instanceof Double d
          ? Cells.human(Column.decimal("x", 4, ""), d) : String.valueOf(v))));
      out.write(String.join(" · ", parts));
      out.write('\n');
    }
    for (String note : notes) {
      out.write("note: " + note + "\n");
    }
  }
}
