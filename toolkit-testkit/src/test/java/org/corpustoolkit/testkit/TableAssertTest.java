package org.corpustoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpustoolkit.testkit.CtkAssertions.assertThatTable;

import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.junit.jupiter.api.Test;

/** The test kit's assertions pass on the right table and fail, with a useful message, on a wrong one. */
class TableAssertTest {
  private final Table table = Table.builder("t")
      .column(Column.text("word", "w")).column(Column.integer("frequency", "f"))
      .column(Column.decimal("share", 2, "s"))
      .row("the", 2L, 0.5).row("cat", 1, 0.25).build();

  @Test
  void passesOnMatchingValues() {
    assertThatTable(table).hasColumns("word", "frequency", "share").hasRowCount(2)
        .row(0).hasValue("word", "the").hasValue("frequency", 2).hasValue("share", 0.5)
        .row(1).hasValue("frequency", 1L).hasValue("share", 0.25, 1e-12)
        .table().containsRow("cat", 1, 0.25).column("word").containsExactly("the", "cat");
  }

  @Test
  void failsOnWrongValuesNamingRowAndColumn() {
    assertThatThrownBy(() -> assertThatTable(table).row(1).hasValue("word", "dog"))
        .hasMessageContaining("Row 1, column word: expected <dog> but was <cat>");
    assertThatThrownBy(() -> assertThatTable(table).hasColumns("word"))
        .hasMessageContaining("Expected columns [word] but were [word, frequency, share]");
    assertThatThrownBy(() -> assertThatTable(table).row(0).hasValue("rank", 1))
        .hasMessageContaining("No column 'rank'");
    assertThatThrownBy(() -> assertThatTable(table).hasRowCount(3))
        .hasMessageContaining("Expected 3 rows but there were 2");
    Table other = Table.builder("t").column(Column.text("word", "w"))
        .column(Column.integer("frequency", "f")).column(Column.decimal("share", 2, "s"))
        .row("the", 2L, 0.5).row("cat", 2L, 0.25).build();
    assertThatThrownBy(() -> assertThatTable(table).hasSameRowsAs(other))
        .hasMessageContaining("Row 1 differs");
  }

  @Test
  void analyserRunRejectsUnknownOptions() {
    assertThatThrownBy(() -> AnalyserRun.of(TestingToolkitTestAnalyser.INSTANCE).option("--nope", "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no option --nope");
  }
}
