package org.corpustoolkit.report;

import java.io.IOException;
import java.util.List;

/**
 * How one output format writes table rows: a {@link RowSink} that formats each cell as it arrives into
 * an {@link OutputBuffer}. Subclasses say how a text, whole-number, real-number or empty cell is written,
 * and what goes before and after a row; this class walks the rows and dispatches the cells of
 * {@code Object[]} rows by their type, so both kinds of table are written by the same code.
 */
abstract class RowWriter implements RowSink {
  final OutputBuffer out;
  final List<Column> columns;
  /** Per column: true if the column is {@link ColumnType#TEXT}. */
  final boolean[] textColumn;
  /** Index of the next cell of the current row. */
  int column;
  /**
   * Per column: the last whole {@code String} written, and the characters and display width it became,
   * copied again when the same instance comes again (the document id or the kind on every row of a
   * token listing) instead of being copied, scanned and escaped again.
   */
  private final String[] repeated;
  private final char[][] repeatedChars;
  private final int[] repeatedLength;
  private final int[] repeatedWidth;

  RowWriter(OutputBuffer out, List<Column> columns) {
    this.out = out;
    this.columns = columns;
    this.repeated = new String[columns.size()];
    this.repeatedChars = new char[columns.size()][];
    this.repeatedLength = new int[columns.size()];
    this.repeatedWidth = new int[columns.size()];
    this.textColumn = new boolean[columns.size()];
    for (int i = 0; i < textColumn.length; i++) {
      textColumn[i] = columns.get(i).type() == ColumnType.TEXT;
    }
  }

  /**
   * Writes every row of {@code cursor}, at most {@code maxRows} (0: all), and hands the buffer on. If
   * the cursor fails, the rows before are handed on and the failure thrown.
   */
  final void writeRows(RowCursor cursor, long maxRows) throws IOException {
    long written = 0;
    try {
      while (maxRows <= 0 || written < maxRows) {
        rowStart = out.length();
        column = 0;
        beginRow();
        if (!cursor.next(this)) {
          out.truncate(rowStart);
          break;
        }
        endRow();
        written++;
        out.endRow();
      }
    } catch (RuntimeException e) {
      out.truncate(rowStart);
      out.flush();
      throw e;
    }
    out.flush();
  }

  /** Where the current row began in the buffer. */
  int rowStart;

  /**
   * If {@code value.substring(start, end)} is the whole of the last {@code String} remembered for this
   * column, appends what it became and returns true.
   */
  final boolean repeat(String value, int start, int end) {
    if (value == repeated[column] && start == 0 && end == value.length()) {
      out.append(repeatedChars[column], repeatedLength[column]);
      return true;
    }
    return false;
  }

  /** The display width remembered with the last repeated cell of this column. */
  final int repeatedWidth() {
    return repeatedWidth[column];
  }

  /**
   * Remembers for this column that {@code value.substring(start, end)}, if the whole of {@code value}
   * and short, became the characters of the buffer from {@code from} on, {@code width} columns wide.
   */
  final void remember(String value, int start, int end, int from, int width) {
    int n = out.length() - from;
    if (start != 0 || end != value.length() || n > 256) {
      return;
    }
    char[] chars = repeatedChars[column];
    if (chars == null || chars.length < n) {
      chars = new char[Math.max(n, 32)];
      repeatedChars[column] = chars;
    }
    System.arraycopy(out.array(), from, chars, 0, n);
    repeated[column] = value;
    repeatedLength[column] = n;
    repeatedWidth[column] = width;
  }

  /** Writes what comes before the first cell of a row. */
  void beginRow() {}

  /** Writes what comes after the last cell of a row. */
  abstract void endRow();

  /** An empty cell (null). */
  abstract void empty();

  /** A cell of another type than String, whole number or real number; {@code value} is not null. */
  abstract void other(Object value);

  @Override
  public void text(String value) {
    if (value == null) {
      empty();
    } else {
      text(value, 0, value.length());
    }
  }

  @Override
  public final void value(Object value) {
    if (value == null) {
      empty();
    } else if (value instanceof String s) {
      text(s, 0, s.length());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      integer(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      decimal(((Number) value).doubleValue());
    } else {
      other(value);
    }
  }
}
