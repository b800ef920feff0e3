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

  RowWriter(OutputBuffer out, List<Column> columns) {
    this.out = out;
    this.columns = columns;
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
