package org.corpustoolkit.plugins.collocations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

class QueryNodeMatcherTest {
  private final CollocationsAnalyser analyser = new CollocationsAnalyser();

  private static RunContext context(Corpus corpus, int threads, List<String> warnings) {
    return new RunContext(corpus, TextSettings.defaults(), threads, warnings::add,
        ProgressListener.NONE);
  }

  private static CollocationOptions query(String query, int left, int right, boolean cross) {
    return CollocationOptions.forQuery(query).withSpan(left, right, cross).withThresholds(1, 1, 0);
  }

  /*
   * Node "early warning" (a phrase query), span 2L-2R within sentences. Word positions:
   *   doc1 s1: x0 a1 [early2 warning3] b4 c5
   *        s2: [early6 warning7] , [early8 warning9] d10     (the comma is not a position)
   *        s3: early11 e12 warning13 f14                      (not adjacent: no match)
   *   doc2:    the0 [early1 warning2]
   * Matches: f(node) = 4. Windows around the whole match:
   *   [2,3] -> left {0,1}, right {4,5};  [6,7] -> left cut at the sentence start, right {8,9};
   *   [8,9] -> left {6,7}, right {10} (11 is the next sentence);  doc2 [1,2] -> left {0}, right
   *   cut at the document end.
   * Union: doc1 {0,1,4,5,6,7,8,9,10}, doc2 {0}: R1 = 10; N = 15 + 3 = 18.
   * early: 6 (left of [8,9]) and 8 (right of [6,7]): O11 = 2, left 1, right 1, C1 = 5; warning
   *   the same (7 and 9). x, a, the: 1 left each; b, c, d: 1 right each. e, f: not in a window.
   */
  private static final Corpus PHRASES = Corpus.ofStrings(
      "x a early warning b c. Early warning, early warning d. Early e warning f.",
      "The early warning.");

  @Test
  void windowsOfAPhraseQueryAreAroundTheWholeMatch() {
    CollocationTable table = (CollocationTable) analyser.analyse(RunContext.forTesting(PHRASES),
        query("\"early warning\"", 2, 2, false));
    assertThat(table.node()).isEqualTo("\"early warning\"");
    assertThat(table.nodeFrequency()).isEqualTo(4);
    assertThat(table.windowPositions()).isEqualTo(10);
    assertThat(table.corpusSize()).isEqualTo(18);
    assertCounts(table.collocate("early"), 2, 5, 1, 1);
    assertCounts(table.collocate("warning"), 2, 5, 1, 1);
    for (String left : List.of("x", "a", "the")) {
      assertCounts(table.collocate(left), 1, 1, 1, 0);
    }
    for (String right : List.of("b", "c", "d")) {
      assertCounts(table.collocate(right), 1, 1, 0, 1);
    }
    assertThat(table.collocates()).extracting(Collocation::collocate)
        .containsExactlyInAnyOrder("early", "warning", "x", "a", "the", "b", "c", "d");
    // E11 = R1 x C1 / N = 10 x 5 / 18
    assertThat(table.collocate("early").expected()).isEqualTo(50.0 / 18);
  }

  /*
   * With --cross-sentences the match [6,7] also gets the left window {4,5} (b, c), already inside
   * [2,3]'s right window, and [8,9] the right window {10,11}: 11 (early) is new. Union doc1
   * {0,1,4,5,6,7,8,9,10,11}, doc2 {0}: R1 = 11, and early is at 6, 8 and 11: O11 = 3, right 2.
   */
  @Test
  void acrossSentencesTheWindowsRunOn() {
    CollocationTable table = (CollocationTable) analyser.analyse(RunContext.forTesting(PHRASES),
        query("\"early warning\"", 2, 2, true));
    assertThat(table.nodeFrequency()).isEqualTo(4);
    assertThat(table.windowPositions()).isEqualTo(11);
    assertCounts(table.collocate("early"), 3, 5, 1, 2);
    assertCounts(table.collocate("b"), 1, 1, 1, 1);
  }

  private static void assertCounts(Collocation c, long observed, long frequency, long left,
      long right) {
    assertThat(c).isNotNull();
    assertThat(c.observed()).as(c.collocate() + " observed").isEqualTo(observed);
    assertThat(c.collocateFrequency()).as(c.collocate() + " frequency").isEqualTo(frequency);
    assertThat(c.left()).as(c.collocate() + " left").isEqualTo(left);
    assertThat(c.right()).as(c.collocate() + " right").isEqualTo(right);
  }

  /** Punctuation at the edges of a match is not a position: the span is the words inside it. */
  @Test
  void punctuationAtTheEdgesOfAMatchIsIgnoredAndWordlessMatchesAreLeftOut() {
    List<String> warnings = new ArrayList<>();
    Corpus corpus = Corpus.ofStrings("a b , c d. e , f.");
    CollocationTable comma = (CollocationTable) analyser.analyse(context(corpus, 1, warnings),
        query("[word=\",\"]", 1, 1, false));
    assertThat(comma.nodeFrequency()).isZero();
    assertThat(warnings).anyMatch(w -> w.startsWith("2 matches of '[word=\",\"]' hold no word"));
    // "b ," is the span of b alone: left window a, right window c (the comma is skipped).
    CollocationTable withComma = (CollocationTable) analyser.analyse(RunContext.forTesting(corpus),
        query("b [kind=\"punctuation\"]", 1, 1, false));
    assertThat(withComma.nodeFrequency()).isEqualTo(1);
    assertThat(withComma.collocates()).extracting(Collocation::collocate)
        .containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void aOneWordQueryGivesExactlyTheTableOfTheNodeWord() {
    Corpus corpus = CollocationsAnalyserTest.varied();
    for (String word : List.of("tea", "cup", "the")) {
      CollocationTable node = (CollocationTable) analyser.analyse(
          context(corpus, 2, new ArrayList<>()), CollocationOptions.forNode(word));
      for (int threads : new int[] {1, 2}) {
        CollocationTable query = (CollocationTable) analyser.analyse(
            context(corpus, threads, new ArrayList<>()),
            CollocationOptions.forQuery("[word=\"" + word + "\"]"));
        assertThat(node.collocates()).isNotEmpty();
        assertThat(query.nodeFrequency()).isEqualTo(node.nodeFrequency());
        assertThat(query.windowPositions()).isEqualTo(node.windowPositions());
        assertThat(query.corpusSize()).isEqualTo(node.corpusSize());
        assertThat(query.collocates()).hasSameSizeAs(node.collocates());
        for (int i = 0; i < node.collocates().size(); i++) {
          Collocation n = node.collocates().get(i);
          Collocation q = query.collocates().get(i);
          assertThat(q.collocate()).isEqualTo(n.collocate());
          assertThat(List.of(q.observed(), q.windowPositions(), q.nodeFrequency(),
              q.collocateFrequency(), q.left(), q.right()))
              .isEqualTo(List.of(n.observed(), n.windowPositions(), n.nodeFrequency(),
                  n.collocateFrequency(), n.left(), n.right()));
          assertThat(q.scores()).containsExactly(n.scores());
        }
      }
    }
  }

  @Test
  void aQueryIsTheRootOfANetwork() {
    Corpus corpus = CollocationsAnalyserTest.varied();
    CollocationOptions options = new CollocationOptions("", false, 5, 5, false, "log_dice", 1, 2,
        0, 0, true, 2, 3, "[word=\"tea\"]");
    CollocationNetwork byQuery = (CollocationNetwork) analyser.analyse(
        RunContext.forTesting(corpus), options);
    CollocationNetwork byWord = (CollocationNetwork) analyser.analyse(
        RunContext.forTesting(corpus), new CollocationOptions("tea", false, 5, 5, false,
            "log_dice", 1, 2, 0, 0, true, 2, 3));
    assertThat(byQuery.nodes().get(0).word()).isEqualTo("[word=\"tea\"]");
    assertThat(byQuery.edges()).hasSameSizeAs(byWord.edges());
    for (int i = 0; i < byWord.edges().size(); i++) {
      CollocationNetwork.Edge w = byWord.edges().get(i);
      CollocationNetwork.Edge q = byQuery.edges().get(i);
      assertThat(q.target()).isEqualTo(w.target());
      assertThat(q.source()).isEqualTo(w.source().equals("tea") ? "[word=\"tea\"]" : w.source());
      assertThat(q.collocation().scores()).containsExactly(w.collocation().scores());
    }
  }

  @Test
  void queryExcludesNodeAndAll() {
    assertThatThrownBy(() -> new CollocationOptions("tea", false, 5, 5, false, "log_dice", 1, 3, 0,
        0, false, 2, 10, "tea"))
        .isInstanceOf(UsageException.class).hasMessage("give either a NODE word or --query, not both");
    assertThatThrownBy(() -> new CollocationOptions("", true, 5, 5, false, "log_dice", 1, 3, 0,
        0, false, 2, 10, "tea"))
        .isInstanceOf(UsageException.class).hasMessage("give either --query or --all, not both");
    assertThatThrownBy(() -> analyser.analyse(RunContext.forTesting(PHRASES),
        CollocationOptions.forQuery("[word=]")))
        .isInstanceOf(UsageException.class).hasMessageStartingWith("bad query at column ");
  }
}
