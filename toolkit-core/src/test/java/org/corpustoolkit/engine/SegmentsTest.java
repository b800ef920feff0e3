package org.corpustoolkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.Test;

class SegmentsTest {
  private static final String BIG = "The cat sat on the mat, said Dr. Smith.\nIt was naïve.\n\n"
      .repeat(50);

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  /** Surface counts and the tokens' document offsets (part offset + offset in the part). */
  private static Map<String, Integer> surfaces(RunContext context, boolean segments) {
    org.corpustoolkit.spi.DocumentConsumer<Map<String, Integer>> consumer = (state, d) -> {
      for (int i = 0; i < d.size(); i++) {
        long start = d.document().charOffset() + d.start(i);
        state.merge(d.document().id() + "@" + start + ":" + d.surface(i), 1, Integer::sum);
      }
    };
    java.util.function.BinaryOperator<Map<String, Integer>> merge = (a, b) -> {
      b.forEach((k, v) -> a.merge(k, v, Integer::sum));
      return a;
    };
    return segments ? context.processSegments(TreeMap::new, consumer, merge)
        : context.processDocuments(TreeMap::new, consumer, merge);
  }

  @Test
  void segmentsGiveTheTokensOfWholeDocumentsAtTheirOffsetsWhateverTheThreads() {
    Corpus corpus = Corpus.ofStrings(BIG, "small one", BIG.toUpperCase());
    RunContext whole = context(corpus, 1);
    Map<String, Integer> expected = surfaces(whole, false);
    for (int threads : new int[] {1, 2, 4}) {
      RunContext segmented = context(corpus, threads).withSegmentBytes(100);
      assertThat(surfaces(segmented, true)).isEqualTo(expected);
      assertThat(segmented.corpusStats()).isEqualTo(whole.corpusStats());
    }
  }

  @Test
  void partsOfOneDocumentShareItsIndexAndIdAndComeInOrderFromSegments() {
    Corpus corpus = Corpus.ofStrings("tiny", BIG);
    List<TokenizedDocument> parts = new ArrayList<>();
    context(corpus, 1).withSegmentBytes(128).segments().forEach(parts::add);
    assertThat(parts.get(0).document().isPartial()).isFalse();
    assertThat(parts.size()).isGreaterThan(10);
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < parts.size(); i++) {
      TokenizedDocument p = parts.get(i);
      assertThat(p.document().index()).isEqualTo(1);
      assertThat(p.document().id()).isEqualTo("doc2");
      assertThat(p.document().isPartial()).isTrue();
      assertThat(p.document().segment()).isEqualTo(i - 1);
      assertThat(p.document().charOffset()).isEqualTo(text.length());
      text.append(p.text());
    }
    assertThat(text.toString()).isEqualTo(BIG);
  }

  @Test
  void aFailingConsumerFailsThePassWithoutHanging() {
    RunContext context = context(Corpus.ofStrings(BIG, BIG), 2).withSegmentBytes(64);
    assertThatThrownBy(() -> context.processSegments(() -> new int[1], (state, d) -> {
      if (d.document().segment() == 3) {
        throw new IllegalStateException("boom");
      }
    }, (a, b) -> a)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
  }

  @Test
  void mapSegmentsGivesTheResultsInTextOrderWhateverTheThreads() {
    Corpus corpus = Corpus.ofStrings("tiny", BIG, "small one", BIG.toUpperCase());
    List<String> expected = new ArrayList<>();
    context(corpus, 1).withSegmentBytes(64).segments().forEach(
        p -> expected.add(p.document().id() + "#" + p.document().segment() + ":" + p.size()));
    assertThat(expected.size()).isGreaterThan(20);
    for (int threads : new int[] {1, 2, 3}) {
      RunContext context = context(corpus, threads).withSegmentBytes(64);
      List<String> mapped;
      try (java.util.stream.Stream<String> results = context.mapSegments(
          () -> new int[1], (calls, p) -> p.document().id() + "#" + p.document().segment() + ":"
              + p.size())) {
        mapped = results.toList();
      }
      assertThat(mapped).isEqualTo(expected);
      RunContext one = context(corpus, 1).withSegmentBytes(64);
      one.segments().forEach(p -> { });
      assertThat(context.corpusStats()).isEqualTo(one.corpusStats());
    }
  }

  @Test
  void aMapSegmentsStreamCanBeClosedEarlyAndAFailingMapFailsIt() {
    RunContext context = context(Corpus.ofStrings(BIG, BIG), 2).withSegmentBytes(64);
    try (java.util.stream.Stream<Integer> results = context.mapSegments(() -> null,
        (state, p) -> p.size())) {
      assertThat(results.limit(3).toList()).hasSize(3);
    }
    assertThatThrownBy(() -> {
      try (java.util.stream.Stream<Integer> results = context.mapSegments(() -> null,
          (state, p) -> {
            if (p.document().segment() == 3) {
              throw new IllegalStateException("boom");
            }
            return p.size();
          })) {
        results.forEach(n -> { });
      }
    }).isInstanceOf(IllegalStateException.class).hasMessage("boom");
  }

  @Test
  void mapDocumentsGivesWholeDocumentsInCorpusOrderWhateverTheThreads() {
    Corpus corpus = Corpus.ofStrings("tiny", BIG, "small one", BIG.toUpperCase());
    for (int threads : new int[] {1, 2, 3}) {
      RunContext context = context(corpus, threads).withSegmentBytes(64);
      List<String> mapped;
      try (java.util.stream.Stream<String> results = context.mapDocuments(() -> null,
          (state, d) -> d.document().id() + ":" + d.document().isPartial() + ":" + d.text().length())) {
        mapped = results.toList();
      }
      assertThat(mapped).containsExactly("doc1:false:4", "doc2:false:" + BIG.length(),
          "doc3:false:9", "doc4:false:" + BIG.length());
      assertThat(context.corpusStats().documents()).isEqualTo(4);
    }
  }
}
