package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * N-grams counted from large documents read in parts (tiny parts here, going to different threads) are
 * exactly those of whole documents: same rows, ranges, dispersion and summary, whatever the number of
 * threads; parts are used when every cut separates sentences, and the corpus is read again whole when
 * one does not.
 */
class NgramPartsTest {
  private static final String[] WORDS = {"the", "cat", "sat", "on", "mat", "Dog", "U.S.", "naïve",
      "café", "42", "3.14", "well-known", "don't", "日本語", "a", "of", "and", "Straße", "Mr.", "J.",
      "Stop!", "why?", "\"Go.\"", "(so)", "it's"};
  private static final String[] ENDINGS = {"", "", "", "", ".", ",", "!", "?", "."};

  private final FrequencyAnalyser analyser = new FrequencyAnalyser();

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
  }

  /** Hard-wrapped text: paragraphs of one or two short lines, each followed by a blank line. */
  static String wrapped(Random random, int paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int lines = 1 + random.nextInt(2);
      for (int l = 0; l < lines; l++) {
        int n = 1 + random.nextInt(5);
        for (int w = 0; w < n; w++) {
          sb.append(w == 0 ? "" : " ").append(word(random));
        }
        sb.append('\n');
      }
      sb.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
    }
    return sb.toString();
  }

  /** One paragraph per line (lines of 200 characters or more), no blank lines. */
  static String paragraphPerLine(Random random, int lines, boolean anyEnding) {
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < lines; l++) {
      int start = sb.length();
      while (sb.length() - start < 200 + random.nextInt(100)) {
        sb.append(sb.length() == start ? "" : " ").append(word(random));
      }
      if (!anyEnding) {
        sb.append(random.nextBoolean() ? " end." : " and so");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  private static List<List<Object>> rows(FrequencyList list) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] r : list.table().materialize()) {
      rows.add(List.of(r));
    }
    return rows;
  }

  /** N-grams counted the plain way: strings of whole documents, within sentences. */
  private static Map<String, long[]> reference(RunContext whole, int n) {
    Map<String, long[]> counts = new HashMap<>();
    for (TokenizedDocument doc : whole.documents()) {
      int[] ids = doc.wordIds();
      int[] sentences = doc.wordSentences();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i + n <= ids.length; i++) {
        if (sentences[i] != sentences[i + n - 1]) {
          continue;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
          sb.append(k == 0 ? "" : " ").append(doc.vocabulary().form(ids[i + k]));
        }
        long[] c = counts.computeIfAbsent(sb.toString(), s -> new long[2]);
        c[0]++;
        if (seen.add(sb.toString())) {
          c[1]++;
        }
      }
    }
    return counts;
  }

  private void assertPartsEqualWholeDocuments(Corpus corpus, int segmentBytes, int n, int parts,
      boolean partsUsed) {
    FrequencyOptions options = new FrequencyOptions(0, 1, 0, n, ItemType.WORD, true, parts);
    RunContext whole = context(corpus, 1);
    FrequencyList expected = analyser.analyse(whole, options);
    Map<String, long[]> reference = reference(whole, n);
    assertThat(expected.entries()).hasSize(reference.size());
    for (FrequencyEntry e : expected.entries()) {
      assertThat(new long[] {e.frequency(), e.range()}).as(e.item())
          .containsExactly(reference.get(e.item()));
    }
    assertThat(expected.types()).isEqualTo(reference.size());
    assertThat(expected.entries()).isSortedAccordingTo(java.util.Comparator
        .comparingLong(FrequencyEntry::frequency).reversed()
        .thenComparing(FrequencyEntry::item));
    assertThat(expected.hapaxLegomena())
        .isEqualTo(reference.values().stream().filter(c -> c[0] == 1).count());
    for (int threads : new int[] {1, 2, 3}) {
      PassCountingContext segmented = new PassCountingContext(
          context(corpus, threads).withSegmentBytes(segmentBytes));
      FrequencyList actual = analyser.analyse(segmented, options);
      assertThat(rows(actual)).as("threads %d", threads).isEqualTo(rows(expected));
      assertThat(actual.summary()).isEqualTo(expected.summary());
      assertThat(segmented.segmentPasses).isEqualTo(1);
      assertThat(segmented.documentPasses).as("read again whole").isEqualTo(partsUsed ? 0 : 1);
      FrequencyList plain = analyser.analyse(segmented, options.withDispersion(false));
      assertThat(rows(plain)).isEqualTo(rows(analyser.analyse(whole,
          options.withDispersion(false))));
    }
  }

  private static int partsOf(Corpus corpus, int segmentBytes, int document) {
    return PassCountingContext.partsOf(context(corpus, 1).withSegmentBytes(segmentBytes), document);
  }

  @ParameterizedTest
  @CsvSource({"1, 300, 2, 0", "2, 300, 3, 0", "3, 512, 2, 7", "4, 512, 4, 0", "5, 400, 6, 3"})
  void hardWrappedTextCutAtBlankLines(long seed, int segmentBytes, int n, int parts) {
    Random random = new Random(seed);
    Corpus corpus = Corpus.ofStrings(wrapped(random, 200), "short text, not split. Two words.",
        wrapped(random, 50), wrapped(random, 2));
    assertThat(partsOf(corpus, segmentBytes, 0)).isGreaterThan(5);
    assertPartsEqualWholeDocuments(corpus, segmentBytes, n, parts, true);
  }

  @ParameterizedTest
  @CsvSource({"6, 1024, 2", "7, 2048, 3"})
  void oneParagraphPerLineCutAtLineBreaks(long seed, int segmentBytes, int n) {
    Random random = new Random(seed);
    Corpus corpus = Corpus.ofStrings(paragraphPerLine(random, 80, false),
        paragraphPerLine(random, 30, false));
    assertThat(partsOf(corpus, segmentBytes, 0)).isGreaterThan(5);
    assertPartsEqualWholeDocuments(corpus, segmentBytes, n, 0, true);
  }

  @Test
  void aCutThatMaySplitASentenceMeansWholeDocuments() {
    // Hard-wrapped lines without blank lines: a part ends at a line break that is only a space.
    Random random = new Random(8);
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < 200; l++) {
      text.append(word(random)).append(' ').append(word(random)).append(" and\n");
    }
    assertPartsEqualWholeDocuments(Corpus.ofStrings(text.toString()), 256, 2, 0, false);
  }

  @Test
  void aDocumentMixingLayoutsMeansWholeDocuments() {
    // One part reads line breaks as spaces, another as sentence ends; the whole document has one
    // paragraph per line, so the parts of the first kind would be wrong.
    Random random = new Random(9);
    String text = paragraphPerLine(random, 60, false) + wrapped(random, 12).replace("\n\n", "\n")
        + paragraphPerLine(random, 60, false);
    assertPartsEqualWholeDocuments(Corpus.ofStrings(text), 1024, 2, 0, false);
  }

  @Test
  void anAbbreviationBeforeACutMeansWholeDocuments() {
    Random random = new Random(10);
    assertPartsEqualWholeDocuments(Corpus.ofStrings(paragraphPerLine(random, 80, true)), 1024, 2, 0,
        false);
  }

  @Test
  void filtersTopAndOrderOfNgramsCheckedByHand() {
    Corpus corpus = Corpus.ofStrings("The cat sat on the mat. The cat ate. Of the cat.",
        "On the mat the cat sat. Cats ate.");
    FrequencyList all = analyser.analyse(context(corpus, 2), new FrequencyOptions(0, 1, 0, 2));
    assertThat(all.entries()).extracting(FrequencyEntry::item, FrequencyEntry::frequency,
        FrequencyEntry::range).containsExactly(
            org.assertj.core.groups.Tuple.tuple("the cat", 4L, 2),
            org.assertj.core.groups.Tuple.tuple("cat sat", 2L, 2),
            org.assertj.core.groups.Tuple.tuple("on the", 2L, 2),
            org.assertj.core.groups.Tuple.tuple("the mat", 2L, 2),
            org.assertj.core.groups.Tuple.tuple("cat ate", 1L, 1),
            org.assertj.core.groups.Tuple.tuple("cats ate", 1L, 1),
            org.assertj.core.groups.Tuple.tuple("mat the", 1L, 1),
            org.assertj.core.groups.Tuple.tuple("of the", 1L, 1),
            org.assertj.core.groups.Tuple.tuple("sat on", 1L, 1));
    assertThat(all.total()).isEqualTo(15);
    assertThat(all.types()).isEqualTo(9);
    assertThat(all.hapaxLegomena()).isEqualTo(5);
    assertThat(all.disLegomena()).isEqualTo(3);
    assertThat(analyser.analyse(context(corpus, 1), new FrequencyOptions(2, 1, 0, 2)).entries())
        .extracting(FrequencyEntry::item).containsExactly("the cat", "cat sat");
    assertThat(analyser.analyse(context(corpus, 1), new FrequencyOptions(3, 2, 0, 2)).entries())
        .extracting(FrequencyEntry::item).containsExactly("the cat", "cat sat", "on the");
    assertThat(analyser.analyse(context(corpus, 1), new FrequencyOptions(0, 1, 7, 2)).entries())
        .extracting(FrequencyEntry::item).containsExactly("the cat", "cat sat", "the mat",
            "cat ate", "cats ate", "mat the");
    RunContext stopwords = new RunContext(corpus, new TextSettings(false,
        Set.of("the", "on", "of"), "en"), 1, w -> {}, ProgressListener.NONE);
    FrequencyList stopped = analyser.analyse(stopwords, new FrequencyOptions(0, 1, 0, 2));
    assertThat(stopped.entries()).extracting(FrequencyEntry::item).containsExactly("the cat",
        "cat sat", "the mat", "cat ate", "cats ate", "mat the", "sat on");
    assertThat(stopped.types()).isEqualTo(9);
    assertThat(stopped.total()).isEqualTo(15);
  }

  @Test
  void ngramsSortAsTheirJoinedTextsEvenWithFormsHoldingControlCharacters() {
    // A token filter may give forms with white space: "a" is a prefix of "a\tz", but "a\tz x" sorts
    // before "a x" because a tab is below the joining space.
    org.corpustoolkit.spi.TokenFilter tab = new org.corpustoolkit.spi.TokenFilter() {
      @Override
      public String name() {
        return "tab";
      }

      @Override
      public String description() {
        return "atz becomes a, tab, z";
      }

      @Override
      public String apply(String form, org.corpustoolkit.text.TokenKind kind) {
        return form.equals("atz") ? "a\tz" : form;
      }
    };
    Corpus corpus = Corpus.ofStrings("a x\n\natz x\n\na b\n\nab x\n\nb x\n");
    RunContext context = new RunContext(corpus, new TextSettings(false, Set.of(), "en",
        List.of(tab)), 2, w -> {}, ProgressListener.NONE);
    assertThat(analyser.analyse(context, new FrequencyOptions(0, 1, 0, 2)).entries())
        .extracting(FrequencyEntry::item)
        .containsExactly("a\tz x", "a b", "a x", "ab x", "b x");
  }
}
