package org.corpustoolkit.report;

/**
 * The rows of a streaming table, produced one at a time into a {@link RowSink}: the allocation-free
 * alternative to an {@code Iterator<Object[]>} for tables of millions of rows
 * ({@link Table#streamingTyped}). {@link Table#cursor()} gives any table's rows this way.
 *
 * <pre>{@code
 * Table table = Table.streamingTyped("tokens", columns, () -> new RowCursor() {
 *   int i;
 *
 *   public boolean next(RowSink row) {
 *     if (i == tokens.length) {
 *       return false;
 *     }
 *     row.text(tokens[i]);
 *     row.integer(++i);
 *     return true;
 *   }
 * });
 * }</pre>
 *
 * @since 0.5
 */
@FunctionalInterface
public interface RowCursor {

  /**
   * Writes the next row to {@code row}, one call per column in column order, and returns true; returns
   * false, writing nothing, when there is no row left.
   */
  boolean next(RowSink row);
}
