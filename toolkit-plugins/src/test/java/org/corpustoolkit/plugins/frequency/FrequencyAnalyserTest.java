package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

class FrequencyAnalyserTest {
  private final FrequencyAnalyser analyser = new FrequencyAnalyser();

  private static RunContext context(Corpus corpus, int threads, TextSettings settings) {
    return new RunContext(corpus, settings, threads, w -> {}, ProgressListener.NONE);
  }

  private FrequencyList run(Corpus corpus, FrequencyOptions options) {
    return analyser.analyse(context(corpus, 1, TextSettings.defaults()), options);
  }

  /** The project's seed corpus (tests run in the module folder). */
  static Corpus seedCorpus() {
    return org.corpustoolkit.corpus.CorpusLoader.directory(Path.of("..", "seeds"),
        org.corpustoolkit.corpus.ReadOptions.detect(), "seed corpus");
  }

  @Test
  void countsWordTokensByCountingFormAndBreaksTiesAlphabetically() {
    FrequencyList list = run(Corpus.ofStrings("The cat and the Dog. THE dog, a cat!", "Dog days."),
        FrequencyOptions.defaults());
    assertThat(list.entries()).extracting(FrequencyEntry::item, FrequencyEntry::frequency,
        FrequencyEntry::range).containsExactly(
            tuple("dog", 3L, 2), tuple("the", 3L, 1), tuple("cat", 2L, 1), tuple("a", 1L, 1),
            tuple("and", 1L, 1), tuple("days", 1L, 1));
    assertThat(list.total()).isEqualTo(11);
    assertThat(list.types()).isEqualTo(6);
    assertThat(list.hapaxLegomena()).isEqualTo(3);
    assertThat(list.disLegomena()).isEqualTo(1);
    assertThat(list.perMillion(3)).isEqualTo(3 * 1_000_000.0 / 11);
  }

  @Test
  void tableHasTheDocumentedColumns() {
    FrequencyList list = run(Corpus.ofStrings("b a b"), FrequencyOptions.defaults());
    assertThat(list.table().columns()).extracting(c -> c.name())
        .containsExactly("rank", "word", "frequency", "per_million", "range", "juilland_d", "dp",
            "dp_norm", "arf");
    assertThat(list.table().materialize()).extracting(r -> r[0], r -> r[1], r -> r[2])
        .containsExactly(tuple(1, "b", 2L), tuple(2, "a", 1L));
  }

  @Test
  void filtersTopMinFreqMinLengthAndStopwords() {
    Corpus corpus = Corpus.ofStrings("the the the cat cat sat on a mat mat");
    assertThat(run(corpus, new FrequencyOptions(2, 1, 0, 1)).entries())
        .extracting(FrequencyEntry::item).containsExactly("the", "cat");
    assertThat(run(corpus, new FrequencyOptions(0, 2, 0, 1)).entries())
        .extracting(FrequencyEntry::item).containsExactly("the", "cat", "mat");
    assertThat(run(corpus, new FrequencyOptions(0, 1, 3, 1)).entries())
        .extracting(FrequencyEntry::item).containsExactly("the", "cat", "mat", "sat");
    FrequencyList stopped = analyser.analyse(context(corpus, 1,
        new TextSettings(false, Set.of("the", "on", "a"), "en")), FrequencyOptions.defaults());
    assertThat(stopped.entries()).extracting(FrequencyEntry::item)
        .containsExactly("cat", "mat", "sat");
    assertThat(stopped.total()).isEqualTo(10);
  }

  @Test
  void ngramsStayInsideSentences() {
    FrequencyList bigrams = run(Corpus.ofStrings("New York is big. York is old. New York!"),
        new FrequencyOptions(0, 1, 0, 2));
    assertThat(bigrams.entries()).extracting(FrequencyEntry::item, FrequencyEntry::frequency)
        .containsExactly(tuple("new york", 2L), tuple("york is", 2L), tuple("is big", 1L),
            tuple("is old", 1L));
    assertThat(bigrams.total()).isEqualTo(6);
    assertThat(bigrams.table().columns().get(1).name()).isEqualTo("ngram");
  }

  @Test
  void parallelRunEqualsSequentialRun() {
    String[] texts = new String[30];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = "Document number " + i + ". " + "alpha beta gamma ".repeat(i) + "delta " + (i % 3);
    }
    Corpus corpus = Corpus.ofStrings(texts);
    FrequencyList one = analyser.analyse(context(corpus, 1, TextSettings.defaults()),
        FrequencyOptions.defaults());
    FrequencyList two = analyser.analyse(context(corpus, 2, TextSettings.defaults()),
        FrequencyOptions.defaults());
    FrequencyList eight = analyser.analyse(context(corpus, 8, TextSettings.defaults()),
        FrequencyOptions.defaults());
    assertThat(two).isEqualTo(one);
    assertThat(eight).isEqualTo(one);
    assertThat(one.frequencyOf("alpha")).isEqualTo(435);
    assertThat(one.entries()).filteredOn(e -> e.item().equals("alpha"))
        .extracting(FrequencyEntry::range).containsExactly(29);
  }

  @Test
  void seedCorpusCountsCheckedByHand() {
    // Checked independently with grep -oiP on seeds/: whole words, case-insensitive.
    FrequencyList list = run(seedCorpus(), FrequencyOptions.defaults());
    assertThat(list.frequencyOf("the")).isEqualTo(60);
    assertThat(list.frequencyOf("and")).isEqualTo(41);
    assertThat(list.frequencyOf("bilateral")).isEqualTo(8);
    assertThat(list.frequencyOf("moscow")).isEqualTo(6);
    assertThat(list.frequencyOf("moscow's")).isEqualTo(3);
    assertThat(list.frequencyOf("china")).isEqualTo(7);
    assertThat(list.frequencyOf("covid-19")).isEqualTo(2);
    assertThat(list.entries().get(0).item()).isEqualTo("the");
  }

  @Test
  void aCorpusWithoutWordsIsAnError() {
    assertThatThrownBy(() -> run(Corpus.ofStrings("... !!! ???"), FrequencyOptions.defaults()))
        .isInstanceOf(CorpusException.class).hasMessage("the corpus has no word tokens");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThatThrownBy(() -> new FrequencyOptions(0, 1, 0, 7)).isInstanceOf(UsageException.class)
        .hasMessage("--ngram must be between 1 and 6, not 7");
    assertThatThrownBy(() -> new FrequencyOptions(-1, 1, 0, 1)).isInstanceOf(UsageException.class);
  }
}
