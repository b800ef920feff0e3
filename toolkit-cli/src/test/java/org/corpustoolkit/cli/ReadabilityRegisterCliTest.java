package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctk readability} and {@code ctk register} end to end. */
class ReadabilityRegisterCliTest {
  @TempDir
  Path temp;
  CliRun ctk;

  @BeforeEach
  void setUp() throws IOException {
    ctk = new CliRun(temp);
    Files.writeString(temp.resolve("cat.txt"), "The cat sat on the mat.");
    Files.writeString(temp.resolve("empty.txt"), "");
    Files.writeString(temp.resolve("talk.txt"), "I don't know. Do you? We'll see what they say.");
  }

  @Test
  void readabilityCsvHasCountsScoresAndEmptyCellsForEmptyDocuments() {
    CliRun.Result r = ctk.run("readability", "--format", "csv", "cat.txt", "empty.txt");
    assertThat(r.exitCode()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).isEqualTo("doc,sentences,words,syllables,letters,complex_words,polysyllables,"
        + "long_words,monosyllables,difficult_words,flesch,flesch_kincaid,gunning_fog,smog,coleman_liau,"
        + "ari,dale_chall,lix,rix,forcast,linsear_write");
    assertThat(lines[1]).startsWith("cat.txt,1,6,6,17,0,0,0,6,0,116.14500000000001,");
    assertThat(lines[2]).isEqualTo("empty.txt,0,0,0,0,0,0,0,0,0,,,,,,,,,,,");
    assertThat(lines[3]).startsWith("(corpus),1,6,6,17,");
    assertThat(r.out()).doesNotContain("NaN");
  }

  @Test
  void readabilityCorpusOnlyAndLanguageVariant() {
    CliRun.Result r = ctk.run("readability", "--corpus-only", "--lang", "de", "--format", "tsv",
        "cat.txt", "talk.txt");
    assertThat(r.exitCode()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).endsWith("\tlinsear_write\tamstad");
    assertThat(lines[1]).startsWith("(corpus)\t");
  }

  @Test
  void readabilityHelpDocumentsTheCounting() {
    CliRun.Result r = ctk.run("readability", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains("Numbers (1984, 3.5) are NOT words", "Gunning's (1952) exclusions",
        "--corpus-only", "Closed compounds");
  }

  @Test
  void registerJsonHasDiversityAndFeatures() {
    CliRun.Result r = ctk.run("register", "--format", "json", "talk.txt", "cat.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"mtld\"", "\"first_person\"", "\"pos_tags\":\"Apache OpenNLP",
        "\"doc\":\"(corpus)\"").doesNotContain("NaN");
  }

  @Test
  void registerCanUseTheHeuristicTaggerForSpeed() {
    CliRun.Result r = ctk.run("register", "--format", "json", "--pos-tags", "heuristic", "talk.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"pos_tags\":\"heuristic\"").doesNotContain("OpenNLP");
    assertThat(ctk.run("register", "--pos-tags", "magic", "talk.txt").exitCode()).isEqualTo(2);
  }

  @Test
  void registerCompareHtmlHeatMapEscapesDocumentIds() throws IOException {
    Files.writeString(temp.resolve("a<b>&.txt"), "She said that he was seen by them. Maybe.");
    CliRun.Result r = ctk.run("register", "--compare", "--format", "html", "a<b>&.txt", "cat.txt",
        "talk.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("<svg class=\"heatmap\"", "a&lt;b&gt;&amp;.txt", "<rect")
        .doesNotContain("a<b>");
  }

  @Test
  void registerAgainstAReferenceCorpus() throws IOException {
    Path reference = Files.createDirectories(temp.resolve("ref"));
    Files.writeString(reference.resolve("r1.txt"), "You know I can't stay. We'll go now.");
    Files.writeString(reference.resolve("r2.txt"), "The determination of the committee was announced.");
    Files.writeString(reference.resolve("r3.txt"), "They say it is fine. Is it?");
    CliRun.Result r = ctk.run("register", "--reference", reference.toString(), "--format", "csv",
        "cat.txt", "talk.txt");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().split("\\R")).hasSize(3);
    CliRun.Result missing = ctk.run("register", "--reference", temp.resolve("nope").toString(),
        "cat.txt");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("--reference");
  }

  @Test
  void registerRejectsBadSizes() {
    CliRun.Result r = ctk.run("register", "--segment", "0", "cat.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--segment");
  }
}
