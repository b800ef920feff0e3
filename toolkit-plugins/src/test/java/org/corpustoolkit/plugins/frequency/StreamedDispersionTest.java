package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.DocumentSource;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word-list dispersion from the second streaming pass ({@link StreamedDispersion}, used when the corpus
 * can be read again) equals the dispersion of the position-keeping path ({@link DispersionScorer}, used
 * for a corpus that can be read once, such as standard input): range and ARF exactly, Juilland's D, DP
 * and DPnorm to the last bits of a double; and it is identical whatever the threads and the part size,
 * and whether the second pass reads the word ids the first kept or reads the corpus again.
 */
class StreamedDispersionTest {
  private static final double EPS = 1e-12;
  /** Keeps the word ids of these small corpora: the second pass reads them from memory. */
  private final FrequencyAnalyser analyser = new FrequencyAnalyser();
  /** Keeps no word ids: the second pass reads the corpus again. */
  private final FrequencyAnalyser rereading = new FrequencyAnalyser(0);
  /** Keeps no word ids in memory: they go to a temporary file, which the second pass reads. */
  private final FrequencyAnalyser spilling = new FrequencyAnalyser(0, true);
  /** Keeps the word ids, and decodes them in batches of one item a worker: a batch per part. */
  private final FrequencyAnalyser batching = new FrequencyAnalyser(FrequencyAnalyser.KEPT_WORDS, false, 1);
  /** Keeps the ids in a temporary file, and decodes them in batches of 40 items a worker. */
  private final FrequencyAnalyser batchingSpilled = new FrequencyAnalyser(0, true, 40);

  /** A source over a string that says whether it can be read again, and counts its openings. */
  static final class Source implements DocumentSource {
    private final String id;
    private final byte[] bytes;
    private final boolean rereadable;
    final AtomicInteger opened = new AtomicInteger();

    Source(String id, String text, boolean rereadable) {
      this.id = id;
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
      this.rereadable = rereadable;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String location() {
      return id;
    }

    @Override
    public InputStream open() throws IOException {
      // A source that cannot be read again gives nothing the second time, as standard input would.
      if (opened.getAndIncrement() > 0 && !rereadable) {
        return new ByteArrayInputStream(new byte[0]);
      }
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean rereadable() {
      return rereadable;
    }
  }

  static Corpus corpus(List<String> texts, boolean rereadable) {
    List<DocumentSource> sources = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sources.add(new Source("doc" + (i + 1), texts.get(i), rereadable));
    }
    return new Corpus(sources, ReadOptions.detect(), "test texts");
  }

  /**
   * Documents of random lengths: large ones, tiny ones, one without words, one of one word; lines of
   * at most {@code maxWords} words (shorter than the part size, so that no token is cut).
   */
  private static List<String> texts(long seed, int maxWords) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    int documents = 3 + random.nextInt(6);
    for (int d = 0; d < documents; d++) {
      texts.add(FrequencySegmentsTest.text(random, 1 + random.nextInt(40),
          1 + random.nextInt(maxWords)));
    }
    texts.add(1 + random.nextInt(texts.size()), "... !!! --- ,,,\n");
    texts.add(random.nextInt(texts.size() + 1), "café");
    return texts;
  }

  static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  static void assertScoresClose(FrequencyList actual, FrequencyList expected) {
    assertThat(actual.entries()).isEqualTo(expected.entries());
    assertThat(actual.partCount()).isEqualTo(expected.partCount());
    assertThat(actual.dispersion()).hasSameSizeAs(expected.dispersion()).isNotEmpty();
    for (int i = 0; i < expected.dispersion().size(); i++) {
      DispersionScores a = actual.dispersion().get(i);
      DispersionScores e = expected.dispersion().get(i);
      String item = expected.entries().get(i).item();
      assertThat(a.range()).as("range of %s", item).isEqualTo(e.range());
      assertThat(a.arf()).as("arf of %s", item).isEqualTo(e.arf());
      assertClose(a.juillandD(), e.juillandD(), "juilland_d of " + item);
      assertClose(a.dp(), e.dp(), "dp of " + item);
      assertClose(a.dpNorm(), e.dpNorm(), "dp_norm of " + item);
    }
  }

  private static void assertClose(double actual, double expected, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(EPS));
    }
  }

  static String rows(FrequencyList list) {
    return java.util.Arrays.deepToString(list.table().materialize().toArray());
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 0", "2, 0, 48", "3, 3, 0", "4, 7, 64", "5, 0, 300", "6, 2, 300",
      "7, 50, 32", "8, 1, 128"})
  void secondPassEqualsThePositionKeepingPath(long seed, int parts, int segmentBytes) {
    List<String> texts = texts(seed, segmentBytes == 0 ? 30 : Math.max(1, segmentBytes / 32));
    FrequencyOptions options = parts == 0 ? FrequencyOptions.defaults()
        : new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, parts);
    FrequencyList kept = analyser.analyse(context(corpus(texts, false), 1), options);
    String first = null;
    for (FrequencyAnalyser second : List.of(analyser, rereading, spilling, batching,
        batchingSpilled)) {
      for (int threads : new int[] {1, 2, 3}) {
        RunContext streamed = context(corpus(texts, true), threads);
        if (segmentBytes > 0) {
          streamed = streamed.withSegmentBytes(segmentBytes);
        }
        FrequencyList list = second.analyse(streamed, options);
        assertScoresClose(list, kept);
        assertThat(list.documents()).isEqualTo(kept.documents());
        assertThat(list.summary()).isEqualTo(kept.summary());
        if (first == null) {
          first = rows(list);
        } else {
          assertThat(rows(list)).as("threads %d", threads).isEqualTo(first);
        }
      }
    }
    // The whole-document reading gives the same rows as any reading in parts.
    assertThat(rows(analyser.analyse(context(corpus(texts, true), 2), options))).isEqualTo(first);
  }

  @Test
  void documentsReadInManyPartsAreOnePartEach() {
    // One document cut into dozens of parts (threads take them in any order): "rare" occurs in the
    // first and last parts only; its gap crosses every cut, and its range is one document.
    String big = "rare common\n\n" + "common word\n\n".repeat(300) + "rare\n";
    List<String> texts = List.of("common other words here", big, "word common");
    FrequencyList kept = analyser.analyse(context(corpus(texts, false), 1),
        FrequencyOptions.defaults());
    FrequencyList streamed = rereading.analyse(context(corpus(texts, true), 2)
        .withSegmentBytes(64), FrequencyOptions.defaults());
    assertScoresClose(streamed, kept);
    assertScoresClose(analyser.analyse(context(corpus(texts, true), 2).withSegmentBytes(64),
        FrequencyOptions.defaults()), kept);
    DispersionScores rare = streamed.dispersion().get(indexOf(streamed, "rare"));
    assertThat(rare.range()).isEqualTo(1);
    // N = 4 + 603 + 2 = 609, f = 2, v = 304.5; positions 4 and 606: gap 602 -> 304.5, wrapped
    // 4 + 609 - 606 = 7.
    assertThat(rare.arf()).isCloseTo((304.5 + 7) / 304.5, within(EPS));
  }

  private static int indexOf(FrequencyList list, String item) {
    for (int i = 0; i < list.entries().size(); i++) {
      if (list.entries().get(i).item().equals(item)) {
        return i;
      }
    }
    throw new AssertionError(item);
  }

  @Test
  void theWorkedExampleOfTheDispersionTestsComesOutOfTheSecondPass() {
    // As DispersionTest: parts of sizes 5, 3, 2; "a" at positions 0, 2, 5, 7 (v = 2.5).
    List<String> texts = List.of("a b a c d", "a d a", "d e");
    FrequencyList list = analyser.analyse(context(corpus(texts, true), 2),
        FrequencyOptions.defaults());
    DispersionScores a = list.dispersion().get(indexOf(list, "a"));
    assertThat(a.range()).isEqualTo(2);
    // v_i = 0.5, 0.5, 0; s_i = 0.5, 0.3, 0.2: DP = 1/2 (0 + 0.2 + 0.2)
    assertThat(a.dp()).isCloseTo(0.2, within(EPS));
    assertThat(a.dpNorm()).isCloseTo(0.2 / 0.8, within(EPS));
    // x_i = 0.4, 2/3, 0: mean 16/45, population sd, n = 3
    double mean = (0.4 + 2.0 / 3) / 3;
    double sd = Math.sqrt((Math.pow(0.4 - mean, 2) + Math.pow(2.0 / 3 - mean, 2) + mean * mean) / 3);
    assertThat(a.juillandD()).isCloseTo(1 - (sd / mean) / Math.sqrt(2), within(EPS));
    // gaps 2, 3, 2 and the wrapped 0 + 10 - 7 = 3: (2 + 2.5 + 2 + 2.5) / 2.5
    assertThat(a.arf()).isCloseTo(9 / 2.5, within(EPS));
  }

  @Test
  void aCorpusReadOnceKeepsPositionsAndIsReadOnce() {
    List<String> texts = texts(11, 30);
    Corpus once = corpus(texts, false);
    FrequencyList list = analyser.analyse(context(once, 2), FrequencyOptions.defaults());
    for (DocumentSource source : once.sources()) {
      assertThat(((Source) source).opened.get()).as(source.id()).isEqualTo(1);
    }
    Corpus twice = corpus(texts, true);
    FrequencyList streamed = rereading.analyse(context(twice, 2), FrequencyOptions.defaults());
    for (DocumentSource source : twice.sources()) {
      assertThat(((Source) source).opened.get()).as(source.id()).isEqualTo(2);
    }
    assertScoresClose(streamed, list);
    Corpus small = corpus(texts, true);
    FrequencyList fromKeptIds = analyser.analyse(context(small, 2), FrequencyOptions.defaults());
    for (DocumentSource source : small.sources()) {
      assertThat(((Source) source).opened.get()).as("kept ids: " + source.id()).isEqualTo(1);
    }
    assertThat(rows(fromKeptIds)).isEqualTo(rows(streamed));
    assertThat(analyser.analyse(context(twice, 2), FrequencyOptions.defaults()
        .withDispersion(false)).hasDispersion()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "2, 10", "2, 40", "3, 60"})
  void aCorpusLargerThanTheBudgetSpillsItsIdsToATemporaryFileAndIsReadOnce(int threads,
      long keptWords) throws IOException {
    List<String> texts = texts(31, 2);
    FrequencyList expected = analyser.analyse(context(corpus(texts, false), 1),
        FrequencyOptions.defaults());
    assertThat(expected.total()).isGreaterThan(keptWords);
    java.util.Set<java.nio.file.Path> before = spillFiles();
    Corpus corpus = corpus(texts, true);
    FrequencyList list = new FrequencyAnalyser(keptWords, true).analyse(
        context(corpus, threads).withSegmentBytes(64), FrequencyOptions.defaults());
    for (DocumentSource source : corpus.sources()) {
      assertThat(((Source) source).opened.get()).as(source.id()).isEqualTo(1);
    }
    assertScoresClose(list, expected);
    assertThat(rows(list)).isEqualTo(rows(new FrequencyAnalyser(keptWords).analyse(
        context(corpus(texts, true), threads).withSegmentBytes(64), FrequencyOptions.defaults())));
    assertThat(spillFiles()).as("the temporary file is deleted").isSubsetOf(before);
  }

  static java.util.Set<java.nio.file.Path> spillFiles() throws IOException {
    try (var files = java.nio.file.Files.list(
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("ctk-word-ids-"))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @ParameterizedTest
  @CsvSource({"1, 10", "2, 10", "2, 40", "3, 60"})
  void aCorpusLargerThanTheBudgetKeepsNoIdsAndIsReadAgain(int threads, long keptWords) {
    List<String> texts = texts(31, 2);
    FrequencyList expected = analyser.analyse(context(corpus(texts, false), 1),
        FrequencyOptions.defaults());
    assertThat(expected.total()).isGreaterThan(keptWords);
    Corpus corpus = corpus(texts, true);
    FrequencyList list = new FrequencyAnalyser(keptWords).analyse(
        context(corpus, threads).withSegmentBytes(64), FrequencyOptions.defaults());
    for (DocumentSource source : corpus.sources()) {
      assertThat(((Source) source).opened.get()).as(source.id()).isEqualTo(2);
    }
    assertScoresClose(list, expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "1000000"})
  void topWordsAloneAreScoredAsInTheFullList(long keptWords) {
    // ctk report: all words without dispersion, and the top words with it, counted together.
    List<String> texts = texts(21, 3);
    RunContext context = context(corpus(texts, true), 2).withSegmentBytes(100);
    List<FrequencyList> lists = new FrequencyAnalyser(keptWords).analyseTogether(context, List.of(
        new FrequencyOptions(0, 1, 0, 1),
        new FrequencyOptions(5, 1, 0, 1, ItemType.WORD, true, 0),
        new FrequencyOptions(3, 1, 0, 1, ItemType.WORD, true, 4)));
    assertThat(lists.get(0).hasDispersion()).isFalse();
    FrequencyList all = analyser.analyse(context(corpus(texts, true), 1),
        FrequencyOptions.defaults());
    FrequencyList top = lists.get(1);
    assertThat(top.entries()).hasSize(5).isEqualTo(all.entries().subList(0, 5));
    assertThat(top.dispersion()).isEqualTo(all.dispersion().subList(0, 5));
    FrequencyList allInParts = analyser.analyse(context(corpus(texts, true), 1),
        new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 4));
    assertThat(lists.get(2).dispersion()).isEqualTo(allInParts.dispersion().subList(0, 3));
    assertThat(lists.get(2).partCount()).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "0, 2", "1000000, 2"})
  void wordsCountedWithNgramsFromWholeDocumentsAreReadAgainWhole(long keptWords, int threads) {
    // Hard-wrapped lines without blank lines: a cut may split a sentence, so words and bigrams are
    // counted again from whole documents, and the second pass reads whole documents too.
    Random random = new Random(8);
    String[] words = {"the", "cat", "sat", "on", "a", "mat", "dog", "ran", "far", "home"};
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < 200; l++) {
      text.append(words[random.nextInt(words.length)]).append(' ')
          .append(words[random.nextInt(words.length)]).append(" and\n");
    }
    List<String> texts = List.of(text.toString(), "a short one", text.substring(0, 900) + "\n");
    List<FrequencyOptions> lists = List.of(new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 0),
        new FrequencyOptions(0, 1, 0, 2));
    List<FrequencyList> kept = analyser.analyseTogether(context(corpus(texts, false), 1), lists);
    PassCountingContext context = new PassCountingContext(context(corpus(texts, true), threads)
        .withSegmentBytes(256));
    List<FrequencyList> streamed = new FrequencyAnalyser(keptWords).analyseTogether(context, lists);
    assertThat(context.documentPasses).as("counted again whole").isEqualTo(1);
    assertScoresClose(streamed.get(0), kept.get(0));
    assertThat(rows(streamed.get(1))).isEqualTo(rows(kept.get(1)));
  }

  @Test
  void aListWithoutWordsIsNotReadAgain() {
    Corpus corpus = corpus(List.of("one two two", "three"), true);
    FrequencyList list = rereading.analyse(context(corpus, 2),
        new FrequencyOptions(0, 5, 0, 1, ItemType.WORD, true, 0));
    assertThat(list.entries()).isEmpty();
    assertThat(list.hasDispersion()).isTrue();
    assertThat(list.partCount()).isEqualTo(2);
    for (DocumentSource source : corpus.sources()) {
      assertThat(((Source) source).opened.get()).as(source.id()).isEqualTo(1);
    }
  }

  @Test
  void tooManyPartsIsStillAUsageError() {
    assertThatThrownBy(() -> rereading.analyse(context(corpus(List.of("a b c"), true), 1),
        new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 4)))
        .isInstanceOf(UsageException.class).hasMessageContaining("--parts 4");
  }

  @Test
  void aCorpusThatChangesBetweenTheReadingsIsAnError() {
    // A source that gives other text the second time.
    DocumentSource changing = new DocumentSource() {
      private int opened;

      @Override
      public String id() {
        return "changing.txt";
      }

      @Override
      public String location() {
        return "changing.txt";
      }

      @Override
      public InputStream open() {
        String text = opened++ == 0 ? "one two three" : "one two three four";
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }
    };
    Corpus corpus = new Corpus(List.of(changing), ReadOptions.detect(), "changing");
    assertThatThrownBy(() -> rereading.analyse(context(corpus, 1), FrequencyOptions.defaults()))
        .isInstanceOf(CorpusException.class).hasMessageContaining("changed");
  }
}
