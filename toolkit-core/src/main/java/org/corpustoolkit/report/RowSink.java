package org.corpustoolkit.report;

/**
 * Receives the cells of one table row, one call per column, in column order: what a {@link RowCursor}
 * writes its rows to. Renderers implement it and format each cell as it arrives, so a row of numbers and
 * words costs no {@code Object[]}, no boxed number and no {@code String} per number.
 *
 * <p>Each call gives one cell with the meaning it has in an {@code Object[]} row of {@link Table#rows()}:
 * {@code text(s)} the cell {@code s}, {@code integer(n)} a {@code Long}, {@code decimal(d)} a
 * {@code Double}; {@code value(o)} any cell of such a row, null for an empty cell.
 *
 * @since 0.5
 */
public interface RowSink {

  /** A text cell; null for an empty cell. */
  void text(String value);

  /**
   * The text cell {@code value.substring(start, end)}, without making that {@code String} (a token
   * straight from its document's text).
   */
  void text(String value, int start, int end);

  /** A whole-number cell. */
  void integer(long value);

  /** A real-number cell. */
  void decimal(double value);

  /**
   * Any cell, as it would appear in an {@code Object[]} row: {@code String}, {@code Integer},
   * {@code Long}, {@code Double} (or another {@code Number}, formatted by its {@code toString}), or null
   * for an empty cell.
   */
  void value(Object value);
}
