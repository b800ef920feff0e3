package org.corpustoolkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.CorpusStats;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final Table TABLE = Table.builder("demo")
      .column(Column.text("word", "a word"))
      .column(Column.integer("frequency", "count"))
      .column(Column.decimal("score", 2, "a score"))
      .row("plain", 10L, 1.5)
      .row("=SUM(A1:A2)", 2L, -0.004)
      .row("with,comma \"quoted\"", 3L, Double.NaN)
      .row("<script>alert(1)</script>", 4L, 0.125)
      .row("李克強", 5L, 1234.5678)
      .build();

  private static String render(Renderer renderer) throws IOException {
    return render(renderer, TABLE, true);
  }

  /**
   * {@code table} as {@code renderer} writes it, with a summary of one figure, one note and the
   * footer if {@code footer}.
   */
  static String render(Renderer renderer, Table table, boolean footer) throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("tokens", 100L);
    AnalysisResult result = new AnalysisResult() {
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
        return List.of("a note");
      }
    };
    RunInfo run = new RunInfo("9.9", "demo", Map.of("top", "5"), "test corpus",
        () -> new CorpusStats(1, 0, 120, 100, 600));
    StringWriter out = new StringWriter();
    renderer.render(new RenderRequest(result, run, false, footer), out);
    return out.toString();
  }

  @Test
  void csvQuotesFieldsAndGuardsFormulas() throws IOException {
    assertThat(render(CsvRenderer.csv())).isEqualTo("""
        word,frequency,score
        plain,10,1.5
        '=SUM(A1:A2),2,-0.004
        "with,comma ""quoted\"\"",3,NaN
        <script>alert(1)</script>,4,0.125
        李克強,5,1234.5678
        """);
  }

  @Test
  void tsvHasTabsAndAHeaderRow() throws IOException {
    String tsv = render(CsvRenderer.tsv());
    assertThat(tsv.lines().findFirst()).contains("word\tfrequency\tscore");
    assertThat(tsv).contains("'=SUM(A1:A2)\t2\t-0.004\n");
  }

  @Test
  void textTableAlignsWideCharactersAndRoundsDecimals() throws IOException {
    String text = render(new TextTableRenderer());
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("word                       frequency    score");
    assertThat(lines.get(1)).isEqualTo("plain                             10     1.50");
    assertThat(lines.get(2)).isEqualTo("=SUM(A1:A2)                        2     0.00");
    assertThat(lines.get(5)).isEqualTo("李克強                             5  1234.57");
    assertThat(text).contains("tokens 100").contains("note: a note");
  }

  @Test
  void jsonEscapesTextAndWritesNanAsNull() throws IOException {
    String json = render(new JsonRenderer());
    assertThat(json).contains("\"schema\": \"ctk-result/1\"")
        .contains("{\"word\":\"with,comma \\\"quoted\\\"\",\"frequency\":3,\"score\":null}")
        .contains("\"corpus\": {\"description\":\"test corpus\",\"documents\":1,\"skipped\":0,"
            + "\"tokens\":120,\"word_tokens\":100,\"characters\":600}")
        .contains("\"notes\": [\"a note\"]");
  }

  @Test
  void htmlEscapesCorpusText() throws IOException {
    String html = render(new HtmlRenderer());
    assertThat(html).doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void markdownEscapesPipesAndAlignsNumbers() throws IOException {
    String md = render(new MarkdownRenderer());
    assertThat(md).contains("| word | frequency | score |\n| --- | ---: | ---: |")
        .contains("| plain | 10 | 1.50 |")
        .contains("\\<script\\>");
  }

  @Test
  void markdownPutsTheSummaryBeforeAnInMemoryTable() throws IOException {
    String md = render(new MarkdownRenderer());
    assertThat(md.indexOf("- tokens: 100")).isPositive().isLessThan(md.indexOf("| word |"));
    assertThat(md.indexOf("100 word tokens")).isPositive().isLessThan(md.indexOf("| word |"));
  }

  /**
   * A streaming table knows its counts only once its rows are walked (a KWIC search that stops at
   * --limit): Markdown writes the provenance and summary after the rows, so they are final.
   */
  @Test
  void markdownPutsTheSummaryAfterAStreamingTable() throws IOException {
    long[] seen = {0};
    Iterable<Object[]> rows = () -> java.util.stream.Stream.of("a", "b", "c")
        .map(w -> {
          seen[0]++;
          return new Object[] {w};
        }).iterator();
    Table streaming = Table.streaming("lines", List.of(Column.text("word", "a word")), rows);
    AnalysisResult result = new AnalysisResult() {
      @Override
      public Table table() {
        return streaming;
      }

      @Override
      public Map<String, Object> summary() {
        return Map.of("rows_seen", seen[0]);
      }

      @Override
      public List<String> notes() {
        return List.of("a note");
      }
    };
    RunInfo run = new RunInfo("9.9", "demo", Map.of(), "test corpus",
        () -> new CorpusStats((int) seen[0], 0, 10 * seen[0], 10 * seen[0], 60 * seen[0]));
    StringWriter out = new StringWriter();
    new MarkdownRenderer().render(new RenderRequest(result, run, false, true), out);
    assertThat(out.toString()).isEqualTo("""
        ## lines

        | word |
        | --- |
        | a |
        | b |
        | c |

        ctk 9.9 · `demo` · corpus: test corpus (3 documents, 30 word tokens)

        - rows_seen: 3

        > a note
        """);
  }

  /** A table over a list that computes its rows on access renders as the same rows held in memory. */
  @Test
  void aTableOverComputedRowsIsAnInMemoryTable() throws IOException {
    List<Object[]> held = TABLE.materialize();
    int[] made = {0};
    Table computed = Table.of("demo", TABLE.columns(), new java.util.AbstractList<>() {
      @Override
      public Object[] get(int i) {
        made[0]++;
        return held.get(i).clone();
      }

      @Override
      public int size() {
        return held.size();
      }
    });
    assertThat(computed.isStreaming()).isFalse();
    assertThat(made[0]).isZero();
    assertThat(computed.materialize()).hasSize(5);
    assertThat(computed.materialize()).containsExactlyElementsOf(held);
    for (Renderer renderer : List.of(new TextTableRenderer(), new MarkdownRenderer(),
        new JsonRenderer(), CsvRenderer.csv(), new HtmlRenderer())) {
      String expected = render(renderer);
      AnalysisResult result = new AnalysisResult() {
        @Override
        public Table table() {
          return computed;
        }

        @Override
        public Map<String, Object> summary() {
          return Map.of("tokens", 100L);
        }

        @Override
        public List<String> notes() {
          return List.of("a note");
        }
      };
      RunInfo run = new RunInfo("9.9", "demo", Map.of("top", "5"), "test corpus",
          () -> new CorpusStats(1, 0, 120, 100, 600));
      StringWriter out = new StringWriter();
      renderer.render(new RenderRequest(result, run, false, true), out);
      assertThat(out.toString()).as(renderer.format()).isEqualTo(expected);
    }
  }

  @Test
  void displayWidthCountsAsciiAsOneColumnAndWideCharactersAsTwo() {
    assertThat(DisplayWidth.of("plain text, 42!")).isEqualTo(15);
    assertThat(DisplayWidth.of("a\tb")).isEqualTo(3);
    assertThat(DisplayWidth.of("\u674e\u514b\u5f37")).isEqualTo(6);
    assertThat(DisplayWidth.of("e\u0301te")).isEqualTo(3);
    assertThat(DisplayWidth.pad("ab", 4, true)).isEqualTo("  ab");
  }
}
