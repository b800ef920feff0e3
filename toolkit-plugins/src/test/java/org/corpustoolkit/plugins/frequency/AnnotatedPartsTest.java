package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

/**
 * Lemma, tag and word/tag lists of large documents read in parts equal those of whole documents when
 * every cut follows a sentence end, and the corpus is read again whole when a cut may not. The
 * annotator here tags by place in the sentence, so a sentence cut in two would change its tags.
 */
class AnnotatedPartsTest {
  /** Tag and lemma by place in the sentence: NOUN VERB DET ADJ ..., lemma = word#place mod 3. */
  static final class PlaceAnnotator implements Annotator {
    @Override
    public String language() {
      return "en";
    }

    @Override
    public String description() {
      return "places";
    }

    @Override
    public Tagger newTagger() {
      return (tokens, tags, lemmas) -> {
        String[] cycle = {"NOUN", "VERB", "DET", "ADJ", "ADV"};
        for (int i = 0; i < tokens.length; i++) {
          tags[i] = cycle[i % cycle.length];
          lemmas[i] = tokens[i].toLowerCase(Locale.ROOT) + "#" + (i % 3);
        }
      };
    }
  }

  private final FrequencyAnalyser analyser = new FrequencyAnalyser();

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, new TextSettings(false, Set.of(), "en"), threads, w -> {},
        ProgressListener.NONE, Map.of("en", new PlaceAnnotator()));
  }

  private static List<List<Object>> rows(FrequencyList list) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] r : list.table().materialize()) {
      rows.add(List.of(r));
    }
    return rows;
  }

  private void assertPartsEqualWholeDocuments(Corpus corpus, boolean partsUsed) {
    for (ItemType by : List.of(ItemType.LEMMA, ItemType.POS, ItemType.WORD_POS)) {
      for (int n = 1; n <= 2; n++) {
        for (int parts : new int[] {0, 3}) {
          FrequencyOptions options = new FrequencyOptions(0, 1, 0, n, by, true, parts);
          FrequencyList expected = analyser.analyse(context(corpus, 1), options);
          assertThat(expected.entries()).isNotEmpty();
          for (int threads : new int[] {1, 2}) {
            PassCountingContext segmented =
                new PassCountingContext(context(corpus, threads).withSegmentBytes(300));
            FrequencyList actual = analyser.analyse(segmented, options);
            String what = by + " n=" + n + " parts=" + parts + " threads=" + threads;
            assertThat(rows(actual)).as(what).isEqualTo(rows(expected));
            assertThat(actual.summary()).as(what).isEqualTo(expected.summary());
            assertThat(segmented.segmentPasses).as(what).isEqualTo(1);
            assertThat(segmented.documentPasses).as(what + ": read again whole")
                .isEqualTo(partsUsed ? 0 : 1);
          }
        }
      }
    }
  }

  @Test
  void textCutAtBlankLinesIsAnnotatedInParts() {
    Random random = new Random(31);
    Corpus corpus = Corpus.ofStrings(NgramPartsTest.wrapped(random, 300),
        NgramPartsTest.wrapped(random, 40));
    assertThat(PassCountingContext.partsOf(context(corpus, 1).withSegmentBytes(300), 0))
        .isGreaterThan(5);
    assertPartsEqualWholeDocuments(corpus, true);
  }

  @Test
  void textWithoutBlankLinesIsReadAgainWhole() {
    // hard-wrapped lines with no blank line: a cut at a line break may fall inside a sentence
    Random random = new Random(37);
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 200; line++) {
      for (int w = 0; w < 6; w++) {
        text.append(w == 0 ? "" : " ").append(random.nextBoolean() ? "cats" : "dogs")
            .append(random.nextInt(7) == 0 ? "." : "");
      }
      text.append('\n');
    }
    assertPartsEqualWholeDocuments(Corpus.ofStrings(text.toString()), false);
  }
}
