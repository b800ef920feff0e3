package org.corpustoolkit.plugins.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.TestingAnnotator;
import org.corpustoolkit.plugins.frequency.PassCountingContext;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ctk tokens} over a document read in parts lists exactly the rows of the whole document. */
class TokenListingSegmentsTest {
  private static List<List<Object>> rows(RunContext context) {
    return rows(context, false);
  }

  private static List<List<Object>> rows(AnalysisContext context, boolean annotate) {
    List<List<Object>> rows = new ArrayList<>();
    TokenListing listing =
        new TokensAnalyser().analyse(context, new TokensAnalyser.Options(false, annotate));
    for (Object[] r : listing.table().rows()) {
      List<Object> row = new ArrayList<>();
      for (Object cell : r) {
        row.add(cell instanceof Number n ? n.longValue() : cell);
      }
      rows.add(row);
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(ints = {128, 200, 1000})
  void positionsOffsetsAndSentencesContinueAcrossParts(int segmentBytes) {
    String big = "The cat sat on the mat, said Dr. Smith. It was naïve!\nReally.\n\n".repeat(60);
    Corpus corpus = Corpus.ofStrings(big, "Short. Text.", big);
    RunContext whole = new RunContext(corpus, TextSettings.defaults(), 1, w -> {},
        ProgressListener.NONE);
    List<List<Object>> expected = rows(whole);
    List<List<Object>> actual = rows(whole.withSegmentBytes(segmentBytes));
    assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
    assertThat(expected.get(expected.size() - 1).get(1)).isEqualTo(180L); // 3 sentences x 60
  }

  @ParameterizedTest
  @ValueSource(ints = {128, 200, 1000})
  void annotatedPartsAreThoseOfTheWholeDocumentWhenCutAtBlankLines(int segmentBytes) {
    String big = "The cats are here, said Dr. Smith. A dog ran on!\nThe old cat was black.\n\n"
        .repeat(60);
    Corpus corpus = Corpus.ofStrings(big, "Short. Text.", big);
    TestingAnnotator annotator = new TestingAnnotator();
    RunContext whole = new RunContext(corpus, new TextSettings(false, Set.of(), "en"), 2, w -> {},
        ProgressListener.NONE, Map.of("en", annotator));
    List<List<Object>> expected = rows(whole, true);
    int sentences = annotator.sentences.get();
    PassCountingContext parts = new PassCountingContext(whole.withSegmentBytes(segmentBytes));
    List<List<Object>> actual = rows(parts, true);
    assertThat(parts.segmentMaps).as("read and annotated in parts").isEqualTo(1);
    assertThat(parts.documentMaps).isZero();
    assertThat(PassCountingContext.partsOf(whole.withSegmentBytes(segmentBytes), 0)).isGreaterThan(1);
    assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
    assertThat(expected.get(0)).hasSize(10);
    assertThat(annotator.sentences.get()).as("each sentence tagged once more").isEqualTo(2 * sentences);
  }
}
