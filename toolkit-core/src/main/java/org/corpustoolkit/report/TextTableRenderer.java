package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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
    RowCursor rows = table.cursor();
    List<String[]> head = new ArrayList<>();
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = DisplayWidth.of(columns.get(i).name());
    }
    HumanCells collector = new HumanCells(columns);
    String[] cells;
    while (head.size() < ALIGN_ROWS && (cells = collector.next(rows)) != null) {
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
    Lines lines = new Lines(new OutputBuffer(out), columns, right, widths);
    lines.line(names);
    for (String[] row : head) {
      lines.line(row);
    }
    // the rows after the first (those of a list read from the start by the cursor) on every core
    List<Object[]> all = ParallelRows.worthIt(table, head.size());
    if (all != null) {
      lines.out.flush();
      ParallelRows.write(all, head.size(), b -> new Lines(b, columns, right, widths), out,
          ParallelRows.threads());
    } else {
      lines.writeRows(rows, 0);
    }
    if (request.footer()) {
      footer(request, out);
    }
  }

  /** A cell as the table shows it: {@link Cells#human}, line breaks and tabs as spaces. */
  private static String shown(String cell) {
    if (cell.indexOf('\n') >= 0 || cell.indexOf('\t') >= 0) {
      return cell.replace('\n', ' ').replace('\t', ' ');
    }
    return cell;
  }

  /** The cells of the rows the columns are aligned on, as shown. */
  private static final class HumanCells implements RowSink {
    private final List<Column> columns;
    private final List<String> cells = new ArrayList<>();

    HumanCells(List<Column> columns) {
      this.columns = columns;
    }

    /** The next row of {@code rows}, or null. */
    String[] next(RowCursor rows) {
      cells.clear();
      return rows.next(this) ? cells.toArray(new String[0]) : null;
    }

    @Override
    public void text(String value) {
      cells.add(value == null ? "" : shown(value));
    }

    @Override
    public void text(String value, int start, int end) {
      cells.add(shown(value.substring(start, end)));
    }

    @Override
    public void integer(long value) {
      cells.add(Long.toString(value));
    }

    @Override
    public void decimal(double value) {
      cells.add(Cells.human(columns.get(cells.size()), value));
    }

    @Override
    public void value(Object value) {
      cells.add(shown(Cells.human(columns.get(cells.size()), value)));
    }
  }

  /**
   * Rows as lines, each cell padded to its column's width (numbers on the left, text on the right; the
   * last column, if text, not padded), without trailing spaces.
   */
  private static final class Lines extends RowWriter {
    private final boolean[] right;
    private final int[] widths;

    Lines(OutputBuffer out, List<Column> columns, boolean[] right, int[] widths) {
      super(out, columns);
      this.right = right;
      this.widths = widths;
    }

    /** Writes a line of cells already shown. */
    void line(String[] cells) throws IOException {
      rowStart = out.length();
      column = 0;
      for (String cell : cells) {
        text(cell, 0, cell.length());
      }
      endRow();
      out.endRow();
    }

    @Override
    void endRow() {
      int end = out.length();
      while (end > rowStart && Character.isWhitespace(out.charAt(end - 1))) {
        end--;
      }
      out.truncate(end);
      out.append('\n');
    }

    private boolean gapAndLast() {
      if (column > 0) {
        out.append(GAP);
      }
      return column == widths.length - 1;
    }

    @Override
    public void text(String value, int start, int end) {
      boolean last = gapAndLast();
      if (right[column]) {
        String cell = shown(value.substring(start, end));
        out.spaces(widths[column] - DisplayWidth.of(cell));
        out.append(cell);
        column++;
        return;
      }
      int width;
      if (repeat(value, start, end)) {
        width = repeatedWidth();
      } else {
        int from = out.length();
        width = cell(value, start, end);
        remember(value, start, end, from, width);
      }
      if (!last) {
        out.spaces(widths[column] - width);
      }
      column++;
    }

    /** Appends a left-aligned cell as shown and returns its display width. */
    private int cell(String value, int start, int end) {
      int from = out.length();
      out.append(value, start, end);
      int to = out.length();
      char[] chars = out.array();
      for (int k = from; k < to; k++) {
        char c = chars[k];
        if (c < 0x20 || c >= 0x7F) {
          for (int j = k; j < to; j++) {
            if (chars[j] == '\n' || chars[j] == '\t') {
              chars[j] = ' ';
            }
          }
          return DisplayWidth.of(new String(chars, from, to - from));
        }
      }
      return to - from;
    }

    @Override
    public void integer(long value) {
      boolean last = gapAndLast();
      int pad = widths[column] - OutputBuffer.width(value);
      if (right[column]) {
        out.spaces(pad);
        out.append(value);
      } else {
        out.append(value);
        if (!last) {
          out.spaces(pad);
        }
      }
      column++;
    }

    @Override
    public void decimal(double value) {
      text(Cells.human(columns.get(column), value));
    }

    @Override
    void empty() {
      text("", 0, 0);
    }

    @Override
    void other(Object value) {
      text(value.toString());
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
