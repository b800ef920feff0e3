package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctk kwic} end to end: formats, plot, errors. */
class KwicCommandTest {
  @TempDir
  Path temp;
  CliRun ctk;

  @BeforeEach
  void corpus() throws Exception {
    ctk = new CliRun(temp);
    Files.writeString(temp.resolve("a.txt"), "The cat sat on the mat. A <b>cat</b> ran & hid.");
    Files.writeString(temp.resolve("b.txt"), "No felines here at all.");
  }

  @Test
  void textAlignsNodesAndEndsWithTheHitCount() {
    CliRun.Result r = ctk.run("kwic", "cat", "--width", "2", "a.txt", "b.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("""
        1  a.txt    The  cat  sat on
        2  a.txt  A <b>  cat  </b> ran

        2 hits in 1 document
        """);
    assertThat(r.out()).doesNotContain("\u001b");
  }

  @Test
  void csvAndJsonCarryTheColumnsAndTheSummary() {
    CliRun.Result csv = ctk.run("kwic", "sat", "--width", "1", "--format", "csv", "a.txt");
    assertThat(csv.out().lines()).containsExactly("doc,sentence,start,end,left,node,right",
        "a.txt,1,8,11,cat,sat,on");
    CliRun.Result json = ctk.run("kwic", "cat", "--format", "json", "a.txt", "b.txt");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"hits\":2").contains("\"documents_with_hits\":1")
        .contains("\"result\":\"2 hits in 1 document\"").contains("\"node\":\"cat\"");
  }

  @Test
  void sortAndLimit() {
    CliRun.Result r = ctk.run("kwic", "[kind=\"word\"]", "--width", "1", "--sort", "node",
        "--limit", "3", "--format", "tsv", "a.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().skip(1).map(l -> l.split("\t")[5]).toList())
        .containsExactly("A", "b", "b");
  }

  @Test
  void aLimitStopsTheSearchAndSaysWhatIsKnownUnlessCountAll() {
    CliRun.Result stopped = ctk.run("kwic", "cat", "--width", "1", "--limit", "1", "a.txt",
        "b.txt");
    assertThat(stopped.exitCode()).isZero();
    assertThat(stopped.out()).isEqualTo("""
        1  a.txt  The  cat  sat

        1 line shown; the search stopped at --limit 1 after 2 word tokens, in document 1 of 2; \
        add --count-all to count every hit
        """);
    CliRun.Result json = ctk.run("kwic", "cat", "--limit", "1", "--format", "json", "a.txt");
    assertThat(json.out()).contains("\"hits\":1,").contains("\"search_complete\":false")
        .contains("\"word_tokens_searched\":2,");
    CliRun.Result all = ctk.run("kwic", "cat", "--width", "1", "--limit", "1", "--count-all",
        "a.txt", "b.txt");
    assertThat(all.out()).endsWith("\n2 hits in 1 document; showing the first 1\n");
    assertThat(ctk.run("kwic", "cat", "--count-all", "a.txt").exitCode()).isEqualTo(2);
  }

  @Test
  void aLargeFileIsReadInPartsWithTheSameLinesWhateverTheThreads() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 2_200_000; i++) {  // over 2 MiB: read in parts
      text.append("Paragraph ").append(i).append(" of the text. The cat sat on\nthe mat, said ")
          .append(i % 7 == 0 ? "Mr.\nSmith" : "the dog").append(".\n\n");
    }
    Files.writeString(temp.resolve("big.txt"), text);
    String query = "\"the\" []{0,2} \"mat\"";
    CliRun.Result one = ctk.run("kwic", query, "--width", "3", "-f", "tsv", "--threads", "1",
        "big.txt");
    CliRun.Result two = ctk.run("kwic", query, "--width", "3", "-f", "tsv", "--threads", "2",
        "big.txt");
    assertThat(one.exitCode()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    long hits = one.out().lines().count() - 1;
    assertThat(hits).isEqualTo(text.toString().split("the mat").length - 1);
    assertThat(one.out().lines().skip(1).limit(2).toList()).containsExactly(
        "big.txt\t2\t40\t47\tcat sat on\tthe mat\t, said Mr. Smith",
        "big.txt\t4\t106\t113\tcat sat on\tthe mat\t, said the dog");
    // the last hit, in the last part: sentences counted across the parts (2 per paragraph)
    String last = one.out().lines().reduce((a, b) -> b).orElseThrow();
    int paragraphs = text.toString().split("\n\n").length;
    assertThat(last).startsWith("big.txt\t" + (2 * paragraphs) + "\t"
        + (text.lastIndexOf("the mat")) + "\t");
  }

  @Test
  void htmlIsAPageWithEscapedTextHighlightedNodesAndAPlot() {
    CliRun.Result r = ctk.run("kwic", "cat", "--format", "html", "a.txt", "b.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>")
        .contains("<mark>cat</mark>")
        .contains("&lt;b&gt;")
        .doesNotContain("<b>cat")
        .contains("2 hits in 1 document")
        .contains("<h2>Concordance plot</h2>")
        .contains("<svg class=\"plot\"")
        .endsWith("</html>\n");
  }

  @Test
  void plotAloneAsTextAndHtml() {
    CliRun.Result text = ctk.run("kwic", "cat", "--plot", "a.txt", "b.txt");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("doc").contains("per_thousand_words")
        .contains("a.txt").doesNotContain("b.txt").containsPattern("\\|-+\\|");
    CliRun.Result html = ctk.run("kwic", "cat", "--plot", "--format", "html", "a.txt");
    assertThat(html.out()).contains("<svg").doesNotContain("<mark>");
  }

  @Test
  void aBadQueryIsOneErrorLineWithTheColumnAndExitCode2() {
    CliRun.Result r = ctk.run("kwic", "[word=\"a\" & ]", "a.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n")
        .contains("bad query at column 13: expected an attribute");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(ctk.run("kwic", "cat", "--sort", "L0", "a.txt").exitCode()).isEqualTo(2);
    assertThat(ctk.run("kwic", "cat", "--width", "3", "--chars", "9", "a.txt").exitCode())
        .isEqualTo(2);
    assertThat(ctk.run("kwic", "cat", "--seed", "3", "a.txt").exitCode()).isEqualTo(2);
  }

  @Test
  void sampleIsReproducibleAndIndependentOfThreads() {
    String[] args = {"kwic", "[]", "--sample", "4", "--seed", "9", "--format", "tsv", "a.txt",
        "b.txt"};
    CliRun.Result one = ctk.run(append(args, "--threads", "1"));
    CliRun.Result two = ctk.run(append(args, "--threads", "2"));
    assertThat(one.exitCode()).isZero();
    assertThat(one.out().lines()).hasSize(5);
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void helpDocumentsTheQueryLanguage() {
    CliRun.Result r = ctk.run("kwic", "--help");
    assertThat(r.out()).contains("[word=\"ti.*\"]").contains("leftmost-longest")
        .contains("--sample").contains("--cross-sentences");
  }

  @Test
  void colourHighlightsTheNodeOnATerminal() throws Exception {
    var concordance = (org.corpustoolkit.plugins.kwic.Concordance)
        new org.corpustoolkit.plugins.kwic.KwicAnalyser().analyse(
            org.corpustoolkit.engine.RunContext.forTesting(
                org.corpustoolkit.corpus.Corpus.ofStrings("a cat sat")),
            org.corpustoolkit.plugins.kwic.KwicOptions.of("cat"));
    var toolkit = org.corpustoolkit.plugin.Toolkit.class;
    assertThat(toolkit).isNotNull();
    StringWriter out = new StringWriter();
    var request = new org.corpustoolkit.report.RenderRequest(concordance,
        new org.corpustoolkit.report.RunInfo("0", "kwic", java.util.Map.of(), "t",
            () -> new org.corpustoolkit.spi.CorpusStats(1, 0, 3, 3, 9)), true, false);
    textRenderer().render("text", request, out);
    assertThat(out.toString()).isEqualTo("1  doc1  a  \u001b[1;34mcat\u001b[0m  sat\n");
  }

  private static org.corpustoolkit.report.OutputFormats textRenderer() {
    return com.google.inject.Guice.createInjector(new org.corpustoolkit.report.ReportModule(),
        new org.corpustoolkit.plugins.kwic.KwicModule())
        .getInstance(org.corpustoolkit.report.OutputFormats.class);
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
