package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.corpustoolkit.plugins.frequency.StreamedDispersionTest.assertScoresClose;
import static org.corpustoolkit.plugins.frequency.StreamedDispersionTest.context;
import static org.corpustoolkit.plugins.frequency.StreamedDispersionTest.corpus;
import static org.corpustoolkit.plugins.frequency.StreamedDispersionTest.rows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.DocumentSource;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word n-gram dispersion from the second pass ({@link StreamedDispersion#ofNgrams}: the n-grams rebuilt
 * from the word ids and sentence starts the first pass kept, or from the corpus read again) equals the
 * dispersion of the position-keeping path ({@link DispersionScorer}, used for a corpus read once):
 * range and ARF exactly, Juilland's D, DP and DPnorm to the last bits of a double; identical whatever
 * the threads and the part size; n-grams never cross a sentence end.
 */
class StreamedNgramDispersionTest {
  private static final double EPS = 1e-12;
  /** Keeps the word ids and sentence starts of these small corpora in memory. */
  private final FrequencyAnalyser analyser = new FrequencyAnalyser();
  /** Keeps none: the second pass reads the corpus again. */
  private final FrequencyAnalyser rereading = new FrequencyAnalyser(0);
  /** Keeps none in memory: they go to a temporary file, which the second pass reads. */
  private final FrequencyAnalyser spilling = new FrequencyAnalyser(0, true);
  /** Keeps the word ids, and decodes them in batches of three items a worker. */
  private final FrequencyAnalyser batching = new FrequencyAnalyser(FrequencyAnalyser.KEPT_WORDS, false, 3);

  /**
   * Documents of hard-wrapped paragraphs (sentence ends inside lines and at line ends, blank lines
   * between paragraphs, so that a large document is read in parts), some with one paragraph per line,
   * and a document without words, one of a single word and one whose sentences are single words (words,
   * but no n-gram: not a part).
   */
  private static List<String> texts(long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    int documents = 2 + random.nextInt(5);
    for (int d = 0; d < documents; d++) {
      texts.add(random.nextInt(4) == 0 ? NgramPartsTest.paragraphPerLine(random, 1 + random.nextInt(4),
          false) : NgramPartsTest.wrapped(random, 1 + random.nextInt(60)));
    }
    texts.add(1 + random.nextInt(texts.size()), "... !!! --- ,,,\n");
    texts.add(random.nextInt(texts.size() + 1), "café");
    texts.add(random.nextInt(texts.size() + 1), "Stop! Go. Why? Yes.\n");
    return texts;
  }

  private static FrequencyOptions options(int n, int parts) {
    return new FrequencyOptions(0, 1, 0, n, ItemType.WORD, true, parts);
  }

  @ParameterizedTest
  @CsvSource({"1, 2, 0, 0", "2, 2, 0, 64", "3, 3, 0, 128", "4, 2, 5, 0", "5, 3, 7, 96",
      "6, 2, 40, 300", "7, 4, 2, 64", "8, 2, 1, 512", "9, 3, 0, 48", "10, 5, 3, 200"})
  void secondPassEqualsThePositionKeepingPath(long seed, int n, int parts, int segmentBytes) {
    List<String> texts = texts(seed);
    FrequencyOptions options = options(n, parts);
    FrequencyList expected = analyser.analyse(context(corpus(texts, false), 1), options);
    assertThat(expected.total()).isGreaterThan(0);
    String first = null;
    for (FrequencyAnalyser second : List.of(analyser, rereading, spilling, batching)) {
      for (int threads : new int[] {1, 2, 3}) {
        RunContext context = context(corpus(texts, true), threads);
        if (segmentBytes > 0) {
          context = context.withSegmentBytes(segmentBytes);
        }
        FrequencyList list = second.analyse(context, options);
        assertScoresClose(list, expected);
        assertThat(list.summary()).isEqualTo(expected.summary());
        if (first == null) {
          first = rows(list);
        } else {
          assertThat(rows(list)).as("threads %d", threads).isEqualTo(first);
        }
      }
    }
    // Whole documents give the same rows as any reading in parts.
    assertThat(rows(analyser.analyse(context(corpus(texts, true), 2), options))).isEqualTo(first);
    assertThat(rows(analyser.analyse(context(corpus(texts, true), 2).withSegmentBytes(1000),
        options))).isEqualTo(first);
  }

  @ParameterizedTest
  @CsvSource({"11, 2, 0", "12, 3, 4"})
  void largeDocumentsReadInPartsAreScoredFromTheParts(long seed, int n, int parts) {
    Random random = new Random(seed);
    List<String> texts = List.of(NgramPartsTest.wrapped(random, 200), "Short text, not split.",
        NgramPartsTest.wrapped(random, 80));
    FrequencyOptions options = options(n, parts);
    FrequencyList expected = analyser.analyse(context(corpus(texts, false), 1), options);
    for (FrequencyAnalyser second : List.of(analyser, rereading, spilling)) {
      PassCountingContext context = new PassCountingContext(context(corpus(texts, true), 2)
          .withSegmentBytes(300));
      assertThat(PassCountingContext.partsOf(context, 0)).isGreaterThan(5);
      FrequencyList list = second.analyse(context, options);
      assertThat(context.documentPasses).as("every cut separates sentences").isZero();
      assertScoresClose(list, expected);
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "0, 2", "1000000, 2"})
  void aCutThatMaySplitASentenceMeansWholeDocumentsInBothPasses(long keptWords, int threads) {
    // Hard-wrapped lines without blank lines: the corpus is counted again from whole documents, and
    // the second pass reads (or was kept from) whole documents too.
    Random random = new Random(8);
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < 200; l++) {
      text.append(NgramPartsTest.wrapped(random, 1).strip().replace('\n', ' ')).append(" and\n");
    }
    List<String> texts = List.of(text.toString(), "A short one. Two.", text.substring(0, 900) + "\n");
    FrequencyOptions options = options(2, 0);
    FrequencyList expected = analyser.analyse(context(corpus(texts, false), 1), options);
    PassCountingContext context = new PassCountingContext(context(corpus(texts, true), threads)
        .withSegmentBytes(256));
    FrequencyList list = new FrequencyAnalyser(keptWords).analyse(context, options);
    assertThat(context.documentPasses).as("counted again whole").isEqualTo(1);
    assertScoresClose(list, expected);
  }

  private static int indexOf(FrequencyList list, String item) {
    for (int i = 0; i < list.entries().size(); i++) {
      if (list.entries().get(i).item().equals(item)) {
        return i;
      }
    }
    throw new AssertionError(item);
  }

  /**
   * Bigrams of four documents: "x y | y x y z" (two sentences), "z x y", "w" (no bigram: not a part),
   * "x y x". The bigrams, in corpus order: x_y y_x x_y y_z | z_x x_y | x_y y_x; N = 8, parts of sizes
   * 4, 2, 2 (s = 1/2, 1/4, 1/4). "y y" would cross the first sentence end: it is not counted.
   */
  private static final List<String> HAND = List.of("X y. Y x y z.", "Z x y", "W.", "X y x.");

  @Test
  void bigramsWithinSentencesCheckedByHand() {
    for (FrequencyAnalyser a : List.of(analyser, rereading, spilling)) {
      for (boolean rereadable : new boolean[] {true, false}) {
        FrequencyList list = a.analyse(context(corpus(HAND, rereadable), 2), options(2, 0));
        assertThat(list.total()).isEqualTo(8);
        assertThat(list.entries()).extracting(FrequencyEntry::item)
            .containsExactly("x y", "y x", "y z", "z x");
        assertThat(list.partCount()).isEqualTo(3);
        // "x y" at 0, 2, 5, 6; v = 8/4 = 2: gaps 2, 3, 1 and the wrapped 0 + 8 - 6 = 2.
        DispersionScores xy = list.dispersion().get(indexOf(list, "x y"));
        assertThat(xy.range()).isEqualTo(3);
        assertThat(xy.arf()).isEqualTo((2 + 2 + 1 + 2) / 2.0);
        // counts 2, 1, 1 = the shares: DP 0; x_i = 1/2 each: sd 0, D 1
        assertThat(xy.dp()).isCloseTo(0, within(EPS));
        assertThat(xy.dpNorm()).isCloseTo(0, within(EPS));
        assertThat(xy.juillandD()).isCloseTo(1, within(EPS));
        // "y x" at 1 and 7; v = 4: gap 6 -> 4, wrapped 1 + 8 - 7 = 2.
        DispersionScores yx = list.dispersion().get(indexOf(list, "y x"));
        assertThat(yx.range()).isEqualTo(2);
        assertThat(yx.arf()).isEqualTo((4 + 2) / 4.0);
        // v_i = 1/2, 0, 1/2: DP = 1/2 (0 + 1/4 + 1/4); DPnorm = DP / (1 - 1/4)
        assertThat(yx.dp()).isCloseTo(0.25, within(EPS));
        assertThat(yx.dpNorm()).isCloseTo(1.0 / 3, within(EPS));
        // x_i = 1/4, 0, 1/2: mean 1/4, population sd sqrt(1/24), sd/mean = sqrt(2/3), n - 1 = 2
        assertThat(yx.juillandD()).isCloseTo(1 - Math.sqrt(1.0 / 3), within(EPS));
        // "z x" at 4 alone: v = 8, the wrapped gap 4 + 8 - 4 = 8.
        assertThat(list.dispersion().get(indexOf(list, "z x")).arf()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void bigramsInTwoEqualPartsCheckedByHand() {
    // --parts 2 over the 8 bigrams: positions 0-3 and 4-7; "y x" at 1 and 7, one in each.
    FrequencyList list = rereading.analyse(context(corpus(HAND, true), 1), options(2, 2));
    DispersionScores yx = list.dispersion().get(indexOf(list, "y x"));
    assertThat(yx.range()).isEqualTo(2);
    assertThat(yx.dp()).isCloseTo(0, within(EPS));
    assertThat(yx.juillandD()).isCloseTo(1, within(EPS));
    // "y z" at 3: in the first part; DP = 1/2 (1/2 + 1/2)
    DispersionScores yz = list.dispersion().get(indexOf(list, "y z"));
    assertThat(yz.range()).isEqualTo(1);
    assertThat(yz.dp()).isCloseTo(0.5, within(EPS));
    assertThat(yz.dpNorm()).isCloseTo(1, within(EPS));
  }

  @Test
  void theSentenceStartsKeptRebuildTheNgramsOfEachSentence() {
    // Words 0..8 in sentences [0 1 2] [3] [4 5 6 7 8]: bigrams 0-1 1-2 4-5 5-6 6-7 7-8, trigrams
    // 0-1-2 4-5-6 5-6-7 6-7-8.
    int[] words = {10, 11, 12, 13, 14, 15, 16, 17, 18};
    int[] sentences = {1, 1, 1, 2, 3, 3, 3, 3, 3};
    int[] starts = SegmentLayout.sentenceStarts(sentences, words.length);
    assertThat(starts).containsExactly(3, 4);
    assertThat(SegmentLayout.ngramCount(words.length, starts, 2)).isEqualTo(6);
    assertThat(SegmentLayout.ngramCount(words.length, starts, 3)).isEqualTo(4);
    assertThat(SegmentLayout.ngramCount(words.length, starts, 6)).isZero();
    NgramTable table = new NgramTable(2);
    assertThat(table.intern(new int[] {11, 12}, 0)).isZero();
    assertThat(table.intern(new int[] {16, 17}, 0)).isEqualTo(1);
    assertThat(table.intern(new int[] {12, 13}, 0)).isEqualTo(2); // crosses a sentence end
    assertThat(SegmentLayout.ngrams(words, words.length, starts, 2, table, 9))
        .containsExactly(9, 0, 9, 9, 1, 9);
    assertThat(SegmentLayout.ngrams(words, words.length, new int[0], 2, table, 9))
        .containsExactly(9, 0, 2, 9, 9, 9, 1, 9);
  }

  @Test
  void aLayoutKeepsTheSentenceStartsOfEachPartInMemoryAndInTheSpillFile() {
    List<String> texts = List.of("One two three. Four. Five six seven eight nine.", "Ten eleven");
    for (long budget : new long[] {1000, 0}) {
      org.corpustoolkit.plugins.wordids.IdSpill spill = new org.corpustoolkit.plugins.wordids.IdSpill();
      try {
        SegmentLayout layout = new SegmentLayout(new AtomicLong(), budget, spill, new int[] {3, 2});
        for (org.corpustoolkit.text.TokenizedDocument doc : context(corpus(texts, true), 1)
            .documents()) {
          layout.add(doc, doc.wordIds(), doc.wordSentences());
        }
        layout.seal();
        assertThat(layout.keptIds()).isTrue();
        assertThat(spill.size() > 0).as("spilled").isEqualTo(budget == 0);
        assertThat(layout.positions(1).total()).isEqualTo(11);
        assertThat(layout.positions(2).total()).isEqualTo(2 + 4 + 1);
        assertThat(layout.positions(3).total()).isEqualTo(1 + 3);
        assertThat(layout.positions(3).documentSizes()).containsExactly(4);
        assertThat(layout.positions(3).documentPart(1)).isEqualTo(-1);
        assertThat(layout.positions(2).base(1)).isEqualTo(6);
        NgramTable all = new NgramTable(2);
        int[] ids = Arrays.copyOf(layout.ids(0, null), layout.words(0));
        for (int i = 0; i + 1 < ids.length; i++) {
          all.intern(ids, i); // every pair, across sentence ends too: ids 0 .. 7
        }
        assertThat(layout.ngrams(0, 2, all, -1)).containsExactly(0, 1, 4, 5, 6, 7);
      } finally {
        spill.close();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "2, 10", "3, 60"})
  void ngramsOfACorpusLargerThanTheBudgetGoToATemporaryFileAndTheCorpusIsReadOnce(int threads,
      long keptWords) throws IOException {
    // Paragraphs between blank lines: every cut separates sentences, so the parts are counted once.
    Random random = new Random(31);
    List<String> texts = List.of(NgramPartsTest.wrapped(random, 60), "Stop! Go.",
        NgramPartsTest.wrapped(random, 40), "", NgramPartsTest.wrapped(random, 3));
    FrequencyList expected = analyser.analyse(context(corpus(texts, false), 1), options(2, 0));
    Set<java.nio.file.Path> before = StreamedDispersionTest.spillFiles();
    Corpus corpus = corpus(texts, true);
    PassCountingContext context = new PassCountingContext(context(corpus, threads)
        .withSegmentBytes(300));
    assertThat(PassCountingContext.partsOf(context(corpus(texts, true), 1).withSegmentBytes(300), 0))
        .isGreaterThan(3);
    FrequencyList list = new FrequencyAnalyser(keptWords, true).analyse(context, options(2, 0));
    assertThat(context.segmentPasses).isEqualTo(1);
    assertThat(context.documentPasses + context.segmentMaps + context.documentMaps).isZero();
    for (DocumentSource source : corpus.sources()) {
      assertThat(((StreamedDispersionTest.Source) source).opened.get()).as(source.id()).isEqualTo(1);
    }
    assertScoresClose(list, expected);
    assertThat(StreamedDispersionTest.spillFiles()).as("the temporary file is deleted")
        .isSubsetOf(before);
    Corpus again = corpus(texts, true);
    assertScoresClose(new FrequencyAnalyser(keptWords).analyse(
        context(again, threads).withSegmentBytes(300), options(2, 0)), expected);
    for (DocumentSource source : again.sources()) {
      assertThat(((StreamedDispersionTest.Source) source).opened.get()).as(source.id()).isEqualTo(2);
    }
  }

  @Test
  void wordsBigramsAndTrigramsCountedTogetherShareOneLayout() {
    List<String> texts = texts(41);
    List<FrequencyOptions> lists = List.of(new FrequencyOptions(0, 1, 0, 1),
        new FrequencyOptions(20, 1, 0, 1, ItemType.WORD, true, 0), options(2, 0),
        new FrequencyOptions(30, 2, 0, 3, ItemType.WORD, true, 3),
        new FrequencyOptions(10, 1, 0, 2, ItemType.WORD, true, 0), options(3, 3));
    List<FrequencyList> expected = analyser.analyseTogether(context(corpus(texts, false), 1), lists);
    for (FrequencyAnalyser a : List.of(analyser, rereading, spilling)) {
      List<FrequencyList> together = a.analyseTogether(context(corpus(texts, true), 2)
          .withSegmentBytes(128), lists);
      assertThat(together.get(0).hasDispersion()).isFalse();
      assertThat(rows(together.get(0))).isEqualTo(rows(expected.get(0)));
      for (int i = 1; i < lists.size(); i++) {
        assertScoresClose(together.get(i), expected.get(i));
        // each list as if counted alone
        assertThat(rows(together.get(i))).isEqualTo(rows(a.analyse(context(corpus(texts, true), 1),
            lists.get(i))));
      }
    }
  }

  @Test
  void stopWordsAreLeftOutOfTheListNotOutOfTheCorpus() {
    List<String> texts = texts(51);
    RunContext once = new RunContext(corpus(texts, false), new org.corpustoolkit.text.TextSettings(
        false, Set.of("the", "of", "a", "and", "on"), "en"), 1, w -> { },
        org.corpustoolkit.engine.ProgressListener.NONE);
    RunContext twice = new RunContext(corpus(texts, true), once.textSettings(), 2, w -> { },
        org.corpustoolkit.engine.ProgressListener.NONE).withSegmentBytes(100);
    FrequencyList expected = analyser.analyse(once, options(2, 4));
    FrequencyList list = analyser.analyse(twice, options(2, 4));
    assertScoresClose(list, expected);
    assertThat(list.entries()).extracting(FrequencyEntry::item).doesNotContain("of the", "on the");
    assertThat(list.total()).isEqualTo(analyser.analyse(context(corpus(texts, true), 1),
        options(2, 0)).total());
  }

  @Test
  void aCorpusWithoutNgramsHasNoDispersionAsBefore() {
    List<String> texts = List.of("Stop! Go.", "Why?");
    for (boolean rereadable : new boolean[] {false, true}) {
      FrequencyList list = rereading.analyse(context(corpus(texts, rereadable), 2), options(2, 3));
      assertThat(list.entries()).isEmpty();
      assertThat(list.total()).isZero();
      assertThat(list.dispersion()).isEmpty();
      assertThat(list.partCount()).isZero();
    }
  }

  @Test
  void moreEqualPartsThanNgramsIsAUsageError() {
    // 3 words, 2 bigrams: --parts 3 is allowed for words, not for bigrams.
    assertThat(rereading.analyse(context(corpus(List.of("a b c"), true), 1),
        new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 3)).partCount()).isEqualTo(3);
    for (boolean rereadable : new boolean[] {false, true}) {
      assertThatThrownBy(() -> rereading.analyse(context(corpus(List.of("a b c"), rereadable), 1),
          options(2, 3))).isInstanceOf(UsageException.class).hasMessageContaining("--parts 3");
    }
  }
}
