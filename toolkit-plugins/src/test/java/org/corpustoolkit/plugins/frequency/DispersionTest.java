package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Consumer;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dispersion of {@code ctk frequency} on a hand-built corpus of three documents, 10 word tokens:
 * <pre>
 *   doc1 "a b a c"   positions 0-3  (size 4, s = 0.4)
 *   doc2 "b b"       positions 4-5  (size 2, s = 0.2)
 *   doc3 "a d d d"   positions 6-9  (size 4, s = 0.4)
 * </pre>
 */
class DispersionTest {
  private static final Corpus CORPUS = Corpus.ofStrings("a b a c", "b b", "a d d d");
  private static final double EPS = 1e-6;

  private static FrequencyList run(FrequencyOptions options, int threads) {
    Consumer<String> quiet = w -> {};
    RunContext context = new RunContext(CORPUS, TextSettings.defaults(), threads, quiet,
        ProgressListener.NONE);
    return new FrequencyAnalyser().analyse(context, options);
  }

  private static DispersionScores scoresOf(FrequencyList list, String word) {
    for (int i = 0; i < list.entries().size(); i++) {
      if (list.entries().get(i).item().equals(word)) {
        return list.dispersion().get(i);
      }
    }
    throw new AssertionError(word + " not listed");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void overDocuments(int threads) {
    FrequencyList list = run(FrequencyOptions.defaults(), threads);
    // "a": f_i = [2, 0, 1], f = 3, v_i = [2/3, 0, 1/3]
    DispersionScores a = scoresOf(list, "a");
    assertThat(a.range()).isEqualTo(2);
    // DP = 1/2 (|2/3 - 0.4| + |0 - 0.2| + |1/3 - 0.4|) = 1/2 (0.266667 + 0.2 + 0.066667)
    assertThat(a.dp()).isCloseTo(0.266667, within(EPS));
    // DPnorm = DP / (1 - 0.2)
    assertThat(a.dpNorm()).isCloseTo(0.333333, within(EPS));
    // relative frequencies [0.5, 0, 0.25]: mean 0.25, population sd sqrt(0.125/3) = 0.204124;
    // D = 1 - (0.204124/0.25)/sqrt(2) = 0.422650
    assertThat(a.juillandD()).isCloseTo(0.422650, within(EPS));
    // positions 0, 2, 6; N = 10, v = 10/3; gaps 0+10-6 = 4, 2, 4 -> (10/3 + 2 + 10/3)/(10/3) = 2.6
    assertThat(a.arf()).isCloseTo(2.6, within(EPS));

    // "b": f_i = [1, 2, 0], positions 1, 4, 5
    DispersionScores b = scoresOf(list, "b");
    assertThat(b.range()).isEqualTo(2);
    // DP = 1/2 (|1/3 - 0.4| + |2/3 - 0.2| + |0 - 0.4|) = 0.466667; DPnorm = 0.466667/0.8
    assertThat(b.dp()).isCloseTo(0.466667, within(EPS));
    assertThat(b.dpNorm()).isCloseTo(0.583333, within(EPS));
    // relative [0.25, 1, 0]: mean 0.416667, sd sqrt(0.541667/3) = 0.424918; D = 1 - 1.019804/sqrt 2
    assertThat(b.juillandD()).isCloseTo(0.278890, within(EPS));
    // gaps 1+10-5 = 6 -> 10/3, 3, 1: (10/3 + 3 + 1)/(10/3) = 2.2
    assertThat(b.arf()).isCloseTo(2.2, within(EPS));

    // "d": all three in doc3, positions 7, 8, 9; gaps 8 -> 10/3, 1, 1: (10/3 + 2)/(10/3) = 1.6
    DispersionScores d = scoresOf(list, "d");
    assertThat(d.range()).isEqualTo(1);
    assertThat(d.dp()).isCloseTo(0.6, within(EPS)); // 1/2 (0.4 + 0.2 + |1 - 0.4|)
    assertThat(d.arf()).isCloseTo(1.6, within(EPS));
    assertThat(list.partCount()).isEqualTo(3);
    assertThat(list.table().columns()).extracting(c -> c.name()).containsExactly("rank", "word",
        "frequency", "per_million", "range", "juilland_d", "dp", "dp_norm", "arf");
  }

  @Test
  void overEqualParts() {
    // --parts 2: positions 0-4 and 5-9; "a" at 0, 2, 6 -> f_i = [2, 1]
    FrequencyList list = run(new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 2), 2);
    DispersionScores a = scoresOf(list, "a");
    assertThat(a.range()).isEqualTo(2);
    assertThat(a.dp()).isCloseTo(1.0 / 6, within(EPS)); // 1/2 (|2/3 - 1/2| + |1/3 - 1/2|)
    assertThat(a.dpNorm()).isCloseTo(1.0 / 3, within(EPS)); // / (1 - 1/2)
    assertThat(a.juillandD()).isCloseTo(2.0 / 3, within(EPS)); // 1 - (0.5/1.5)/1
    assertThat(a.arf()).isCloseTo(2.6, within(EPS)); // ARF does not depend on parts
    // "d" at 7, 8, 9 -> [0, 3]: range 1 of the parts (it is in 1 document too)
    assertThat(scoresOf(list, "d").range()).isEqualTo(1);
    assertThat(list.table().materialize().get(0)[4]).isEqualTo(2); // range column counts parts
  }

  @Test
  void ngramDispersionUsesNgramPositions() {
    // bigrams: doc1 "a b","b a","a c" (0-2), doc2 "b b" (3), doc3 "a d","d d","d d" (4-6); N = 7
    FrequencyList list = run(new FrequencyOptions(0, 1, 0, 2, ItemType.WORD, true, 0), 2);
    DispersionScores dd = scoresOf(list, "d d");
    // positions 5, 6: v = 3.5; gaps 5+7-6 = 6 -> 3.5, 1: (3.5 + 1)/3.5
    assertThat(dd.arf()).isCloseTo(4.5 / 3.5, within(EPS));
    assertThat(dd.range()).isEqualTo(1);
  }

  @Test
  void dispersionNoneKeepsTheOldColumns() {
    FrequencyList list = run(new FrequencyOptions(0, 1, 0, 1), 1);
    assertThat(list.hasDispersion()).isFalse();
    assertThat(list.table().columns()).hasSize(5);
  }

  @Test
  void invalidCombinationsAreUsageErrors() {
    assertThatThrownBy(() -> new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, false, 3))
        .isInstanceOf(UsageException.class).hasMessageContaining("--parts");
    assertThatThrownBy(() -> FrequencyOptions.from(org.corpustoolkit.spi.OptionValues.builder()
        .set(FrequencyOptions.BY, "ngram").set(FrequencyOptions.NGRAM, 1).build()))
        .isInstanceOf(UsageException.class).hasMessageContaining("--by ngram");
    assertThatThrownBy(() -> run(new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 11), 1))
        .isInstanceOf(UsageException.class).hasMessageContaining("--parts 11");
  }

  @Test
  void resultsDoNotDependOnThreads() {
    List<Object[]> one = run(FrequencyOptions.defaults(), 1).table().materialize();
    List<Object[]> three = run(FrequencyOptions.defaults(), 3).table().materialize();
    assertThat(java.util.Arrays.deepToString(three.toArray()))
        .isEqualTo(java.util.Arrays.deepToString(one.toArray()));
  }
}
