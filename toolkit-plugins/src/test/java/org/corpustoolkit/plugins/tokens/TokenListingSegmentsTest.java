package org.corpustoolkit.plugins.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ctk tokens} over a document read in parts lists exactly the rows of the whole document. */
class TokenListingSegmentsTest {
  private static List<List<Object>> rows(RunContext context) {
    List<List<Object>> rows = new ArrayList<>();
    TokenListing listing = new TokensAnalyser().analyse(context, new TokensAnalyser.Options(false));
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
}
