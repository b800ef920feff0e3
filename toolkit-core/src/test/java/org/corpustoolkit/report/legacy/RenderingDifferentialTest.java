package org.corpustoolkit.report.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.ColumnType;
import org.corpustoolkit.report.OutputFormats;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.Renderer;
import org.corpustoolkit.report.ReportModule;
import org.corpustoolkit.report.RowCursor;
import org.corpustoolkit.report.RowSink;
import org.corpustoolkit.report.RunInfo;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.CorpusStats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The renderers write, byte for byte, what the renderers before the row writers wrote (kept in this
 * package as the oracle): random tables with columns of every type, cells of every kind (text with tabs,
 * quotes, line breaks, formula characters, wide CJK and emoji, combining marks, control characters;
 * numbers small and huge, NaN and infinities; nulls; cells of another type than their column's), in every
 * format, as in-memory, listed, streaming and typed ({@link Table#streamingTyped}) tables.
 */
class RenderingDifferentialTest {
  private static final OutputFormats FORMATS =
      Guice.createInjector(new ReportModule()).getInstance(OutputFormats.class);
  private static final Map<String, Renderer> ORACLE = Map.of("text", new TextTableRenderer(),
      "csv", CsvRenderer.csv(), "tsv", CsvRenderer.tsv(), "json", new JsonRenderer(),
      "md", new MarkdownRenderer(), "html", new HtmlRenderer());

  /** How the table under test holds its rows. */
  enum Shape { BUILT, LIST, STREAMING, TYPED }

  static IntStream seeds() {
    return IntStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFormatWritesWhatTheOracleWrote(int seed) throws IOException {
    Random random = new Random(seed);
    List<Column> columns = columns(random);
    List<Object[]> rows = rows(random, columns);
    Map<String, Object> summary = summary(random);
    List<String> notes = notes(random);
    CorpusStats stats = new CorpusStats(1 + random.nextInt(2), 0, 120, 100, 600);
    RunInfo run = new RunInfo("9.9", "demo" + text(random, 3), Map.of("top", text(random, 4)),
        "corpus " + text(random, 5), () -> stats);
    boolean footer = random.nextBoolean();
    for (String format : ORACLE.keySet()) {
      for (Shape shape : Shape.values()) {
        String expected = render(ORACLE.get(format), oracleTable(shape, columns, rows), summary,
            notes, run, footer);
        String actual = renderNow(format, table(shape, columns, rows, seed), summary, notes, run,
            footer);
        // The same characters through the same writer: the same bytes.
        assertThat(actual.equals(expected))
            .as("%s, %s table, seed %s: %s", format, shape, seed, firstDifference(expected, actual))
            .isTrue();
      }
    }
  }

  // ---- the tables

  private static final String[] NAMES = {"word", "frequency", "per_million", "a1", "x_y_z", "doc"};

  private static List<Column> columns(Random random) {
    int n = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(6);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ColumnType type = ColumnType.values()[random.nextInt(3)];
      int decimals = type == ColumnType.DECIMAL || random.nextInt(5) == 0 ? random.nextInt(7) : 0;
      columns.add(new Column(NAMES[random.nextInt(NAMES.length)], type, decimals,
          "about <" + text(random, 3) + ">"));
    }
    return columns;
  }

  private static List<Object[]> rows(Random random, List<Column> columns) {
    int n = switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> 900 + random.nextInt(300); // around the 1,000 rows the text format aligns on
      case 2 -> 1500 + random.nextInt(1000);
      default -> random.nextInt(40);
    };
    boolean longCells = n < 40 && random.nextInt(3) == 0; // rows beyond the 64 K block
    // The same String instances again and again, in one column and across columns (renderers copy
    // what a repeated instance became in its column).
    String[] shared = new String[4];
    for (int i = 0; i < shared.length; i++) {
      shared[i] = text(random, 6);
    }
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Object[] row = new Object[columns.size()];
      for (int c = 0; c < row.length; c++) {
        int k = random.nextInt(10);
        if (k < 3 && r > 0) {
          row[c] = rows.get(r - 1)[c];
        } else if (k < 5) {
          row[c] = shared[random.nextInt(shared.length)];
        } else {
          row[c] = cell(random, columns.get(c).type(), longCells && random.nextInt(10) == 0);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object cell(Random random, ColumnType type, boolean huge) {
    int k = random.nextInt(100);
    if (k < 6) {
      return null;
    }
    if (k < 8) {
      return other(random);
    }
    if (k < 16) { // another type than the column's
      type = ColumnType.values()[random.nextInt(3)];
    }
    return switch (type) {
      case TEXT -> huge ? text(random, 20_000 + random.nextInt(60_000)) : text(random, 12);
      case INTEGER -> random.nextInt(10) == 0 ? (Object) (int) whole(random) : (Object) whole(random);
      case DECIMAL -> random.nextInt(20) == 0 ? (Object) (float) real(random) : (Object) real(random);
    };
  }

  private static Object other(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> (short) random.nextInt(-30000, 30000);
      case 1 -> (byte) random.nextInt(-128, 128);
      case 2 -> new BigDecimal("-12.50");
      case 3 -> BigInteger.TEN.pow(25);
      case 4 -> random.nextBoolean();
      default -> List.of(1, "a\"b", 2.5);
    };
  }

  private static final long[] WHOLE = {0, 1, -1, 9, 10, -10, 99, 100, 101, 999, 1000, 65535,
      Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF_FFFFL, 0x1_0000_0000L, -0xFFFF_FFFFL,
      999_999_999L, 1_000_000_000L, 4_294_967_296L, Long.MAX_VALUE, Long.MIN_VALUE,
      Long.MIN_VALUE + 1, 10_000_000_000_000_000L};

  static long whole(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> WHOLE[random.nextInt(WHOLE.length)];
      case 1 -> random.nextInt(1000);
      case 2 -> random.nextInt();
      case 3 -> random.nextLong();
      default -> (long) Math.pow(10, random.nextInt(19)) - random.nextInt(2);
    };
  }

  private static final double[] REAL = {0.0, -0.0, 1.0, -1.0, 0.5, 0.125, 2.5, -2.5, 0.005, -0.004,
      0.045, 1.005, 1e-3, 1e-4, 9.99e-4, 9.99e-5, 1e7, 9_999_999.5, 10_000_000.5, 1e15, 1e15 + 0.5,
      999_999_999_999_999.9, 1e16, 1e22, 123_456_789.123, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL, 1.0 / 3,
      2.0 / 3, 1e9 - 0.5, 0.999_999_99, 12_345.678_95};

  static double real(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> REAL[random.nextInt(REAL.length)];
      case 1 -> random.nextInt(200_000) / 1000.0 - 100;
      case 2 -> Math.nextUp(REAL[random.nextInt(REAL.length)]);
      case 3 -> random.nextInt(1000);
      default -> (random.nextBoolean() ? 1 : -1) * random.nextDouble()
          * Math.pow(10, random.nextInt(34) - 14);
    };
  }

  private static final String[] PIECES = {"a", "Z", "the", "cat", "9", " ", "  ", "\t", "\n", "\r",
      "\r\n", ",", ";", "\"", "'", "=", "+", "-", "@", "|", "\\", "*", "_", "`", "<", ">", "[", "]",
      "#", "!", "&", "中", "文字", "李克強", "😀", "👍🏽", "👨\u200D👩\u200D👧", "e\u0301", "\u0301",
      "\u200D", "\u200B", "\u3000", "\u00A0", "é", "ß", "\u2028", "\u2029", "\u0000", "\u0001",
      "\u001F", "\u007F", "\u0085", "\uFF21", "ｱ", "한국", "\u000B", "\u000C", "\b", "\u00AD"};
  private static final String FORMULA = "=+-@\t\r";

  static String text(Random random, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(5) == 0) {
      sb.append(FORMULA.charAt(random.nextInt(FORMULA.length())));
    }
    int n = maxPieces > 100 ? maxPieces : random.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)]
          : PIECES[random.nextInt(5)]);
    }
    return sb.toString();
  }

  private static Map<String, Object> summary(Random random) {
    Map<String, Object> summary = new LinkedHashMap<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      summary.put("key_" + i, switch (random.nextInt(3)) {
        case 0 -> whole(random);
        case 1 -> real(random);
        default -> text(random, 4);
      });
    }
    return summary;
  }

  private static List<String> notes(Random random) {
    List<String> notes = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      notes.add(text(random, 6));
    }
    return notes;
  }

  private static Table oracleTable(Shape shape, List<Column> columns, List<Object[]> rows) {
    return shape == Shape.BUILT || shape == Shape.LIST ? Table.of("a title", columns, rows)
        : Table.streaming("a title", columns, rows);
  }

  private static Table table(Shape shape, List<Column> columns, List<Object[]> rows, int seed) {
    return switch (shape) {
      case BUILT -> {
        Table.Builder builder = Table.builder("a title").columns(columns);
        rows.forEach(builder::row);
        yield builder.build();
      }
      case LIST -> Table.of("a title", columns, rows);
      case STREAMING -> Table.streaming("a title", columns, rows::iterator);
      case TYPED -> Table.streamingTyped("a title", columns, () -> new TypedRows(rows, seed));
    };
  }

  /** Writes {@code Object[]} rows with the typed calls of {@link RowSink}, chosen at random. */
  private static final class TypedRows implements RowCursor {
    private final Iterator<Object[]> rows;
    private final Random random;

    TypedRows(List<Object[]> rows, int seed) {
      this.rows = rows.iterator();
      this.random = new Random(seed);
    }

    @Override
    public boolean next(RowSink row) {
      if (!rows.hasNext()) {
        return false;
      }
      for (Object cell : rows.next()) {
        boolean typed = random.nextInt(4) != 0;
        if (!typed) {
          row.value(cell);
        } else if (cell == null) {
          row.text(null);
        } else if (cell instanceof String s) {
          if (random.nextBoolean()) {
            row.text(s);
          } else {
            String around = "x\"\t," + s + "\n|";
            row.text(around, 4, 4 + s.length());
          }
        } else if (cell instanceof Long || cell instanceof Integer) {
          row.integer(((Number) cell).longValue());
        } else if (cell instanceof Double || cell instanceof Float) {
          row.decimal(((Number) cell).doubleValue());
        } else {
          row.value(cell);
        }
      }
      return true;
    }
  }

  // ---- rendering

  private static AnalysisResult result(Table table, Map<String, Object> summary, List<String> notes) {
    return new AnalysisResult() {
      @Override
      public Table table() {
        return table;
      }

      @Override
      public Map<String, Object> summary() {
        return summary;
      }

      @Override
      public List<String> notes() {
        return notes;
      }
    };
  }

  private static String render(Renderer renderer, Table table, Map<String, Object> summary,
      List<String> notes, RunInfo run, boolean footer) throws IOException {
    StringWriter out = new StringWriter();
    renderer.render(new RenderRequest(result(table, summary, notes), run, false, footer), out);
    return out.toString();
  }

  private static String renderNow(String format, Table table, Map<String, Object> summary,
      List<String> notes, RunInfo run, boolean footer) throws IOException {
    StringWriter out = new StringWriter();
    FORMATS.render(format, new RenderRequest(result(table, summary, notes), run, false, footer), out);
    return out.toString();
  }

  /** Where two outputs part, with some context, for the failure message. */
  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    if (i == expected.length() && i == actual.length()) {
      return "(same)";
    }
    int from = Math.max(0, i - 80);
    return "at char " + i + ":\nexpected …" + escape(expected.substring(from,
        Math.min(expected.length(), i + 80))) + "\nactual   …" + escape(actual.substring(from,
        Math.min(actual.length(), i + 80)));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }
}
