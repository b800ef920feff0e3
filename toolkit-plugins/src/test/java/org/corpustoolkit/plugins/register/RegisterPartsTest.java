package org.corpustoolkit.plugins.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.corpustoolkit.plugins.RandomProse;
import java.util.Set;
import java.util.stream.Stream;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.TestingAnnotator;
import org.corpustoolkit.plugins.frequency.PassCountingContext;
import org.corpustoolkit.stats.LexicalDiversity;
import org.corpustoolkit.stats.TypeFrequencies;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ctk register} reads large files in parts (tiny parts here, {@link RunContext#withSegmentBytes})
 * on every thread and folds the word ids in text order without keeping them but compressed: every row
 * equals the whole-document computation (the register counts of whole documents and the array
 * implementations of {@link LexicalDiversity} on all their ids), whatever the threads, the part size,
 * and whether the ids stay in memory or go to a temporary file.
 */
class RegisterPartsTest {
  private static final String[] WORDS = {"I", "you", "we", "she", "they", "it", "was", "were", "is",
      "been", "stolen", "taken", "not", "really", "more", "or", "less", "sort", "kind", "of", "a",
      "the", "at", "about", "something", "like", "maybe", "almost", "can't", "won't", "we're", "he's",
      "don't", "could", "should", "will", "information", "government", "development", "happiness",
      "Elizabeth", "London", "walked", "quickly", "beautiful", "1984", "Mr.", "U.S.", "e.g.", "cat",
      "garden", "reading", "interesting", "bookkeeper", "well-known", "her", "them", "our"};
  private static final String[] ENDS = {".", "!", "?", "", ".\"", ";", ","};
  private static final RandomProse PROSE = new RandomProse(WORDS, ENDS, 14);

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  /**
   * The rows as the whole-document computation gives them: each whole document counted at once, its
   * lexical diversity from the array of all its ids, the corpus from all the ids in corpus order.
   */
  private static List<RegisterRow> wholeDocumentRows(Corpus corpus, RegisterOptions options) {
    return wholeDocumentRows(context(corpus, 1), new HeuristicTagSource(), options);
  }

  private static List<RegisterRow> wholeDocumentRows(RunContext context, TagSource tags,
      RegisterOptions options) {
    RegisterCounter counter = new RegisterCounter(tags);
    List<RegisterRow> rows = new ArrayList<>();
    RegisterCounts total = new RegisterCounts();
    List<Integer> all = new ArrayList<>();
    for (TokenizedDocument doc : context.documents()) {
      assertThat(doc.isPartial()).isFalse();
      RegisterCounts counts = counter.count(doc);
      int[] ids = doc.wordIds();
      rows.add(new RegisterRow(doc.document().id(), ids.length,
          RegisterFeature.values(counts, arrayValues(ids, options), LexicalDiversity.mtld(ids))));
      total.add(counts);
      for (int id : ids) {
        all.add(id);
      }
    }
    int[] ids = all.stream().mapToInt(Integer::intValue).toArray();
    rows.add(new RegisterRow(RegisterReport.CORPUS_ROW, ids.length,
        RegisterFeature.values(total, arrayValues(ids, options), LexicalDiversity.mtld(ids))));
    return rows;
  }

  /** The array implementations; MTLD forward and backward both given as the mean, which (m + m)/2 keeps. */
  private static LexicalFold.Values arrayValues(int[] ids, RegisterOptions options) {
    return new LexicalFold.Values(ids.length, TypeFrequencies.of(ids),
        LexicalDiversity.meanSegmentalTypeTokenRatio(ids, options.segment()),
        LexicalDiversity.movingAverageTypeTokenRatio(ids, options.window()), LexicalDiversity.mtld(ids));
  }

  private static List<RegisterRow> rows(RegisterReport report) {
    List<RegisterRow> rows = new ArrayList<>(report.documents());
    rows.add(report.corpus().orElseThrow());
    return rows;
  }

  private static final RegisterOptions SMALL_WINDOWS = new RegisterOptions(7, 11, true, false,
      Optional.empty());

  @ParameterizedTest
  @CsvSource({"1, 1500, 1, 100", "2, 2048, 2, 100", "3, 3000, 3, 7", "4, 1024, 2, 7", "5, 700, 3, 100"})
  void documentsReadInPartsGiveTheRowsOfWholeDocuments(long seed, int segmentBytes, int threads,
      int window) {
    Random random = new Random(seed);
    Corpus corpus = Corpus.ofStrings(PROSE.wrapped(random, 300), "Short text. Not split at all.", "",
        PROSE.wrapped(random, 40), "More. Or less, we're kind of tired.");
    RegisterOptions options = window == 100 ? RegisterOptions.defaults() : SMALL_WINDOWS;
    assertThat(PassCountingContext.partsOf(context(corpus, 1).withSegmentBytes(segmentBytes), 0))
        .isGreaterThan(5);
    PassCountingContext parts = new PassCountingContext(
        context(corpus, threads).withSegmentBytes(segmentBytes));
    RegisterReport report = new RegisterAnalyser(Set.of()).analyse(parts, options);
    assertThat(rows(report)).isEqualTo(wholeDocumentRows(corpus, options));
    assertThat(parts.segmentMaps).as("read once, in parts").isEqualTo(1);
    assertThat(parts.documentMaps).as("read again from whole documents").isZero();
    assertThat(report.documents().get(0).value("mtld")).isNotNull();
  }

  @Test
  void annotatorTagsInPartsAreThoseOfWholeDocuments() {
    // the annotator tags sentence by sentence, so parts cut between sentences get the same tags
    Random random = new Random(17);
    Corpus corpus = Corpus.ofStrings(PROSE.wrapped(random, 120), PROSE.wrapped(random, 30));
    TestingAnnotator annotator = new TestingAnnotator();
    RunContext whole = RunContext.forTesting(corpus, annotator);
    List<RegisterRow> expected = wholeDocumentRows(whole,
        new AnnotatorTagSource(whole.requireAnnotations()), SMALL_WINDOWS);
    int sentencesAnnotated = annotator.sentences.get();
    assertThat(annotator.taggedOnly.get()).isZero();
    PassCountingContext parts = new PassCountingContext(
        RunContext.forTesting(corpus, annotator).withThreads(2).withSegmentBytes(1200));
    RegisterReport report = new RegisterAnalyser(Set.of()).analyse(parts, SMALL_WINDOWS);
    assertThat(report.tagSource()).isEqualTo("testing dictionary");
    assertThat(rows(report)).isEqualTo(expected);
    // register reads tags only, so its run tags without lemmatising (the expected rows were annotated)
    assertThat(annotator.taggedOnly.get()).isPositive().isEqualTo(annotator.sentences.get()
        - sentencesAnnotated);
    assertThat(parts.segmentMaps).isEqualTo(1);
    assertThat(parts.documentMaps).isZero();
  }

  @Test
  void theSameRowsWhateverTheThreads() {
    Random random = new Random(21);
    Corpus corpus = Corpus.ofStrings(PROSE.wrapped(random, 200), PROSE.wrapped(random, 5),
        PROSE.wrapped(random, 80));
    RegisterReport one = new RegisterAnalyser(Set.of()).analyse(
        context(corpus, 1).withSegmentBytes(900), SMALL_WINDOWS);
    for (int threads = 2; threads <= 3; threads++) {
      assertThat(new RegisterAnalyser(Set.of()).analyse(context(corpus, threads).withSegmentBytes(900),
          SMALL_WINDOWS)).as(threads + " threads").isEqualTo(one);
    }
    assertThat(one.documents()).hasSize(3);
  }

  @Test
  void aCutThatCouldChangeASentenceIsReadAgainFromWholeDocuments() {
    // hard-wrapped text without blank lines: a cut at a line break may fall inside a sentence
    Random random = new Random(11);
    Corpus corpus = Corpus.ofStrings(PROSE.wrappedWithoutBlankLines(random, 60),
        PROSE.wrapped(random, 3));
    assertThat(PassCountingContext.partsOf(context(corpus, 1).withSegmentBytes(400), 0))
        .isGreaterThan(5);
    PassCountingContext parts = new PassCountingContext(context(corpus, 2).withSegmentBytes(400));
    RegisterReport report = new RegisterAnalyser(Set.of()).analyse(parts, SMALL_WINDOWS);
    assertThat(rows(report)).isEqualTo(wholeDocumentRows(corpus, SMALL_WINDOWS));
    assertThat(parts.documentMaps).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "0, 2", "100, 2", "1000, 3"})
  void idsPastTheBudgetGoToATemporaryFileThatIsDeleted(long keptWords, int threads,
      @TempDir Path directory) throws IOException {
    Random random = new Random(keptWords + threads);
    Corpus corpus = Corpus.ofStrings(PROSE.wrapped(random, 150), "", PROSE.wrapped(random, 20));
    RegisterAnalyser inMemory = new RegisterAnalyser(Set.of());
    RegisterAnalyser spilling = new RegisterAnalyser(Set.of(), keptWords, directory);
    RegisterAnalyser.Reading reading = spilling.read(context(corpus, threads).withSegmentBytes(1000),
        new HeuristicTagSource(), SMALL_WINDOWS, true, keptWords);
    assertThat(reading.spilledBytes()).as("ids written to the file").isGreaterThan(0);
    assertThat(reading.notExact()).isFalse();
    assertThat(reading.profiles()).isEqualTo(inMemory.read(context(corpus, 1), new HeuristicTagSource(),
        SMALL_WINDOWS, true, Long.MAX_VALUE).profiles());
    assertThat(spilling.analyse(context(corpus, threads).withSegmentBytes(1000), SMALL_WINDOWS))
        .isEqualTo(inMemory.analyse(context(corpus, threads), SMALL_WINDOWS));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).as("the temporary file is deleted").isEmpty();
    }
  }

  @Test
  void aTemporaryFileThatCannotBeWrittenKeepsTheIdsInMemoryWithAWarning(@TempDir Path directory) {
    Random random = new Random(5);
    Corpus corpus = Corpus.ofStrings(PROSE.wrapped(random, 60), PROSE.wrapped(random, 10));
    List<String> warnings = new ArrayList<>();
    RunContext context = new RunContext(corpus, TextSettings.defaults(), 2, warnings::add,
        ProgressListener.NONE).withSegmentBytes(1000);
    RegisterReport report = new RegisterAnalyser(Set.of(), 10, directory.resolve("missing"))
        .analyse(context, SMALL_WINDOWS);
    assertThat(rows(report)).isEqualTo(wholeDocumentRows(corpus, SMALL_WINDOWS));
    assertThat(warnings).singleElement().asString().contains("temporary file", "in memory");
  }

  @Test
  void moreOrLessIsAHedgeWithinASentenceOnly() {
    RegisterRow across = new RegisterAnalyser(Set.of()).analyse(context(Corpus.ofStrings(
        "We want more. Or less."), 1), RegisterOptions.defaults()).documents().get(0);
    assertThat(across.value("hedges")).isEqualTo(0.0);
    RegisterRow within = new RegisterAnalyser(Set.of()).analyse(context(Corpus.ofStrings(
        "We want more or less."), 1), RegisterOptions.defaults()).documents().get(0);
    assertThat(within.value("hedges")).isEqualTo(1000.0 / 5);
  }
}
