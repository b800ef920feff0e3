package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A frequency list counted from documents read in parts (tiny parts, so that every document of a few
 * hundred bytes is split, parts of one document going to different threads) is exactly the list
 * counted from whole documents: frequencies, range (a split document counts once), dispersion and ARF.
 */
class FrequencySegmentsTest {
  private final FrequencyAnalyser analyser = new FrequencyAnalyser();

  /** Paragraphs of random words from a small vocabulary, with blank lines, long lines and Unicode. */
  static String text(Random random, int paragraphs, int maxWords) {
    String[] words = {"the", "cat", "sat", "on", "mat", "Dog", "U.S.", "naïve", "café", "42", "3.14",
        "x@y.org", "http://a.b/c", "well-known", "don't", "日本語", "a", "of", "and", "Straße"};
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int lines = 1 + random.nextInt(4);
      for (int l = 0; l < lines; l++) {
        int n = random.nextInt(maxWords + 1);
        for (int w = 0; w < n; w++) {
          sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
          if (random.nextInt(8) == 0) {
            sb.append(random.nextBoolean() ? "." : ",");
          }
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static List<List<Object>> rows(FrequencyList list) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] r : list.table().materialize()) {
      rows.add(List.of(r));
    }
    return rows;
  }

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  @ParameterizedTest
  @CsvSource({"1, 32, 0, 1", "2, 32, 0, 1", "3, 64, 3, 2", "4, 256, 0, 8", "5, 512, 5, 30",
      "6, 1024, 0, 60"})
  void segmentedCountsEqualWholeDocumentCounts(long seed, int segmentBytes, int parts,
      int maxWordsPerLine) {
    // Lines stay shorter than the part size: a part is cut at a line break, never inside a token.
    Random random = new Random(seed);
    Corpus corpus = Corpus.ofStrings(text(random, 60, maxWordsPerLine), "short text, not split",
        text(random, 40, maxWordsPerLine), text(random, 3, maxWordsPerLine));
    FrequencyOptions options = FrequencyOptions.defaults();
    if (parts > 0) {
      options = new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, parts);
    }
    int partsOfFirst = 0;
    for (var part : context(corpus, 1).withSegmentBytes(segmentBytes).segments()) {
      partsOfFirst += part.document().index() == 0 ? 1 : 0;
    }
    assertThat(partsOfFirst).isGreaterThan(2);
    RunContext whole = context(corpus, 1);
    FrequencyList expected = analyser.analyse(whole, options);
    for (int threads : new int[] {1, 2, 3}) {
      RunContext segmented = context(corpus, threads).withSegmentBytes(segmentBytes);
      FrequencyList actual = analyser.analyse(segmented, options);
      assertThat(rows(actual)).as("threads %d", threads).isEqualTo(rows(expected));
      assertThat(actual.documents()).isEqualTo(expected.documents()).isEqualTo(4);
      assertThat(segmented.corpusStats()).isEqualTo(whole.corpusStats());
      FrequencyList plain = analyser.analyse(segmented, options.withDispersion(false));
      assertThat(rows(plain)).isEqualTo(rows(analyser.analyse(whole,
          options.withDispersion(false))));
    }
  }

  @ParameterizedTest
  @CsvSource({"16", "32"})
  void aWordInEveryPartOfOneDocumentHasRangeOne(int segmentBytes) {
    String doc = "alpha beta\n\n".repeat(200);
    Corpus corpus = Corpus.ofStrings(doc, "beta gamma");
    FrequencyList list = analyser.analyse(context(corpus, 2).withSegmentBytes(segmentBytes),
        FrequencyOptions.defaults());
    assertThat(list.entries()).extracting(FrequencyEntry::item, FrequencyEntry::frequency,
        FrequencyEntry::range).containsExactly(
            org.assertj.core.groups.Tuple.tuple("beta", 201L, 2),
            org.assertj.core.groups.Tuple.tuple("alpha", 200L, 1),
            org.assertj.core.groups.Tuple.tuple("gamma", 1L, 1));
  }
}
