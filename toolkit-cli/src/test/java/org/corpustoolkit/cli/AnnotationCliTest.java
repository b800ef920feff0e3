package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lemmas and tags from the command line, with the bundled English annotator. */
class AnnotationCliTest {
  private static String seedText;

  @TempDir
  Path temp;

  @BeforeAll
  static void readSeedCorpus() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        sb.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    seedText = sb.toString();
  }

  /** Occurrences of the whole words {@code forms} in the seed text, case-insensitive. */
  private static int countInSeed(String... forms) {
    Matcher m = Pattern.compile("(?iU)\\b(" + String.join("|", forms) + ")\\b").matcher(seedText);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Column {@code key} → column {@code value} of a TSV frequency list. */
  private static Map<String, Long> tsvColumn(String tsv, String key, String value) {
    List<String> lines = tsv.lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split("\t"));
    Map<String, Long> map = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      map.put(cells[header.indexOf(key)], Long.parseLong(cells[header.indexOf(value)]));
    }
    return map;
  }

  @Test
  void lemmasMergeTheFormsOfBeAndTieInTheSeedCorpus() {
    CliRun.Result result = new CliRun(temp).run("frequency", "--dispersion", "none", "--by", "lemma", "-f", "tsv", "-q");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Map<String, Long> lemmas = tsvColumn(result.out(), "lemma", "frequency");
    int be = countInSeed("be", "is", "are", "was", "were", "been", "being", "am");
    int tie = countInSeed("tie", "ties", "tied", "tying");
    assertThat(be).isEqualTo(36); // 11 is, 9 are, 8 be, 7 been, 1 was
    assertThat(tie).isEqualTo(7);
    assertThat(lemmas).containsEntry("be", (long) be).containsEntry("tie", (long) tie)
        .doesNotContainKeys("is", "are", "been", "was", "ties");
  }

  @Test
  void wordsWithTagsAreIdenticalWhateverTheThreads() {
    CliRun.Result one = new CliRun(temp).run("frequency", "--dispersion", "none", "--by", "word/pos", "-f", "csv", "-q",
        "--threads", "1");
    CliRun.Result two = new CliRun(temp).run("frequency", "--dispersion", "none", "--by", "word/pos", "-f", "csv", "-q",
        "--threads", "2");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).startsWith("rank,word,pos,frequency,per_million,range\n1,the,DET,60,")
        .isEqualTo(two.out());
    assertThat(one.out()).contains(",ties,NOUN,7,");
  }

  @Test
  void tokensAnnotateAddsLemmaAndPos() {
    CliRun.Result result = new CliRun(temp).stdin("The cats’ owners weren’t in Moscow’s well-known "
        + "park.").run("tokens", "--annotate", "-f", "tsv", "-q", "-");
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> rows = result.out().lines()
        .map(l -> String.join(" ", Arrays.asList(l.split("\t")).subList(5, 10))).toList();
    assertThat(rows).containsExactly(
        "surface form kind lemma pos",
        "The the word the DET",
        "cats cats word cat NOUN",
        "’ ' punctuation ' PUNCT",
        "owners owners word owner NOUN",
        "weren’t weren't word be AUX",
        "in in word in ADP",
        "Moscow’s moscow's word moscow PROPN",
        "well-known well-known word well-known ADJ",
        "park park word park NOUN",
        ". . punctuation . PUNCT");
  }

  @Test
  void aLanguageWithoutAnnotatorIsOneUsageErrorLine() {
    CliRun.Result result = new CliRun(temp).run("frequency", "--dispersion", "none", "--by", "pos", "--lang", "fr");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("ctk frequency: no part-of-speech tagger or lemmatiser for "
        + "--lang 'fr' (installed: en); install an annotator plugin for this language\n");
  }

  @Test
  void countingWordsNeedsNoAnnotator() {
    CliRun.Result result = new CliRun(temp).run("frequency", "--dispersion", "none", "--lang", "fr", "--top", "1", "-f",
        "csv");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("rank,word,frequency,per_million,range\n1,the,60,");
    assertThat(result.err()).doesNotContain("tags and lemmas");
  }
}
