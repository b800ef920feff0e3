package org.corpustoolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.CorpusStats;
import org.junit.jupiter.api.Test;

/** A table whose rows are written cell by cell reads like any other table. */
class TypedTableTest {
  private static final List<Column> COLUMNS = List.of(Column.text("word", "a word"),
      Column.integer("count", "a count"), Column.decimal("share", 2, "a share"));

  /** Rows ("w0", 0, 0.0), ("w1", 10, 0.5), ... of words cut from one string. */
  private static Table table(int rows) {
    String words = "w0w1w2w3w4w5w6w7w8w9";
    return Table.streamingTyped("typed", COLUMNS, () -> new RowCursor() {
      int i;

      @Override
      public boolean next(RowSink row) {
        if (i == rows) {
          return false;
        }
        row.text(words, 2 * i, 2 * i + 2);
        row.integer(10L * i);
        row.decimal(i / 2.0);
        i++;
        return true;
      }
    });
  }

  @Test
  void rowsGivesArraysOfStringLongAndDouble() {
    Table table = table(3);
    assertThat(table.isStreaming()).isTrue();
    List<Object[]> rows = table.materialize();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2)).containsExactly("w2", 20L, 1.0);
  }

  @Test
  void cursorOfAnInMemoryTableGivesEachCellWithItsType() {
    Table table = Table.builder("t").columns(COLUMNS).row("a", 1, 0.25).row(null, 2L, null).build();
    StringBuilder seen = new StringBuilder();
    RowSink sink = new RowSink() {
      @Override
      public void text(String value) {
        seen.append("text ").append(value).append(';');
      }

      @Override
      public void text(String value, int start, int end) {
        text(value.substring(start, end));
      }

      @Override
      public void integer(long value) {
        seen.append("integer ").append(value).append(';');
      }

      @Override
      public void decimal(double value) {
        seen.append("decimal ").append(value).append(';');
      }

      @Override
      public void value(Object value) {
        seen.append("value ").append(value).append(';');
      }
    };
    RowCursor cursor = table.cursor();
    while (cursor.next(sink)) {
      seen.append('\n');
    }
    assertThat(seen).hasToString("value a;value 1;value 0.25;\nvalue null;value 2;value null;\n");
  }

  @Test
  void csvOfATypedTable() throws IOException {
    assertThat(render(table(3), "csv")).isEqualTo("word,count,share\nw0,0,0.0\nw1,10,0.5\nw2,20,1.0\n");
  }

  @Test
  void aStringAgainIsWrittenAsItIsWhetherWholeOrInPart() throws IOException {
    String word = "-a,b";
    List<Column> columns = List.of(Column.text("word", "a word"), Column.integer("n", "a number"));
    Table table = Table.streamingTyped("typed", columns, () -> new RowCursor() {
      int i;

      @Override
      public boolean next(RowSink row) {
        if (i == 4) {
          return false;
        }
        if (i == 2) {
          row.text(word, 0, 2);
        } else {
          row.text(word);
        }
        row.value(i++ == 3 ? word : null); // the same instance in a column without a formula guard
        return true;
      }
    });
    assertThat(render(table, "csv")).isEqualTo(
        "word,n\n\"'-a,b\",\n\"'-a,b\",\n'-a,\n\"'-a,b\",\"-a,b\"\n");
  }

  @Test
  void aFailingCursorHandsOnTheRowsBeforeAndThrows() {
    Table table = Table.streamingTyped("typed", COLUMNS, () -> new RowCursor() {
      int i;

      @Override
      public boolean next(RowSink row) {
        row.text("w" + i);
        if (i++ == 2) {
          throw new IllegalStateException("broken");
        }
        row.integer(i);
        row.decimal(i);
        return true;
      }
    });
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> CsvRenderer.tsv().render(request(table), out))
        .hasMessage("broken");
    assertThat(out).hasToString("word\tcount\tshare\nw0\t1\t1.0\nw1\t2\t2.0\n");
  }

  private static RenderRequest request(Table table) {
    AnalysisResult result = () -> table;
    RunInfo run = new RunInfo("9.9", "demo", Map.of(), "test corpus",
        () -> new CorpusStats(1, 0, 3, 3, 6));
    return new RenderRequest(result, run, false, false);
  }

  private static String render(Table table, String format) throws IOException {
    StringWriter out = new StringWriter();
    (format.equals("csv") ? CsvRenderer.csv() : CsvRenderer.tsv()).render(request(table), out);
    return out.toString();
  }
}
