package org.corpustoolkit.examples.sentencelengths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpustoolkit.testkit.CtkAssertions.assertThatTable;

import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.testkit.AnalyserRun;
import org.corpustoolkit.testkit.TestCorpus;
import org.corpustoolkit.testkit.TestingToolkit;
import org.junit.jupiter.api.Test;

class SentenceLengthAnalyserTest {
  private final SentenceLengthAnalyser analyser = new SentenceLengthAnalyser();

  // Sentences and their word tokens, counted by hand:
  //   "The cat sat."                  3
  //   "Dr. Smith arrived at noon."    5 (Dr., Smith, arrived, at, noon: "Dr." does not end it)
  //   "Why?"                          1
  //   "It rained, and rained."        4
  //   "Yes!"                          1
  private static final Corpus CORPUS = TestCorpus.of(
      "The cat sat. Dr. Smith arrived at noon. Why?",
      "It rained, and rained. Yes!");

  @Test
  void countsSentencesByLengthInWordTokens() {
    var result = (SentenceLengths) AnalyserRun.of(analyser).on(CORPUS);
    assertThatTable(result.table())
        .hasColumns("length", "sentences", "proportion", "cumulative_proportion")
        .hasRowCount(4)
        .row(0).hasValue("length", 1).hasValue("sentences", 2).hasValue("proportion", 0.4)
        .hasValue("cumulative_proportion", 0.4)
        .row(1).hasValue("length", 3).hasValue("sentences", 1)
        .row(2).hasValue("length", 4).hasValue("sentences", 1)
        .row(3).hasValue("length", 5).hasValue("sentences", 1).hasValue("cumulative_proportion", 1.0);
    // mean = (3 + 5 + 1 + 4 + 1) / 5 = 2.8; median of 1 1 3 4 5 = 3
    assertThat(result.summary()).containsEntry("sentences", 5L)
        .containsEntry("mean_length", 2.8).containsEntry("median_length", 3.0);
  }

  @Test
  void minWordsLeavesShortSentencesOut() {
    var result = (SentenceLengths) AnalyserRun.of(analyser).option("--min-words", "2").on(CORPUS);
    assertThatTable(result.table()).column("length").containsExactly(3L, 4L, 5L);
    // median of 3 4 5 = 4; of an even count (3 4) it would be the mean of the middle two
    assertThat(result.medianLength()).isEqualTo(4.0);
    assertThat(new SentenceLengths(new long[] {0, 0, 0, 1, 1}).medianLength()).isEqualTo(3.5);
  }

  @Test
  void sameResultOnEveryThreadCount() {
    Corpus corpus = TestCorpus.of("One. Two words. Three words here.", "A b c d e f g.", "Hi.",
        "Four words are here.");
    assertThatTable(AnalyserRun.of(analyser).threads(4).on(corpus).table())
        .hasSameRowsAs(AnalyserRun.of(analyser).threads(1).on(corpus).table());
  }

  @Test
  void rejectsAMinimumBelowOne() {
    assertThatThrownBy(() -> AnalyserRun.of(analyser).option("--min-words", "0").options())
        .isInstanceOf(UsageException.class).hasMessage("--min-words must be 1 or more, not 0");
  }

  @Test
  void theModuleRegistersTheAnalyser() {
    var bound = TestingToolkit.analyser("sentence-lengths", new SentenceLengthModule());
    assertThat(bound).isInstanceOf(SentenceLengthAnalyser.class);
  }
}
