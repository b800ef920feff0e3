package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctk kwic} and {@code ctk collocations} with lemmas and tags from the bundled English annotator
 * (OpenNLP, Universal Dependencies models). The expected tags are the model's, checked by hand with
 * {@code ctk tokens --annotate}.
 */
class AnnotatedQueriesCliTest {
  private static final String TEXT = "The old cat was black. Cats are here, and the dogs have been "
      + "there. Is the big black dog old? I am sure it is.";

  @TempDir
  Path temp;

  private CliRun.Result run(String text, String... args) {
    return new CliRun(temp).stdin(text).run(args);
  }

  /** The node column of a kwic TSV. */
  private static List<String> nodes(CliRun.Result result) {
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.out().lines().skip(1).map(l -> l.split("\t")[5]).toList();
  }

  @Test
  void aLemmaQueryFindsEveryFormOfBe() {
    CliRun.Result r = run(TEXT, "kwic", "[lemma=\"be\"]", "--width", "2", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        1  <stdin>      old cat  was   black. Cats
        2  <stdin>  black. Cats  are   here, and
        3  <stdin>    dogs have  been  there. Is
        4  <stdin>  been there.  Is    the big
        5  <stdin>       old? I  am    sure it
        6  <stdin>      sure it  is    .

        6 hits in 1 document
        """);
  }

  @Test
  void posQueriesHitExactlyTheTaggedTokens() {
    assertThat(nodes(run(TEXT, "kwic", "[pos=\"NOUN\"]", "-f", "tsv", "-")))
        .containsExactly("cat", "Cats", "dogs", "dog");
    assertThat(nodes(run(TEXT, "kwic", "[pos=\"ADJ|ADV\" & lemma!=\"black\"]", "-f", "tsv", "-")))
        .containsExactly("old", "here", "there", "big", "old", "sure");
    assertThat(nodes(run(TEXT, "kwic", "\"the\" [pos=\"ADJ\"]? [pos=\"NOUN\"]", "-f", "tsv", "-")))
        .containsExactly("The old cat", "the dogs");
    assertThat(nodes(run(TEXT, "kwic", "\"the\" [pos=\"ADJ\"]* [pos=\"NOUN\"]", "-f", "tsv", "-")))
        .containsExactly("The old cat", "the dogs", "the big black dog");
  }

  @Test
  void theSameHitsSortedOnAnyNumberOfThreads() {
    CliRun.Result one = run(TEXT + "\n\n" + TEXT, "kwic", "[lemma=\"be\"]", "--sort", "node",
        "-f", "csv", "--threads", "1", "-");
    CliRun.Result two = run(TEXT + "\n\n" + TEXT, "kwic", "[lemma=\"be\"]", "--sort", "node",
        "-f", "csv", "--threads", "2", "-");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).isEqualTo(two.out());
    assertThat(one.out().lines()).hasSize(13);
  }

  @Test
  void withoutAnAnnotatorALemmaOrPosQueryIsOneUsageErrorLine() {
    CliRun.Result kwic = run(TEXT, "kwic", "[pos=\"NOUN\"]", "--lang", "fr", "-");
    assertThat(kwic.exitCode()).isEqualTo(2);
    assertThat(kwic.out()).isEmpty();
    assertThat(kwic.err()).isEqualTo("ctk kwic: no part-of-speech tagger or lemmatiser for --lang "
        + "'fr' (installed: en); install an annotator plugin for this language\n");
    CliRun.Result collocations = run(TEXT, "collocations", "cat", "--collocate-pos", "ADJ",
        "--lang", "fr", "-");
    assertThat(collocations.exitCode()).isEqualTo(2);
    assertThat(collocations.err()).startsWith("ctk collocations: no part-of-speech tagger")
        .hasLineCount(1);
    CliRun.Result query = run(TEXT, "collocations", "--query", "[lemma=\"be\"]", "--lang", "fr",
        "-");
    assertThat(query.exitCode()).isEqualTo(2);
    assertThat(nodes(run(TEXT, "kwic", "cat", "--lang", "fr", "-f", "tsv", "-")))
        .as("a query without lemma or pos needs no annotator").containsExactly("cat");
  }

  @Test
  void aTagThatDoesNotExistIsAUsageErrorListingTheTags() {
    CliRun.Result kwic = run(TEXT, "kwic", "[pos=\"NUON\"]", "-");
    assertThat(kwic.exitCode()).isEqualTo(2);
    assertThat(kwic.err()).isEqualTo("ctk kwic: bad query at column 6: \"NUON\" matches no value of "
        + "pos; values: ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, "
        + "SCONJ, SYM, VERB, X (query: [pos=\"NUON\"])\n");
    CliRun.Result collocations = run(TEXT, "collocations", "cat", "--collocate-pos", "NOUN,NUON",
        "-");
    assertThat(collocations.exitCode()).isEqualTo(2);
    assertThat(collocations.err()).isEqualTo("ctk collocations: --collocate-pos: 'NUON' is not a "
        + "Universal Dependencies tag (UPOS: ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, "
        + "PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X)\n");
  }

  /*
   * Words (the model's tags): We0 run1 every2 day3 | The4 morning5 run6 was7 long8/ADV |
   * Dogs9 run10 fast11/ADJ | A12 long13/ADJ run14 helps15 | We16 walk17 every18 day19. N = 20.
   * Node run, span 2L-2R: run1 -> {0}, {2,3}; run6 -> {4,5}, {7,8}; run10 -> {9}, {11};
   * run14 -> {12,13}, {15}. R1 = 12. ADJ/ADV words inside: long8 ADV (right), fast11 ADJ (right),
   * long13 ADJ (left); each occurs once in the corpus with its tag, so O11 = C1 = 1 and
   * E11 = 12 x 1 / 20 = 0.6. Without the filter, long is one collocate: O11 = C1 = 2, E11 = 1.2.
   */
  private static final String RUN = "We run every day. The morning run was long. Dogs run fast. "
      + "A long run helps. We walk every day.";

  @Test
  void collocatePosCountsWordTagPairs() {
    CliRun.Result r = run(RUN, "collocations", "run", "--collocate-pos", "ADJ,ADV", "--left", "2",
        "--right", "2", "--min-observed", "1", "--measure", "observed", "-f", "tsv", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().map(l -> String.join(" ", List.of(l.split("\t")).subList(0, 7))))
        .containsExactly(
            "collocate pos observed expected collocate_frequency left right",
            "fast ADJ 1 0.6 1 0 1",
            "long ADJ 1 0.6 1 1 0",
            "long ADV 1 0.6 1 0 1");
    CliRun.Result json = run(RUN, "collocations", "run", "--collocate-pos", "ADJ,ADV", "--left",
        "2", "--right", "2", "--min-observed", "1", "-f", "json", "-");
    assertThat(json.out()).contains("\"node_frequency\":4,\"window_positions\":12")
        .contains("\"collocate_pos\":\"ADJ,ADV\"");
    CliRun.Result all = run(RUN, "collocations", "run", "--left", "2", "--right", "2",
        "--min-observed", "1", "-f", "tsv", "-");
    assertThat(all.out().lines().filter(l -> l.startsWith("long\t")).toList())
        .singleElement().asString().startsWith("long\t2\t1.2\t2\t1\t1\t");
  }

  @Test
  void helpTextsExplainLemmaAndPos() {
    CliRun.Result kwic = new CliRun(temp).run("kwic", "--help");
    assertThat(kwic.out()).contains("[lemma=\"be\"]").contains("[pos=\"NOUN|PROPN\"]")
        .contains("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART");
    CliRun.Result collocations = new CliRun(temp).run("collocations", "--help");
    assertThat(collocations.out()).contains("--collocate-pos").contains("[lemma=\"run\" &")
        .contains("C1");
  }
}
