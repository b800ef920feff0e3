package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctk frequency} dispersion, {@code ctk keyness} and {@code ctk report} end to end. */
class FrequencyReportsCliTest {
  static final String EVIL = "\"><img src=x onerror=alert(2)><script>alert(1)</script>";

  @TempDir Path temp;
  CliRun ctk;

  @BeforeEach
  void setUp() throws IOException {
    ctk = new CliRun(temp);
    Files.createDirectories(temp.resolve("ref"));
    Files.writeString(temp.resolve("ref/r1.txt"), "The cat sat on the mat. The dog sat on the log.\n");
    Files.writeString(temp.resolve("ref/r2.txt"), "China and Russia met. The meeting was short.\n");
  }

  @Test
  void frequencyHasDispersionColumnsUnlessNone() {
    CliRun.Result r = ctk.run("frequency", "--top", "3", "--parts", "4", "-f", "tsv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("rank\tword\tfrequency\tper_million\trange\tjuilland_d\tdp\tdp_norm\tarf");
    CliRun.Result none = ctk.run("frequency", "--top", "3", "--dispersion", "none", "-f", "tsv");
    assertThat(none.out().lines().findFirst().orElseThrow())
        .isEqualTo("rank\tword\tfrequency\tper_million\trange");
    CliRun.Result text = ctk.run("frequency", "--top", "3");
    assertThat(text.out()).contains("hapax_legomena 425").contains("dis_legomena 71")
        .contains("documents 1").contains("type_token_ratio");
    assertThat(ctk.run("frequency", "--parts", "2", "--dispersion", "none").exitCode()).isEqualTo(2);
  }

  @Test
  void keynessFromSavedListEqualsKeynessFromCorpus() throws IOException {
    for (String format : new String[] {"tsv", "csv"}) {
      CliRun.Result saved = ctk.run("frequency", "ref", "-f", format, "-o", "ref." + format, "-q");
      assertThat(saved.exitCode()).as(saved.err()).isZero();
      CliRun.Result fromCorpus = ctk.run("keyness", "--reference", "ref", "-f", "tsv", "--ci", "0.95");
      CliRun.Result fromList = ctk.run("keyness", "--reference", "ref." + format, "-f", "tsv",
          "--ci", "0.95");
      assertThat(fromCorpus.exitCode()).as(fromCorpus.err()).isZero();
      assertThat(fromList.exitCode()).as(fromList.err()).isZero();
      assertThat(fromList.out()).isEqualTo(fromCorpus.out());
      assertThat(fromCorpus.out().lines().findFirst().orElseThrow()).isEqualTo("word\tfrequency\t"
          + "per_million\treference_frequency\treference_per_million\tll\tll2\tchi2\tp\tlog_ratio\t"
          + "log_ratio_low\tlog_ratio_high\tpct_diff\tsimple_maths\trange");
    }
  }

  @Test
  void keynessErrors() throws IOException {
    assertThat(ctk.run("keyness").exitCode()).isEqualTo(2);
    Files.writeString(temp.resolve("bad.tsv"), "rank\tword\tfrequency\tper_million\trange\n1\tthe\n");
    CliRun.Result bad = ctk.run("keyness", "--reference", "bad.tsv");
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.err()).isEqualTo("ctk keyness: reference list bad.tsv line 2: expected 5 cells, found 2\n");
    assertThat(ctk.run("keyness", "--reference", "missing").exitCode()).isEqualTo(3);
  }

  @Test
  void keynessDirectionsAndNotes() {
    CliRun.Result neg = ctk.run("keyness", "--reference", "ref", "--negative", "-f", "tsv");
    assertThat(neg.out().lines().skip(1)).allSatisfy(l -> assertThat(l.split("\t")[5]).startsWith("-"));
    CliRun.Result text = ctk.run("keyness", "--reference", "ref", "--top", "2");
    assertThat(text.out()).contains("zero frequencies").contains("count a zero a or b as 0.5");
  }

  @Test
  void helpCitesEveryMeasure() {
    String keyness = ctk.run("keyness", "--help").out().replaceAll("\\s+", " ");
    assertThat(keyness).contains("Dunning").contains("Rayson & Garside").contains("Hardie")
        .contains("Gabrielatos & Marchi").contains("Kilgarriff").contains("Bonferroni")
        .contains("Sidak").contains("Yates");
    String frequency = ctk.run("frequency", "--help").out().replaceAll("\\s+", " ");
    assertThat(frequency).contains("Juilland").contains("Gries").contains("Lijffijt")
        .contains("Savicky & Hlavacova");
  }

  @Test
  void reportEscapesCorpusText() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), "Hello <script>alert(1)</script> " + EVIL + " world.\n");
    Path evilFile = dir.resolve(EVIL.replace('/', '_') + ".txt");
    Files.writeString(evilFile, "Another text about the world and the cat.\n");
    CliRun.Result r = ctk.run("report", "in/a.txt", "in/" + evilFile.getFileName(),
        "--reference", "ref", "-o", "report.html", "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(temp.resolve("report.html"));
    assertThat(html).doesNotContain("<img").doesNotContain("<script>alert");
    assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
    assertThat(html.split("<script>", -1)).hasSize(2); // only our own inline script
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
    assertThat(html).contains("ctk report in/a.txt").contains("id=\"zipf-chart\"")
        .contains("id=\"keyness-chart\"").contains("class=\"sortable\"");
  }

  @Test
  void reportInMarkdownAndJson() {
    CliRun.Result md = ctk.run("report", "-f", "md", "--top", "5");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).startsWith("# Corpus report: seed corpus")
        .contains("## Top 2-grams").contains("| rank | word | frequency |");
    CliRun.Result json = ctk.run("report", "-f", "json", "--top", "5", "--reference", "ref");
    assertThat(json.out()).startsWith("{\"schema\":\"ctk-report/1\"")
        .contains("\"rank_frequencies\":[60,41,35").contains("\"keywords\":[{");
  }
}
