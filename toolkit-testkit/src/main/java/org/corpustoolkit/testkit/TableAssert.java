package org.corpustoolkit.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;

/**
 * AssertJ assertions on a {@link Table}: its column names, row count, cells by row and column name,
 * and whole columns. Whole numbers compare by value whatever their boxed type ({@code 2} matches a
 * {@code Long} cell).
 *
 * @since 0.2
 */
public final class TableAssert extends AbstractAssert<TableAssert, Table> {
  private final List<Object[]> rows;

  TableAssert(Table actual) {
    super(actual, TableAssert.class);
    isNotNull();
    this.rows = actual.materialize();
  }

  /** The column names are exactly {@code names}, in this order. */
  public TableAssert hasColumns(String... names) {
    List<String> actualNames = actual.columns().stream().map(Column::name).toList();
    if (!actualNames.equals(List.of(names))) {
      failWithMessage("Expected columns %s but were %s", List.of(names), actualNames);
    }
    return this;
  }

  /** The table has {@code n} rows. */
  public TableAssert hasRowCount(int n) {
    if (rows.size() != n) {
      failWithMessage("Expected %s rows but there were %s:%n%s", n, rows.size(), preview());
    }
    return this;
  }

  /** The table has no rows. */
  public TableAssert isEmpty() {
    return hasRowCount(0);
  }

  /** Assertions on row {@code index} (0-based). */
  public RowAssert row(int index) {
    if (index < 0 || index >= rows.size()) {
      failWithMessage("Expected a row %s but the table has %s rows", index, rows.size());
    }
    return new RowAssert(this, index, rows.get(index));
  }

  /** The cells of column {@code name}, top to bottom, as an AssertJ list. */
  public ListAssert<Object> column(String name) {
    int c = index(name);
    List<Object> cells = new ArrayList<>();
    for (Object[] row : rows) {
      cells.add(normalise(row[c]));
    }
    return Assertions.assertThat(cells).as("column %s", name);
  }

  /** Some row has exactly these cells (whole numbers compared by value). */
  public TableAssert containsRow(Object... cells) {
    for (Object[] row : rows) {
      if (sameCells(row, cells)) {
        return this;
      }
    }
    failWithMessage("Expected a row %s in:%n%s", Arrays.toString(cells), preview());
    return this;
  }

  /** Same columns and the same rows in the same order as {@code other} (for threads=1 vs N). */
  public TableAssert hasSameRowsAs(Table other) {
    List<Object[]> theirs = other.materialize();
    if (!actual.columns().equals(other.columns())) {
      failWithMessage("Expected columns %s but were %s", other.columns(), actual.columns());
    }
    if (theirs.size() != rows.size()) {
      failWithMessage("Expected %s rows but there were %s", theirs.size(), rows.size());
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!sameCells(rows.get(i), theirs.get(i))) {
        failWithMessage("Row %s differs: expected %s but was %s", i,
            Arrays.toString(theirs.get(i)), Arrays.toString(rows.get(i)));
      }
    }
    return this;
  }

  int index(String name) {
    int c = actual.columnIndex(name);
    if (c < 0) {
      failWithMessage("No column '%s'; columns are %s", name,
          actual.columns().stream().map(Column::name).toList());
    }
    return c;
  }

  static Object normalise(Object cell) {
    if (cell instanceof Integer || cell instanceof Long || cell instanceof Short
        || cell instanceof Byte) {
      return ((Number) cell).longValue();
    }
    return cell;
  }

  static boolean sameCell(Object actualCell, Object expected) {
    return java.util.Objects.equals(normalise(actualCell), normalise(expected));
  }

  private static boolean sameCells(Object[] a, Object[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!sameCell(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  String preview() {
    StringBuilder s = new StringBuilder();
    s.append(actual.columns().stream().map(Column::name).toList()).append('\n');
    for (int i = 0; i < Math.min(rows.size(), 20); i++) {
      s.append(i).append(": ").append(Arrays.toString(rows.get(i))).append('\n');
    }
    if (rows.size() > 20) {
      s.append("... ").append(rows.size() - 20).append(" more rows\n");
    }
    return s.toString();
  }
}
