package org.corpustoolkit.testkit;

import java.util.Arrays;

/**
 * Assertions on one row of a table, by column name; chain {@link #row(int)} to move to another row.
 *
 * @since 0.2
 */
public final class RowAssert {
  private final TableAssert table;
  private final int index;
  private final Object[] cells;

  RowAssert(TableAssert table, int index, Object[] cells) {
    this.table = table;
    this.index = index;
    this.cells = cells;
  }

  /** The cell of {@code column} equals {@code expected} (whole numbers compared by value). */
  public RowAssert hasValue(String column, Object expected) {
    Object actual = cells[table.index(column)];
    if (!TableAssert.sameCell(actual, expected)) {
      throw new AssertionError("Row " + index + ", column " + column + ": expected <" + expected
          + "> but was <" + actual + ">; row: " + Arrays.toString(cells));
    }
    return this;
  }

  /** The decimal cell of {@code column} is within {@code tolerance} of {@code expected}. */
  public RowAssert hasValue(String column, double expected, double tolerance) {
    Object actual = cells[table.index(column)];
    if (!(actual instanceof Number n) || Math.abs(n.doubleValue() - expected) > tolerance) {
      throw new AssertionError("Row " + index + ", column " + column + ": expected " + expected
          + " ± " + tolerance + " but was <" + actual + ">; row: " + Arrays.toString(cells));
    }
    return this;
  }

  /** Assertions on another row of the same table. */
  public RowAssert row(int other) {
    return table.row(other);
  }

  /** Back to the table assertions. */
  public TableAssert table() {
    return table;
  }
}
