package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.report.Column;

/** The column definitions shared by the collocation tables. */
final class Columns {
  private Columns() {}

  static final Column OBSERVED = Column.integer("observed",
      "O11: occurrences of the collocate inside the node's windows");
  static final Column EXPECTED = Column.decimal("expected", 3,
      "E11 = R1 x C1 / N: expected occurrences inside the windows under independence");
  static final Column COLLOCATE_FREQUENCY = Column.integer("collocate_frequency",
      "C1: occurrences of the collocate in the corpus");

  /** One decimal column per measure, in {@link Measure} order. */
  static List<Column> measures() {
    List<Column> columns = new ArrayList<>();
    for (Measure m : Measure.values()) {
      columns.add(Column.decimal(m.columnName(), 3, m.definition()));
    }
    return columns;
  }

  /** Appends the scores of {@code c} to {@code cells}. */
  static void addScores(List<Object> cells, Collocation c) {
    for (double score : c.scores()) {
      cells.add(score);
    }
  }
}
