package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.TestingAnnotator;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

/** {@code ctk frequency --by lemma|pos|word/pos}, with a dictionary annotator. */
class FrequencyByAnnotationTest {
  private static final Corpus CORPUS = Corpus.ofStrings(
      "The cats are here. A cat is there!",
      "Cats were cats. The cat ran; Moscow’s cat runs.");
  private final FrequencyAnalyser analyser = new FrequencyAnalyser();

  private FrequencyList run(ItemType by, TestingAnnotator annotator, int threads, Set<String> stop) {
    RunContext context = new RunContext(CORPUS, new TextSettings(false, stop, "en"), threads, w -> {},
        ProgressListener.NONE, Map.of("en", annotator));
    return analyser.analyse(context, FrequencyOptions.defaults().withDispersion(false).by(by));
  }

  private static List<String> rows(FrequencyList list) {
    Table table = list.table();
    return table.materialize().stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3])
        .map(row -> row.replaceAll(" [0-9.]+$", "")).toList();
  }

  @Test
  void lemmasMergeInflectedForms() {
    FrequencyList list = run(ItemType.LEMMA, new TestingAnnotator(), 1, Set.of());
    // cat: cats, cat, cats, cats, cat, cat = 6; be: are, is, were = 3; the: 2; run: ran, runs = 2
    assertThat(list.entries()).extracting(FrequencyEntry::item, FrequencyEntry::frequency,
        FrequencyEntry::range).startsWith(
            org.assertj.core.groups.Tuple.tuple("cat", 6L, 2),
            org.assertj.core.groups.Tuple.tuple("be", 3L, 2),
            org.assertj.core.groups.Tuple.tuple("run", 2L, 1),
            org.assertj.core.groups.Tuple.tuple("the", 2L, 2));
    assertThat(list.frequencyOf("moscow")).isEqualTo(1);
    assertThat(list.total()).isEqualTo(17);
    assertThat(list.table().columns()).extracting(c -> c.name())
        .containsExactly("rank", "lemma", "frequency", "per_million", "range");
  }

  @Test
  void tagsAreCountedOverWordTokensOnly() {
    FrequencyList list = run(ItemType.POS, new TestingAnnotator(), 1, Set.of());
    // 17 word tokens: 6 nouns, 3 auxiliaries, 3 determiners, 2 adverbs, 2 verbs, 1 proper noun
    assertThat(rows(list)).containsExactly("1 NOUN 6", "2 AUX 3", "3 DET 3", "4 ADV 2", "5 VERB 2",
        "6 PROPN 1");
    assertThat(list.perMillion(6)).isCloseTo(6 / 17.0 * 1_000_000, org.assertj.core.data.Offset
        .offset(1e-6));
    assertThat(list.table().columns()).extracting(c -> c.name())
        .containsExactly("rank", "pos", "frequency", "per_million", "range");
  }

  @Test
  void wordsWithTagsHaveTwoColumns() {
    FrequencyList list = run(ItemType.WORD_POS, new TestingAnnotator(), 1, Set.of("the", "be"));
    assertThat(list.table().columns()).extracting(c -> c.name())
        .containsExactly("rank", "word", "pos", "frequency", "per_million", "range");
    assertThat(list.table().materialize().stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " "
        + r[3]).toList()).startsWith("1 cat NOUN 3", "2 cats NOUN 3");
    assertThat(list.frequencyOf("the/DET")).isZero(); // a stop word, matched on the word
    assertThat(list.frequencyOf("moscow's/PROPN")).isEqualTo(1); // apostrophe folded
  }

  @Test
  void stopWordsAreMatchedAgainstLemmas() {
    FrequencyList list = run(ItemType.LEMMA, new TestingAnnotator(), 1, Set.of("be", "the"));
    assertThat(list.frequencyOf("be")).isZero();
    assertThat(list.frequencyOf("cat")).isEqualTo(6);
  }

  @Test
  void resultsDoNotDependOnThreads() {
    for (ItemType by : ItemType.values()) {
      assertThat(run(by, new TestingAnnotator(), 2, Set.of()))
          .isEqualTo(run(by, new TestingAnnotator(), 1, Set.of()));
    }
  }

  @Test
  void countingWordsNeverAnnotates() {
    TestingAnnotator annotator = new TestingAnnotator();
    run(ItemType.WORD, annotator, 2, Set.of());
    assertThat(annotator.sentences).hasValue(0);
    run(ItemType.LEMMA, annotator, 2, Set.of());
    assertThat(annotator.sentences).hasValue(4);
  }

  @Test
  void tagListsTagWithoutLemmatisingAndLemmaListsLemmatise() {
    for (ItemType by : List.of(ItemType.POS, ItemType.WORD_POS)) {
      TestingAnnotator annotator = new TestingAnnotator();
      run(by, annotator, 1, Set.of());
      assertThat(annotator.sentences).as(by.toString()).hasValue(4);
      assertThat(annotator.taggedOnly).as(by.toString()).hasValue(4);
    }
    TestingAnnotator annotator = new TestingAnnotator();
    run(ItemType.LEMMA, annotator, 1, Set.of());
    assertThat(annotator.taggedOnly).hasValue(0);
    // one pass for a tag list and a lemma list (as ctk report asks): the lemma list needs lemmas
    TestingAnnotator both = new TestingAnnotator();
    RunContext context = new RunContext(CORPUS, new TextSettings(false, Set.of(), "en"), 1, w -> {},
        ProgressListener.NONE, Map.of("en", both));
    List<FrequencyList> lists = analyser.analyseTogether(context, List.of(
        FrequencyOptions.defaults().withDispersion(false).by(ItemType.POS),
        FrequencyOptions.defaults().withDispersion(false).by(ItemType.LEMMA)));
    assertThat(both.taggedOnly).hasValue(0);
    assertThat(lists.get(0).frequencyOf("NOUN")).isEqualTo(run(ItemType.POS, new TestingAnnotator(), 1,
        Set.of()).frequencyOf("NOUN"));
    assertThat(lists.get(1).frequencyOf("be")).isEqualTo(3);
  }

  @Test
  void lemmasNeedAnAnnotatorForTheLanguage() {
    assertThatThrownBy(() -> analyser.analyse(RunContext.forTesting(CORPUS),
        FrequencyOptions.defaults().withDispersion(false).by(ItemType.LEMMA)))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no part-of-speech tagger or lemmatiser for --lang 'en'");
    assertThat(analyser.analyse(RunContext.forTesting(CORPUS), FrequencyOptions.defaults())
        .frequencyOf("cats")).isEqualTo(3);
  }

  @Test
  void lemmaAndTagNGrams() {
    RunContext context = RunContext.forTesting(CORPUS, new TestingAnnotator());
    FrequencyList list = analyser.analyse(context,
        new FrequencyOptions(0, 1, 0, 2, ItemType.POS));
    // within sentences: DET NOUN (The cats, A cat, The cat) = 3
    assertThat(list.frequencyOf("DET NOUN")).isEqualTo(3);
    assertThat(list.table().columns().get(1).name()).isEqualTo("ngram");
    FrequencyList lemmas = analyser.analyse(RunContext.forTesting(CORPUS, new TestingAnnotator()),
        new FrequencyOptions(0, 1, 0, 2, ItemType.LEMMA));
    assertThat(lemmas.frequencyOf("cat be")).isEqualTo(3); // cats are, cat is, cats were
  }

  @Test
  void byIsValidated() {
    assertThat(ItemType.of("word/pos")).isEqualTo(ItemType.WORD_POS);
    assertThatThrownBy(() -> ItemType.of("tag")).isInstanceOf(UsageException.class)
        .hasMessage("--by must be one of word, lemma, pos, word/pos, not 'tag'");
  }
}
