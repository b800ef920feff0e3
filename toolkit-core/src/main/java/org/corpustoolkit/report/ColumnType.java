package org.corpustoolkit.report;

/**
 * The type of a table column; renderers align and format cells by it.
 *
 * @since 0.1 (stable)
 */
public enum ColumnType {
  /** Text: words, n-grams, document ids. Guarded against spreadsheet formula injection in CSV/TSV. */
  TEXT,
  /** Whole numbers (Java {@code int} or {@code long}). */
  INTEGER,
  /** Real numbers ({@code double}); NaN and infinities are rendered as such (null in JSON). */
  DECIMAL
}
