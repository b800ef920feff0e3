package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

/** {@code --sample N --seed S}: reproducible, independent of threads, and uniform over hits. */
class KwicSamplingTest {
  static final int HITS = 20;
  static final int SAMPLE = 5;

  /** Hits "w0".."w19" spread over four documents, one per hit's right context. */
  static Corpus corpus() {
    String[] texts = new String[4];
    for (int d = 0; d < 4; d++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < HITS / 4; k++) {
        sb.append("x w").append(d * (HITS / 4) + k).append(". ");
      }
      texts[d] = sb.toString();
    }
    return Corpus.ofStrings(texts);
  }

  static List<String> sample(int seed, int threads) {
    RunContext context = new RunContext(corpus(), TextSettings.defaults(), threads, w -> { },
        ProgressListener.NONE);
    Concordance c = (Concordance) new KwicAnalyser().analyse(context,
        new KwicOptions("x", 1, 0, List.of(), SAMPLE, seed, 0, false, false));
    List<String> rights = new ArrayList<>();
    c.lines().forEach(l -> rights.add(l.right()));
    assertThat(c.hits()).isEqualTo(HITS);
    return rights;
  }

  @Test
  void theSameSeedGivesTheSameLinesInCorpusOrder() {
    List<String> first = sample(42, 1);
    assertThat(first).hasSize(SAMPLE).doesNotHaveDuplicates();
    assertThat(sample(42, 1)).isEqualTo(first);
    assertThat(sample(42, 2)).isEqualTo(first);
    List<Integer> numbers = first.stream().map(s -> Integer.parseInt(s.substring(1))).toList();
    assertThat(numbers).isSorted();
    assertThat(sample(43, 1)).isNotEqualTo(first);
  }

  @Test
  void aSampleLargerThanTheHitsIsAllHits() {
    RunContext context = RunContext.forTesting(corpus());
    Concordance c = (Concordance) new KwicAnalyser().analyse(context,
        new KwicOptions("x", 1, 0, List.of(), 100, 7, 0, false, false));
    List<String> rights = new ArrayList<>();
    c.lines().forEach(l -> rights.add(l.right()));
    assertThat(rights).hasSize(HITS);
    assertThat(c.hitsLine()).isEqualTo("20 hits in 4 documents");
  }

  /**
   * Over 4,000 seeds each of the 20 hits should be drawn 4000 x 5/20 = 1000 times. Pearson's
   * chi-square statistic over the 20 counts has 19 degrees of freedom; its 0.999 quantile is 43.82,
   * so a uniform sampler fails this (deterministic) check with probability 0.001, and a sampler
   * biased towards early or late hits fails it for sure.
   */
  @Test
  void everyHitIsEquallyLikely() {
    int seeds = 4000;
    int[] drawn = new int[HITS];
    for (int seed = 1; seed <= seeds; seed++) {
      for (String right : sample(seed, 1)) {
        drawn[Integer.parseInt(right.substring(1))]++;
      }
    }
    double expected = (double) seeds * SAMPLE / HITS;
    double chiSquare = 0;
    for (int count : drawn) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    assertThat(chiSquare).isLessThan(43.82);
  }

  @Test
  void samplingKeysDependOnSeedDocumentAndPositionOnly() {
    assertThat(HitCollector.randomKey(1, 2, 3)).isEqualTo(HitCollector.randomKey(1, 2, 3));
    assertThat(HitCollector.randomKey(1, 2, 3)).isNotEqualTo(HitCollector.randomKey(1, 3, 2));
    assertThat(HitCollector.randomKey(1, 2, 3)).isNotEqualTo(HitCollector.randomKey(2, 2, 3));
  }
}
