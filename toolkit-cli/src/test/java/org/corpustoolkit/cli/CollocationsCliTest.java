package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollocationsCliTest {
  @TempDir
  Path temp;
  private CliRun ctk;

  @BeforeEach
  void corpus() throws IOException {
    ctk = new CliRun(temp);
    Files.writeString(temp.resolve("tea.txt"), """
        We don't drink tea with milk. A cup of tea with milk and sugar.
        Strong tea, black tea and green tea. Don't spill the cup of tea.
        The milk and sugar are in the cup. Don't forget the sugar.
        """, StandardCharsets.UTF_8);
  }

  @Test
  void collocatesOfANodeAsCsvWithEveryColumn() {
    CliRun.Result r = ctk.run("collocations", "tea", "--min-observed", "2", "--format", "csv",
        "tea.txt");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).isEqualTo("collocate,observed,expected,collocate_frequency,left,right,mi,"
        + "mi3,t_score,z_score,ll,dice,log_dice,min_sensitivity,delta_p_node,delta_p_collocate,"
        + "log_ratio");
    assertThat(r.out()).contains("\nmilk,").contains("\ncup,");
  }

  @Test
  void withoutNodeOrAllItIsAUsageError() {
    CliRun.Result r = ctk.run("collocations", "tea.txt");
    // tea.txt is taken as the NODE word: it must not silently analyse the seed corpus by name.
    CliRun.Result none = ctk.run("collocations");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("give a NODE word, --query QUERY, or --all");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void helpStatesTheTableAndTheMeasures() {
    CliRun.Result r = ctk.run("collocations", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains("R1 = number of word positions inside the node's windows")
        .contains("N = word tokens").contains("Rychly 2008").contains("Gries 2013")
        .contains("100 million tokens");
  }

  @Test
  void allPairsAndTrigrams() {
    CliRun.Result pairs = ctk.run("collocations", "--all", "--ngram", "2", "--min-observed", "2",
        "--format", "tsv", "tea.txt");
    assertThat(pairs.exitCode()).as(pairs.err()).isZero();
    // "tea with": R1 = 4, not f(tea) = 6: two occurrences end their sentence.
    assertThat(pairs.out()).startsWith("node\tcollocate\tobserved\t").contains("\ncup\tof\t2\t")
        .contains("\ntea\twith\t2\t0.20512820512820512\t6\t2\t4\t");
    CliRun.Result trigrams = ctk.run("collocations", "--all", "--ngram", "3", "--min-observed",
        "2", "--format", "csv", "tea.txt");
    assertThat(trigrams.exitCode()).as(trigrams.err()).isZero();
    assertThat(trigrams.out()).contains("\ncup of tea,2,");
    // With --all there is no NODE: "tea" is read as a corpus argument, and there is no such file.
    CliRun.Result both = ctk.run("collocations", "tea", "--all", "tea.txt");
    assertThat(both.exitCode()).as(both.err()).isEqualTo(3);
    assertThat(both.err()).contains("tea");
  }

  @Test
  void networkAsDotJsonAndHtml() {
    CliRun.Result dot = ctk.run("collocations", "tea", "--network", "--network-top", "3",
        "--min-observed", "2", "--format", "dot", "tea.txt");
    assertThat(dot.exitCode()).as(dot.err()).isZero();
    assertThat(dot.out()).contains("digraph collocations {").contains("\"tea\" [level=0")
        .contains("\"tea\" -> ").endsWith("}\n");
    CliRun.Result json = ctk.run("collocations", "tea", "--network", "--min-observed", "2",
        "--format", "json", "tea.txt");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"schema\":\"ctk-network/1\"").contains("\"nodes\":[")
        .contains("\"edges\":[").contains("\"id\":\"tea\",\"level\":0");
    CliRun.Result html = ctk.run("collocations", "don't", "--network", "--min-observed", "2",
        "--format", "html", "tea.txt");
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(html.out()).contains("<svg class=\"network\"").contains("don&#39;t")
        .doesNotContain("don't").doesNotContain("<script").doesNotContain("http://www.w3.org/1999")
        .contains("</svg>");
  }

  @Test
  void dotWithoutANetworkIsAUsageError() {
    CliRun.Result r = ctk.run("collocations", "tea", "--format", "dot", "tea.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--network");
  }

  @Test
  void resultsAreTheSameWhateverTheThreads() {
    CliRun.Result one = ctk.run("collocations", "--all", "--min-observed", "1", "--threads", "1",
        "--format", "csv", "tea.txt", "tea.txt");
    CliRun.Result two = ctk.run("collocations", "--all", "--min-observed", "1", "--threads", "2",
        "--format", "csv", "tea.txt", "tea.txt");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void aOneWordQueryPrintsExactlyTheTableOfTheNodeWord() {
    CliRun.Result word = ctk.run("collocations", "tea", "--min-observed", "1", "--format", "csv",
        "tea.txt");
    CliRun.Result query = ctk.run("collocations", "--query", "[word=\"tea\"]", "--min-observed",
        "1", "--format", "csv", "tea.txt");
    assertThat(query.exitCode()).as(query.err()).isZero();
    assertThat(word.exitCode()).as(word.err()).isZero();
    assertThat(query.out()).isEqualTo(word.out()).contains("\nmilk,");
  }

  /*
   * "cup of" with span 1/1: "A [cup of] tea with", "the [cup of] tea", "the [cup]." (no match).
   * Windows: a | tea, the | tea: R1 = 4; tea: O11 = 2, right 2.
   */
  @Test
  void aPhraseQueryCountsWindowsAroundTheWholeMatch() {
    CliRun.Result r = ctk.run("collocations", "--query", "\"cup of\"", "--left", "1", "--right",
        "1", "--min-observed", "1", "--format", "tsv", "tea.txt");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\ntea\t2\t").contains("\na\t1\t").contains("\nthe\t1\t")
        .doesNotContain("\ncup\t").doesNotContain("\nof\t");
    CliRun.Result json = ctk.run("collocations", "--query", "\"cup of\"", "--left", "1",
        "--right", "1", "--min-observed", "1", "--format", "json", "tea.txt");
    assertThat(json.out().replaceAll("\\s+", "")).contains("\"node\":\"\\\"cupof\\\"\"")
        .contains("\"node_frequency\":2").contains("\"window_positions\":4");
  }

  @Test
  void aBadQueryIsOneErrorLineWithItsColumn() {
    CliRun.Result r = ctk.run("collocations", "--query", "[word=\"tea\" &]", "tea.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad query at column 14").hasLineCount(1);
  }

  @Test
  void queryExcludesAllAndStandsInForNode() {
    CliRun.Result all = ctk.run("collocations", "--all", "--query", "tea", "tea.txt");
    assertThat(all.exitCode()).isEqualTo(2);
    assertThat(all.err()).contains("give either --query or --all, not both");
    CliRun.Result none = ctk.run("collocations", "--query", "");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("give a NODE word, --query QUERY, or --all");
    CliRun.Result help = ctk.run("collocations", "--help");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("--query QUERY")
        .contains("windows are around the whole match");
  }

  @Test
  void aQueryIsTheRootOfANetwork() {
    CliRun.Result r = ctk.run("collocations", "--query", "\"cup of\"", "--network",
        "--min-observed", "1", "--format", "dot", "tea.txt");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("cup of").contains("tea");
  }
}
