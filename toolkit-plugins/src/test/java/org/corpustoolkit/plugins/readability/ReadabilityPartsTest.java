package org.corpustoolkit.plugins.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.corpustoolkit.plugins.RandomProse;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.frequency.PassCountingContext;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large files are counted in parts (tiny parts here, {@link RunContext#withSegmentBytes}): the counts of
 * every document, and of the corpus, equal those of whole documents, and parts are really used when
 * every cut separates sentences.
 */
class ReadabilityPartsTest {
  private static final String[] WORDS = {"the", "cat", "Elizabeth", "walked", "quickly", "beautiful",
      "garden", "well-known", "don't", "Mr.", "Smith", "U.S.", "government", "information", "1984",
      "NATO", "a", "reading", "interesting", "bookkeeper", "e.g.", "London", "wanted", "Dr."};
  private static final String[] ENDS = {".", "!", "?", "", ".\"", ";", ","};
  private static final RandomProse PROSE = new RandomProse(WORDS, ENDS, 12);

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  private static String result(ReadabilityReport report) {
    return report.documents() + " / " + report.corpus();
  }

  private static int partsOf(Corpus corpus, int segmentBytes, int document) {
    return PassCountingContext.partsOf(context(corpus, 1).withSegmentBytes(segmentBytes), document);
  }

  @ParameterizedTest
  @CsvSource({"1, 1500, 1", "2, 2048, 2", "3, 3000, 3", "4, 1024, 2"})
  void hardWrappedTextInPartsCountsAsWholeDocuments(long seed, int segmentBytes, int threads) {
    Random random = new Random(seed);
    Corpus corpus = Corpus.ofStrings(PROSE.wrapped(random, 400), "Short text. Not split at all.",
        PROSE.wrapped(random, 40));
    assertThat(partsOf(corpus, segmentBytes, 0)).isGreaterThan(5);
    ReadabilityAnalyser analyser = new ReadabilityAnalyser();
    String whole = result(analyser.analyse(context(corpus, 1), ReadabilityOptions.defaults()));
    PassCountingContext parts = new PassCountingContext(
        context(corpus, threads).withSegmentBytes(segmentBytes));
    assertThat(result(analyser.analyse(parts, ReadabilityOptions.defaults()))).isEqualTo(whole);
    assertThat(parts.segmentPasses).isEqualTo(1);
    assertThat(parts.documentPasses).as("counted again from whole documents").isZero();
  }

  @Test
  void paragraphPerLineTextInPartsCountsAsWholeDocuments() {
    Random random = new Random(7);
    Corpus corpus = Corpus.ofStrings(PROSE.paragraphPerLine(random, 40),
        PROSE.paragraphPerLine(random, 10));
    assertThat(partsOf(corpus, 1024, 0)).isGreaterThan(5);
    ReadabilityAnalyser analyser = new ReadabilityAnalyser();
    String whole = result(analyser.analyse(context(corpus, 1), ReadabilityOptions.defaults()));
    PassCountingContext parts = new PassCountingContext(context(corpus, 2).withSegmentBytes(1024));
    assertThat(result(analyser.analyse(parts, ReadabilityOptions.defaults()))).isEqualTo(whole);
    assertThat(parts.documentPasses).isZero();
  }

  @Test
  void aCutThatCouldChangeASentenceCountsAgainFromWholeDocuments() {
    // hard-wrapped text without blank lines: a cut at a line break may fall inside a sentence
    Random random = new Random(11);
    Corpus corpus = Corpus.ofStrings(PROSE.wrappedWithoutBlankLines(random, 60));
    assertThat(partsOf(corpus, 400, 0)).isGreaterThan(5);
    ReadabilityAnalyser analyser = new ReadabilityAnalyser();
    String whole = result(analyser.analyse(context(corpus, 1), ReadabilityOptions.defaults()));
    PassCountingContext parts = new PassCountingContext(context(corpus, 2).withSegmentBytes(400));
    assertThat(result(analyser.analyse(parts, ReadabilityOptions.defaults()))).isEqualTo(whole);
    assertThat(parts.documentPasses).isEqualTo(1);
  }
}
