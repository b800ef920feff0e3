package org.corpustoolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Long thread-safe tables are written on several threads, a block of rows each, with the same
 * characters as one thread writes.
 */
class ParallelRowsTest {
  private static final List<Column> COLUMNS = List.of(
      Column.integer("rank", "rank"),
      Column.text("word", "a word"),
      Column.integer("frequency", "count"),
      Column.decimal("score", 4, "a score"),
      Column.text("note", "last text column"));

  /** Row i: cells of every kind, including ones that each format escapes, pads or guards. */
  private static Object[] row(int i) {
    String word = switch (i % 7) {
      case 0 -> "plain" + i;
      case 1 -> "=SUM(A" + i + ")";
      case 2 -> "with,comma \"quoted\" " + i;
      case 3 -> "tab\there\nline " + i;
      case 4 -> "李克強" + i;
      case 5 -> "-" + i;
      default -> "x".repeat(1 + i % 40);
    };
    Object score = i % 11 == 0 ? null : i % 13 == 0 ? Double.NaN : i / 7.0 - 300;
    return new Object[] {i + 1, word, (long) (i * 31 % 1000), score, i % 3 == 0 ? "" : "n" + i};
  }

  /** {@code size} rows made when read; reading row {@code failAt} throws (never if negative). */
  private static List<Object[]> rows(int size, int failAt, AtomicInteger reads) {
    return new AbstractList<>() {
      @Override
      public Object[] get(int index) {
        reads.incrementAndGet();
        if (index == failAt) {
          throw new IllegalStateException("row " + index + " is unreadable");
        }
        return row(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private static String render(Renderer renderer, Table table) throws IOException {
    return RenderersTest.render(renderer, table, false);
  }

  @Test
  void textCsvAndTsvOfALongThreadSafeTableAreThoseOfOneThread() throws IOException {
    int size = ParallelRows.MIN_ROWS + 3 * ParallelRows.BLOCK_ROWS + 123;
    AtomicInteger reads = new AtomicInteger();
    Table parallel = Table.ofThreadSafe("demo", COLUMNS, rows(size, -1, reads));
    Table serial = Table.of("demo", COLUMNS, rows(size, -1, new AtomicInteger()));
    assertThat(ParallelRows.worthIt(serial, 0)).isNull();
    for (Renderer renderer : List.of(new TextTableRenderer(), CsvRenderer.csv(), CsvRenderer.tsv())) {
      String expected = render(renderer, serial);
      assertThat(expected.lines().count()).isGreaterThan(size);
      assertThat(render(renderer, parallel)).as(renderer.format()).isEqualTo(expected);
    }
    // every row read once per format (the text table's first rows are read by its aligning pass)
    assertThat(reads.get()).isEqualTo(3 * size);
  }

  @Test
  void blocksAreWrittenInRowOrderWhateverTheThreads() throws IOException {
    int size = 5 * ParallelRows.BLOCK_ROWS + 7;
    List<Object[]> rows = rows(size, -1, new AtomicInteger());
    StringWriter one = new StringWriter();
    OutputBuffer buffer = new OutputBuffer(one);
    new CsvRowsForTest(buffer).writeRows(Table.of("demo", COLUMNS, rows).cursor(), 0);
    for (int threads : new int[] {1, 2, 3, 8}) {
      StringWriter many = new StringWriter();
      ParallelRows.write(rows, 0, CsvRowsForTest::new, many, threads);
      assertThat(many.toString()).as("%d threads", threads).isEqualTo(one.toString());
    }
    StringWriter tail = new StringWriter();
    ParallelRows.write(rows, size - 3, CsvRowsForTest::new, tail, 3);
    assertThat(tail.toString().lines()).hasSize(3).first().asString().startsWith(size - 2 + ",");
  }

  @Test
  void aFailingRowEndsTheOutputAfterTheRowsBeforeIt() {
    int size = 6 * ParallelRows.BLOCK_ROWS;
    int failAt = 2 * ParallelRows.BLOCK_ROWS + 100;
    List<Object[]> rows = rows(size, failAt, new AtomicInteger());
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> ParallelRows.write(rows, 0, CsvRowsForTest::new, out, 3))
        .isInstanceOf(IllegalStateException.class).hasMessage("row " + failAt + " is unreadable");
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(failAt);
    assertThat(lines.get(failAt - 1)).startsWith(failAt + ",");
  }

  @Test
  void shortOrUnsafeTablesAreLeftToOneThread() {
    List<Object[]> few = rows(ParallelRows.MIN_ROWS - 1, -1, new AtomicInteger());
    assertThat(ParallelRows.worthIt(Table.ofThreadSafe("demo", COLUMNS, few), 0)).isNull();
    List<Object[]> enough = rows(ParallelRows.MIN_ROWS + 10, -1, new AtomicInteger());
    assertThat(ParallelRows.worthIt(Table.ofThreadSafe("demo", COLUMNS, enough), 11)).isNull();
    assertThat(ParallelRows.worthIt(Table.of("demo", COLUMNS, enough), 0)).isNull();
    assertThat(ParallelRows.worthIt(Table.streaming("demo", COLUMNS, enough), 0)).isNull();
    if (ParallelRows.threads() > 1) {
      assertThat(ParallelRows.worthIt(Table.ofThreadSafe("demo", COLUMNS, enough), 10))
          .isSameAs(enough);
    }
  }

  /** Rows as comma-separated integers and texts: a minimal writer with a row per line. */
  private static final class CsvRowsForTest extends RowWriter {
    CsvRowsForTest(OutputBuffer out) {
      super(out, COLUMNS);
    }

    private void separate() {
      if (column++ > 0) {
        out.append(',');
      }
    }

    @Override
    void endRow() {
      out.append('\n');
    }

    @Override
    void empty() {
      separate();
    }

    @Override
    void other(Object value) {
      separate();
      out.append(value.toString());
    }

    @Override
    public void text(String value, int start, int end) {
      separate();
      out.append(value.substring(start, end).replace('\n', ' '));
    }

    @Override
    public void integer(long value) {
      separate();
      out.append(value);
    }

    @Override
    public void decimal(double value) {
      separate();
      out.append(Double.toString(value));
    }
  }
}
