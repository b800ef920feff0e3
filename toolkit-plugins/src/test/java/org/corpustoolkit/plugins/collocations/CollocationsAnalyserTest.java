package org.corpustoolkit.plugins.collocations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

class CollocationsAnalyserTest {
  private static final double EPS = 1e-6;
  private final CollocationsAnalyser analyser = new CollocationsAnalyser();

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  private static CollocationOptions node(String node, int left, int right, boolean cross) {
    return CollocationOptions.forNode(node).withSpan(left, right, cross).withThresholds(1, 1, 0);
  }

  private static CollocationOptions all(int left, int right, boolean cross, int minObserved) {
    return new CollocationOptions("", true, left, right, cross, "log_dice", 1, minObserved, 0, 0,
        false, 2, 10);
  }

  /*
   * Span 2L-2R within sentences. Word positions (punctuation is not a position):
   *   doc1 sentence 1: x0 a1 node2 b3 node4 c5 d6     sentence 2: node7 y8 a9
   *   doc2:            a0 node1
   * Windows: node@2 -> {0,1} and {3,4}; node@4 -> {2,3} and {5,6}; node@7 -> left cut at the
   * sentence start (nothing), right {8,9}; doc2 node@1 -> left {0}, right cut at the document end.
   * Union: doc1 {0,1,2,3,4,5,6,8,9} (3 is in two windows but is one position), doc2 {0}: R1 = 10.
   * f(node) = 4, N = 12 word tokens.
   * a: positions doc1 1 (left of node@2), doc1 9 (right of node@7), doc2 0 (left): O11 = 3, left 2,
   *    right 1; C1 = f(a) = 3; E11 = 10 x 3 / 12 = 2.5.
   * node: doc1 2 is in node@4's left window, doc1 4 in node@2's right window: O11 = 2 (its own
   *    position is never in its own window); C1 = 4; E11 = 10 x 4 / 12 = 3.333333.
   * b: doc1 3 is right of node@2 and left of node@4: O11 = 1, left 1, right 1.
   */
  private static final Corpus HAND = Corpus.ofStrings("x, a node b node c d. Node y a.", "A node.");

  @Test
  void windowsAreCountedByHandOnASmallText() {
    CollocationTable table = analyser.analyse(RunContext.forTesting(HAND), node("node", 2, 2, false))
        instanceof CollocationTable t ? t : null;
    assertThat(table).isNotNull();
    assertThat(table.nodeFrequency()).isEqualTo(4);
    assertThat(table.windowPositions()).isEqualTo(10);
    assertThat(table.corpusSize()).isEqualTo(12);
    assertCounts(table.collocate("a"), 3, 3, 2, 1);
    assertCounts(table.collocate("node"), 2, 4, 1, 1);
    assertCounts(table.collocate("b"), 1, 1, 1, 1);
    assertCounts(table.collocate("x"), 1, 1, 1, 0);
    assertCounts(table.collocate("c"), 1, 1, 0, 1);
    assertCounts(table.collocate("d"), 1, 1, 0, 1);
    assertCounts(table.collocate("y"), 1, 1, 0, 1);
    assertThat(table.collocates()).hasSize(7);
    assertThat(table.collocate("a").expected()).isCloseTo(2.5, within(EPS));
    assertThat(table.collocate("node").expected()).isCloseTo(3.333333, within(EPS));
  }

  private static void assertCounts(Collocation c, long observed, long frequency, long left,
      long right) {
    assertThat(c).isNotNull();
    assertThat(c.observed()).as(c.collocate() + " observed").isEqualTo(observed);
    assertThat(c.collocateFrequency()).as(c.collocate() + " frequency").isEqualTo(frequency);
    assertThat(c.left()).as(c.collocate() + " left").isEqualTo(left);
    assertThat(c.right()).as(c.collocate() + " right").isEqualTo(right);
  }

  /*
   * Collocate a of the text above: O11 = 3, R1 = 10, C1 = 3, N = 12, so O12 = 7, O21 = 0, O22 = 2,
   * E11 = 2.5, R2 = 2, C2 = 9.
   *   MI = log2(3/2.5) = 0.263034; MI3 = log2(27/2.5) = 3.432959; t = 0.5/sqrt(3) = 0.288675;
   *   z = 0.5/sqrt(2.5) = 0.316228; G2 = 2(3 ln(3/2.5) + 7 ln(7/7.5) + 0 + 2 ln(2/0.5)) = 1.278757;
   *   Dice = 6/13 = 0.461538; logDice = 14 + log2(6/13) = 12.884523; min. sensitivity =
   *   min(0.3, 1) = 0.3; dP(c|n) = 3/10 - 0/2 = 0.3; dP(n|c) = 3/3 - 7/9 = 0.222222;
   *   Log Ratio = log2((3/10)/(0.5/2)) = 0.263034 (O21 = 0 replaced by 0.5).
   * Collocate node: O11 = 2, R1 = 10, C1 = 4, N = 12: O11 < E11 = 3.333333, so G2 is negative:
   *   -5.268292; MI = log2(2/3.333333) = -0.736966; dP(c|n) = 0.2 - 2/2 = -0.8.
   */
  @Test
  void scoresReproduceTheTableByHand() {
    CollocationTable table = (CollocationTable) analyser.analyse(RunContext.forTesting(HAND),
        node("node", 2, 2, false));
    Collocation a = table.collocate("a");
    assertThat(a.score(Measure.MI)).isCloseTo(0.263034406, within(EPS));
    assertThat(a.score(Measure.MI3)).isCloseTo(3.432959407, within(EPS));
    assertThat(a.score(Measure.T_SCORE)).isCloseTo(0.288675135, within(EPS));
    assertThat(a.score(Measure.Z_SCORE)).isCloseTo(0.316227766, within(EPS));
    assertThat(a.score(Measure.LL)).isCloseTo(1.278757430, within(EPS));
    assertThat(a.score(Measure.DICE)).isCloseTo(0.461538462, within(EPS));
    assertThat(a.score(Measure.LOG_DICE)).isCloseTo(12.884522783, within(EPS));
    assertThat(a.score(Measure.MIN_SENSITIVITY)).isCloseTo(0.3, within(EPS));
    assertThat(a.score(Measure.DELTA_P_NODE)).isCloseTo(0.3, within(EPS));
    assertThat(a.score(Measure.DELTA_P_COLLOCATE)).isCloseTo(0.222222222, within(EPS));
    assertThat(a.score(Measure.LOG_RATIO)).isCloseTo(0.263034406, within(EPS));
    Collocation self = table.collocate("node");
    assertThat(self.score(Measure.LL)).isCloseTo(-5.268291568, within(EPS));
    assertThat(self.score(Measure.MI)).isCloseTo(-0.736965594, within(EPS));
    assertThat(self.score(Measure.DELTA_P_NODE)).isCloseTo(-0.8, within(EPS));
    assertThat(self.score(Measure.LOG_DICE)).isCloseTo(12.192645078, within(EPS));
  }

  @Test
  void crossingSentencesWidensTheWindowsButNeverAcrossDocuments() {
    CollocationTable table = (CollocationTable) analyser.analyse(RunContext.forTesting(HAND),
        node("node", 2, 2, true));
    // node@7 now also reaches c5 d6 (already in the union) ; doc2 is unchanged: R1 stays 10.
    assertThat(table.windowPositions()).isEqualTo(10);
    assertThat(table.collocate("d").left()).isEqualTo(1);
    assertThat(table.collocate("d").right()).isEqualTo(1);
  }

  /*
   * NLTK agreement. Words (N = 13): the cat sat | the cat ran | a dog sat on the mat today.
   * Span 0L-1R across sentences = adjacent bigrams, so R1 = f(node) and the table is NLTK's
   * (n_ii, n_ix, n_xi, n_xx).
   * (the, cat): n_ii = 2, n_ix = f(the) = 3, n_xi = f(cat) = 2, n_xx = 13.
   *   pmi = log2(n_ii n_xx / (n_ix n_xi)) = log2(26/6) = 2.115477
   *   student_t = (n_ii - n_ix n_xi / n_xx)/sqrt(n_ii) = (2 - 6/13)/sqrt(2) = 1.087857
   *   likelihood_ratio over (2, 0, 1, 10) with expected (6/13, 20/13, 33/13, 110/13)... = 7.343314
   *   dice = 2 n_ii / (n_ix + n_xi) = 4/5 = 0.8
   * (sat, the): the first sat ends its sentence, so the pair exists only across sentences:
   *   n_ii = 1, n_ix = 2, n_xi = 3: pmi = log2(13/6) = 1.115477, t = (1 - 6/13)/1 = 0.538462,
   *   likelihood_ratio = 0.841654, dice = 2/5 = 0.4.
   */
  @Test
  void adjacentBigramsAgreeWithNltkBigramMeasures() {
    Corpus corpus = Corpus.ofStrings("the cat sat. The cat ran. A dog sat on the mat today.");
    CollocationTable the = (CollocationTable) analyser.analyse(RunContext.forTesting(corpus),
        node("the", 0, 1, true));
    assertThat(the.windowPositions()).isEqualTo(3);
    Collocation cat = the.collocate("cat");
    assertThat(cat.observed()).isEqualTo(2);
    assertThat(cat.score(Measure.MI)).isCloseTo(2.115477217, within(EPS));
    assertThat(cat.score(Measure.T_SCORE)).isCloseTo(1.087856586, within(EPS));
    assertThat(cat.score(Measure.LL)).isCloseTo(7.343313560, within(EPS));
    assertThat(cat.score(Measure.DICE)).isCloseTo(0.8, within(EPS));

    CollocationTable sat = (CollocationTable) analyser.analyse(RunContext.forTesting(corpus),
        node("sat", 0, 1, true));
    assertThat(sat.windowPositions()).isEqualTo(2);
    Collocation satThe = sat.collocate("the");
    assertThat(satThe.score(Measure.MI)).isCloseTo(1.115477217, within(EPS));
    assertThat(satThe.score(Measure.T_SCORE)).isCloseTo(0.538461538, within(EPS));
    assertThat(satThe.score(Measure.LL)).isCloseTo(0.841654093, within(EPS));
    assertThat(satThe.score(Measure.DICE)).isCloseTo(0.4, within(EPS));

    PairTable bigrams = (PairTable) analyser.analyse(RunContext.forTesting(corpus),
        all(0, 1, true, 1));
    Collocation pair = bigrams.pair("the", "cat");
    assertThat(pair.observed()).isEqualTo(2);
    assertThat(pair.windowPositions()).isEqualTo(pair.nodeFrequency()).isEqualTo(3);
    assertThat(pair.scores()).containsExactly(cat.scores());
    assertThat(bigrams.pair("sat", "the").scores()).containsExactly(satThe.scores());

    CollocationTable within = (CollocationTable) analyser.analyse(RunContext.forTesting(corpus),
        node("sat", 0, 1, false));
    assertThat(within.windowPositions()).isEqualTo(1);
    assertThat(within.collocate("the")).isNull();
  }

  static Corpus varied() {
    String[] words = {"tea", "cup", "of", "the", "hot", "green", "drink", "a", "pot", "milk",
        "sugar", "and", "with", "strong", "black"};
    String[] texts = new String[30];
    long seed = 42;
    for (int d = 0; d < texts.length; d++) {
      StringBuilder sb = new StringBuilder();
      int length = 20 + d * 7 % 60;
      for (int i = 0; i < length; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        int r = (int) ((seed >>> 33) % (words.length * 3));
        sb.append(words[r < words.length ? r : r % 5]);
        sb.append(i % 9 == 8 ? ". " : " ");
      }
      texts[d] = sb.toString();
    }
    return Corpus.ofStrings(texts);
  }

  @Test
  void everyPairOfAllEqualsTheSingleNodeTable() {
    Corpus corpus = varied();
    PairTable pairs = (PairTable) analyser.analyse(RunContext.forTesting(corpus), all(5, 5, false, 1));
    for (String word : List.of("tea", "cup", "the", "milk")) {
      CollocationTable single = (CollocationTable) analyser.analyse(RunContext.forTesting(corpus),
          node(word, 5, 5, false));
      assertThat(single.collocates()).isNotEmpty();
      for (Collocation c : single.collocates()) {
        Collocation p = pairs.pair(word, c.collocate());
        assertThat(p).as(word + " " + c.collocate()).isNotNull();
        assertThat(p.observed()).isEqualTo(c.observed());
        assertThat(p.windowPositions()).isEqualTo(c.windowPositions());
        assertThat(p.scores()).containsExactly(c.scores());
      }
    }
  }

  @Test
  void resultsDoNotDependOnThreadsOrPartitions() {
    Corpus corpus = varied();
    CollocationOptions nodeOptions = node("tea", 4, 3, false);
    assertThat(analyser.analyse(context(corpus, 2), nodeOptions))
        .isEqualTo(analyser.analyse(context(corpus, 1), nodeOptions));
    PairTable one = (PairTable) analyser.analyse(context(corpus, 1), all(5, 5, false, 2));
    PairTable two = (PairTable) analyser.analyse(context(corpus, 2), all(5, 5, false, 2));
    // A budget of 20 pairs a pass: many partitions; with dense rows for the frequent nodes, fewer.
    PairTable split = (PairTable) new CollocationsAnalyser(20, false, CollocationsAnalyser.PLANNED_SHARE).analyse(context(corpus, 2),
        all(5, 5, false, 2));
    PairTable splitWithRows = (PairTable) new CollocationsAnalyser(20).analyse(context(corpus, 2),
        all(5, 5, false, 2));
    assertThat(one.pairs()).isNotEmpty();
    assertThat(two.pairs()).isEqualTo(one.pairs());
    assertThat(split.pairs()).isEqualTo(one.pairs());
    assertThat(splitWithRows.pairs()).isEqualTo(one.pairs());
    assertThat(one.passes()).isEqualTo(1);
    assertThat(split.passes()).isGreaterThan(4);
    assertThat(splitWithRows.passes()).isGreaterThan(1);
    CollocationOptions trigrams = new CollocationOptions("", true, 5, 5, false, "mi", 1, 2, 0, 3,
        false, 2, 10);
    TrigramTable t1 = (TrigramTable) analyser.analyse(context(corpus, 1), trigrams);
    // At most 15 x 15 trigrams start with one word: a budget of 250 forces several passes.
    TrigramTable t2 = (TrigramTable) new CollocationsAnalyser(250).analyse(context(corpus, 2),
        trigrams);
    assertThat(t1.trigrams()).isNotEmpty();
    assertThat(t2.table().materialize()).usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(t1.table().materialize());
    CollocationOptions network = new CollocationOptions("tea", false, 5, 5, false, "log_dice", 1, 2,
        0, 0, true, 3, 4);
    assertThat(analyser.analyse(context(corpus, 2), network))
        .isEqualTo(analyser.analyse(context(corpus, 1), network));
  }

  /*
   * Words (N = 9): a b c | a b c | a b d. f(a) = 3, f(b) = 3, f(c) = 2, f(d) = 1.
   * "a b c": O = 2, E = 3 x 3 x 2 / 81 = 0.222222, MI = log2(2 x 81 / 18) = log2(9) = 3.169925,
   * t = (2 - 0.222222)/sqrt(2) = 1.257079. "c a b" crosses a sentence boundary: not counted.
   */
  @Test
  void trigramsHaveFrequencyAndGeneralisedMi() {
    Corpus corpus = Corpus.ofStrings("a b c. A b c. A b d.");
    CollocationOptions options = new CollocationOptions("", true, 5, 5, false, "mi", 1, 1, 0, 3,
        false, 2, 10);
    TrigramTable table = (TrigramTable) analyser.analyse(RunContext.forTesting(corpus), options);
    Trigram abc = table.trigram("a b c");
    assertThat(abc.observed()).isEqualTo(2);
    assertThat(abc.expected()).isCloseTo(0.222222222, within(EPS));
    assertThat(abc.mutualInformation()).isCloseTo(3.169925001, within(EPS));
    assertThat(abc.tScore()).isCloseTo(1.257078722, within(EPS));
    assertThat(table.trigram("c a b")).isNull();
    // "a b d": O = 1, E = 9/81, MI = log2(81/9) = 3.169925 too: the tie goes to the more frequent.
    assertThat(table.trigram("a b d").mutualInformation()).isCloseTo(3.169925001, within(EPS));
    assertThat(table.trigrams()).extracting(Trigram::text).containsExactly("a b c", "a b d");
  }

  @Test
  void stopWordsAreLeftOutAsCollocatesButStillOccupyPositions() {
    RunContext stopped = new RunContext(HAND, new TextSettings(false, Set.of("a"), "en"), 1,
        w -> {}, ProgressListener.NONE);
    CollocationTable table = (CollocationTable) analyser.analyse(stopped, node("node", 2, 2, false));
    assertThat(table.collocate("a")).isNull();
    assertThat(table.windowPositions()).isEqualTo(10);
    assertThat(table.collocate("node").expected()).isCloseTo(3.333333, within(EPS));
  }

  @Test
  void thresholdsSortingAndTop() {
    CollocationTable table = (CollocationTable) analyser.analyse(RunContext.forTesting(HAND),
        CollocationOptions.forNode("node").withSpan(2, 2, false).withThresholds(2, 1, 0));
    // min-freq 2 keeps a (3) and node (4) only.
    assertThat(table.collocates()).extracting(Collocation::collocate).containsExactly("a", "node");
    CollocationTable top = (CollocationTable) analyser.analyse(RunContext.forTesting(HAND),
        CollocationOptions.forNode("node").withSpan(2, 2, false).withThresholds(1, 2, 1));
    assertThat(top.candidates()).isEqualTo(2);
    assertThat(top.collocates()).extracting(Collocation::collocate).containsExactly("a");
  }

  @Test
  void networkExpandsEachCollocateInOneExtraPass() {
    Corpus corpus = varied();
    CollocationOptions options = new CollocationOptions("tea", false, 5, 5, false, "log_dice", 1, 2,
        0, 0, true, 2, 3);
    CollocationNetwork network = (CollocationNetwork) analyser.analyse(RunContext.forTesting(corpus),
        options);
    assertThat(network.nodes().get(0)).isEqualTo(new CollocationNetwork.Node("tea", 0,
        network.nodes().get(0).frequency()));
    List<CollocationNetwork.Edge> fromRoot = network.edges().stream()
        .filter(e -> e.source().equals("tea")).toList();
    assertThat(fromRoot).hasSize(3);
    for (CollocationNetwork.Edge first : fromRoot) {
      String word = first.target();
      CollocationTable own = (CollocationTable) analyser.analyse(RunContext.forTesting(corpus),
          new CollocationOptions(word, false, 5, 5, false, "log_dice", 1, 2, 3, 0, false, 2, 3));
      List<CollocationNetwork.Edge> edges = network.edges().stream()
          .filter(e -> e.source().equals(word)).toList();
      assertThat(edges).extracting(CollocationNetwork.Edge::target)
          .containsExactlyElementsOf(own.collocates().stream().map(Collocation::collocate).toList());
      for (CollocationNetwork.Edge e : edges) {
        Collocation c = own.collocate(e.target());
        assertThat(e.collocation().observed()).isEqualTo(c.observed());
        assertThat(e.collocation().scores()).containsExactly(c.scores());
        assertThat(network.node(e.target()).level()).isLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void optionsRejectMissingOrConflictingNodes() {
    assertThatThrownBy(() -> analyser.options(OptionValues.defaults()))
        .isInstanceOf(UsageException.class).hasMessageContaining("--all");
    assertThatThrownBy(() -> analyser.options(OptionValues.builder()
        .set(CollocationOptions.NODE, "tea").set(CollocationOptions.ALL, true).build()))
        .isInstanceOf(UsageException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> analyser.options(OptionValues.builder()
        .set(CollocationOptions.NODE, "tea").set(CollocationOptions.LEFT, 0)
        .set(CollocationOptions.RIGHT, 0).build()))
        .isInstanceOf(UsageException.class).hasMessageContaining("empty");
    CollocationOptions bigrams = analyser.options(OptionValues.builder()
        .set(CollocationOptions.ALL, true).set(CollocationOptions.NGRAM, 2).build());
    assertThat(bigrams.left()).isZero();
    assertThat(bigrams.right()).isEqualTo(1);
    assertThat(analyser.options(OptionValues.builder().set(CollocationOptions.ALL, true)
        .set(CollocationOptions.NGRAM, 3).build()).measure()).isEqualTo("mi");
  }
}
