package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.UsageException;
import org.junit.jupiter.api.Test;

/** Concordance lines as a specification: for this small text, exactly these left | node | right. */
class KwicAnalyserTest {
  static final String TEXT = "The cat sat on the mat. The dog sat in the sun, in the end.\n"
      + "A cat ran.";

  static KwicOptions options(String query, int width) {
    return new KwicOptions(query, width, 0, List.of(), 0, 1, 0, false, false);
  }

  static Concordance run(KwicOptions options, String... texts) {
    AnalysisResult result = new KwicAnalyser().analyse(RunContext.forTesting(Corpus.ofStrings(texts)),
        options);
    return (Concordance) result;
  }

  /** Each line as "left | node | right". */
  static List<String> lines(Concordance concordance) {
    List<String> lines = new ArrayList<>();
    for (ConcordanceLine l : concordance.lines()) {
      lines.add(l.left() + " | " + l.node() + " | " + l.right());
    }
    return lines;
  }

  static List<String> lines(String query, int width, String... texts) {
    return lines(run(options(query, width), texts.length == 0 ? new String[] {TEXT} : texts));
  }

  @Test
  void aWordWithItsContextsAtTheDocumentStartAndEnd() {
    assertThat(lines("cat", 2)).containsExactly(
        "The | cat | sat on",
        "end. A | cat | ran.");
    assertThat(lines("the", 1)).containsExactly(
        " | The | cat",
        "on | the | mat",
        "mat. | The | dog",
        "in | the | sun",
        "in | the | end");
  }

  @Test
  void wildcardsRegexesAndPhrases() {
    assertThat(lines("?at", 1)).containsExactly(
        "The | cat | sat", "cat | sat | on", "the | mat | . The", "dog | sat | in", "A | cat | ran");
    assertThat(lines("/s[au]./", 1)).containsExactly(
        "cat | sat | on", "dog | sat | in", "the | sun | , in");
    assertThat(lines("\"in the\"", 2)).containsExactly(
        "dog sat | in the | sun, in",
        "the sun, | in the | end. A");
  }

  @Test
  void cqlQueries() {
    assertThat(lines("[word=\"s.*\" & kind=\"word\"] [word!=\"on\"]", 1)).containsExactly(
        "dog | sat in | the", "the | sun, | in");
    assertThat(lines("\"sat\" []{0,2} \"the\"", 1)).containsExactly(
        "cat | sat on the | mat", "dog | sat in the | sun");
    assertThat(lines("(\"a\"|\"the\") [surface=\"cat\"]", 1)).containsExactly(
        " | The cat | sat", "end. | A cat | ran");
  }

  @Test
  void aMatchDoesNotCrossASentenceBoundaryUnlessAsked() {
    assertThat(lines("\"end\" [] \"a\"", 1)).isEmpty();
    Concordance crossing = run(new KwicOptions("\"end\" [] \"a\"", 1, 0, List.of(), 0, 1, 0, false,
        true), TEXT);
    assertThat(lines(crossing)).containsExactly("the | end. A | cat");
  }

  @Test
  void overlappingMatchesAreNotReported() {
    // five "na": the first pair, then the next pair after it; the fifth is left alone
    assertThat(lines("\"na\" \"na\"", 1, "na na na na na batman")).containsExactly(
        " | na na | na", "na | na na | na");
  }

  @Test
  void contextsCanBeCountedInCharacters() {
    Concordance c = run(new KwicOptions("mat", 0, 8, List.of(), 0, 1, 0, false, false), TEXT);
    assertThat(lines(c)).containsExactly("t on the | mat | . The do");
  }

  @Test
  void lineBreaksAndControlCharactersBecomeOneSpace() {
    assertThat(lines("ran", 3, "end.\n\n\tA \u001b[31mcat ran")).containsExactly(
        "end. A [31mcat | ran | ");
  }

  @Test
  void linesCarryDocumentSentenceAndOffsets() {
    List<ConcordanceLine> lines = new ArrayList<>();
    run(options("cat", 1), TEXT).lines().forEach(lines::add);
    assertThat(lines.get(1)).isEqualTo(
        new ConcordanceLine("doc1", 3, TEXT.indexOf("cat ran"), TEXT.indexOf("cat ran") + 3, "A",
            "cat", "ran"));
  }

  @Test
  void hitsAndDocumentsAreCountedAfterTheWalk() {
    Concordance c = run(options("cat", 1), TEXT, "no match here", "cat");
    lines(c);
    assertThat(c.hitsLine()).isEqualTo("3 hits in 2 documents");
    assertThat(c.summary()).containsEntry("hits", 3L).containsEntry("documents_with_hits", 2)
        .containsEntry("documents_searched", 3).containsEntry("search_complete", true);
  }

  @Test
  void limitStopsTheSearchEarly() {
    Concordance c = run(new KwicOptions("cat", 1, 0, List.of(), 0, 1, 1, false, false),
        "a cat", "a cat", "a cat", "a cat");
    assertThat(lines(c)).containsExactly("a | cat | ");
    assertThat(c.complete()).isFalse();
    assertThat(c.summary()).containsEntry("documents_searched", 1).containsEntry("lines", 1);
    assertThat(c.hitsLine()).isEqualTo("1 line shown; the search stopped at --limit 1 after 2 word "
        + "tokens, in document 1 of 4; add --count-all to count every hit");
  }

  @Test
  void sortingByLeftAndRightContext() {
    String text = "b x c. a x d. c x a. a x b. b x a.";
    Concordance byL1 = run(new KwicOptions("x", 1, 0, SortKey.parseList("L1"), 0, 1, 0, false,
        false), text);
    assertThat(lines(byL1)).containsExactly(
        "a | x | d", "a | x | b", "b | x | c", "b | x | a", "c | x | a"); // stable: corpus order kept
    Concordance byL1R1 = run(new KwicOptions("x", 1, 0, SortKey.parseList("L1,R1"), 0, 1, 0, false,
        false), text);
    assertThat(lines(byL1R1)).containsExactly(
        "a | x | b", "a | x | d", "b | x | a", "b | x | c", "c | x | a");
    Concordance byR1 = run(new KwicOptions("x", 1, 0, SortKey.parseList("r1"), 0, 1, 0, false,
        false), text);
    assertThat(lines(byR1)).containsExactly(
        "c | x | a", "b | x | a", "a | x | b", "b | x | c", "a | x | d");
  }

  @Test
  void sortingByFartherContextNodeAndPosition() {
    String text = "Zed b x. Ann c x. Bob a x.";
    assertThat(lines(run(new KwicOptions("x", 2, 0, SortKey.parseList("L2"), 0, 1, 0, false,
        false), text))).containsExactly("Ann c | x | . Bob a", "Bob a | x | .",
        "Zed b | x | . Ann c");
    assertThat(lines(run(new KwicOptions("/[a-c]/", 1, 0, SortKey.parseList("node"), 0, 1, 0,
        false, false), text))).containsExactly("Bob | a | x", "Zed | b | x", "Ann | c | x");
    assertThat(lines(run(new KwicOptions("x", 0, 0, SortKey.parseList("doc,position"), 0, 1, 0,
        false, false), "a b x", "x"))).containsExactly(" | x | ", " | x | ");
  }

  @Test
  void sortingPutsAMissingWordFirstAndUsesCountingForms() {
    String text = "x one. Apple x. banana x.";
    assertThat(lines(run(new KwicOptions("x", 1, 0, SortKey.parseList("L1"), 0, 1, 0, false,
        false), text))).containsExactly(" | x | one", "Apple | x | . banana", "banana | x | .");
  }

  @Test
  void badSortKeysAndOptionsAreUsageErrors() {
    assertThatThrownBy(() -> SortKey.parseList("L1,L0")).isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown key 'L0'");
    assertThatThrownBy(() -> options("[word=", 5)).isInstanceOf(UsageException.class)
        .hasMessageStartingWith("bad query at column 7");
    assertThatThrownBy(() -> options("a", -1)).isInstanceOf(UsageException.class);
  }

  @Test
  void thePlotMarksWhereHitsFall() {
    StringBuilder text = new StringBuilder("target");
    for (int i = 0; i < 98; i++) {
      text.append(" filler");
    }
    text.append(" target");
    ConcordancePlot plot = (ConcordancePlot) new KwicAnalyser().analyse(
        RunContext.forTesting(Corpus.ofStrings(text.toString(), "nothing")),
        new KwicOptions("target", 5, 0, List.of(), 0, 1, 0, true, false));
    assertThat(plot.documents()).hasSize(1);
    DocumentPlot d = plot.documents().get(0);
    assertThat(d.wordTokens()).isEqualTo(100);
    assertThat(d.hits()).isEqualTo(2);
    assertThat(d.perThousandWords()).isEqualTo(20.0);
    assertThat(d.positions().stream().toArray()).containsExactly(0, 990);
    assertThat(d.bar(10)).isEqualTo("|--------|");
    assertThat(plot.summary()).containsEntry("documents_searched", 2);
  }
}
