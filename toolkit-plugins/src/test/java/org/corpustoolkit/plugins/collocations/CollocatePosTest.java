package org.corpustoolkit.plugins.collocations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.UniversalPos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ctk collocations --collocate-pos} and queries with {@code lemma}/{@code pos}, on a text
 * counted by hand, tagged by a rule: "light" is ADJ before "rain", NOUN elsewhere, so one form has two
 * tags.
 */
class CollocatePosTest {
  /*
   * Word positions (no punctuation counts), sentences:
   *   we0 saw1 a2 light3 rain4 | they5 saw6 the7 light8 | light9 rain10 fell11 | a12 dog13 saw14 light15
   * light3 and light9 are ADJ (before rain); light8 and light15 are NOUN. N = 16.
   * Node saw, span 2L-2R within sentences: saw1 -> {0} and {2,3}; saw6 -> {5} (4 is in the sentence
   * before) and {7,8}; saw14 -> {12,13} and {15}. R1 = 9, f(node) = 3.
   * With --collocate-pos NOUN,ADJ the window positions hold: we PRON, a DET, light/ADJ (3),
   * they PRON, the DET, light/NOUN (8), a DET, dog/NOUN (13), light/NOUN (15). So
   *   light ADJ:  O11 = 1 (right 1), C1 = 2 (3, 9)
   *   light NOUN: O11 = 2 (right 2), C1 = 2 (8, 15); E11 = 9 x 2 / 16 = 1.125,
   *               MI = log2(2 / 1.125) = 0.830075, logDice = 14 + log2(2 x 2 / (9 + 2)) = 12.540568
   *   dog NOUN:   O11 = 1 (left 1), C1 = 1
   * and rain (NOUN, C1 = 2) is never inside a window. R1 stays 9: PRON and DET tokens still occupy
   * window positions.
   */
  static final Corpus TEXT = Corpus.ofStrings(
      "We saw a light rain. They saw the light. Light rain fell. A dog saw light.");

  /** Dictionary tags, with the one rule for "light"; counts the sentences it tags. */
  static final class RuleAnnotator implements Annotator {
    final AtomicInteger sentences = new AtomicInteger();
    private static final Map<String, String> TAGS = Map.of("we", "PRON", "they", "PRON", "saw",
        "VERB", "fell", "VERB", "a", "DET", "the", "DET", "rain", "NOUN", "dog", "NOUN");

    @Override
    public String language() {
      return "en";
    }

    @Override
    public String description() {
      return "testing rules";
    }

    @Override
    public Tagger newTagger() {
      return (tokens, tags, lemmas) -> {
        sentences.incrementAndGet();
        for (int i = 0; i < tokens.length; i++) {
          String word = tokens[i].toLowerCase(Locale.ROOT);
          if (word.equals("light")) {
            boolean beforeRain = i + 1 < tokens.length && tokens[i + 1].equalsIgnoreCase("rain");
            tags[i] = beforeRain ? "ADJ" : "NOUN";
          } else {
            tags[i] = TAGS.getOrDefault(word, "PUNCT");
          }
          lemmas[i] = word.equals("saw") ? "see" : word.equals("fell") ? "fall" : null;
        }
      };
    }
  }

  private final RuleAnnotator annotator = new RuleAnnotator();

  private CollocationTable run(CollocationOptions options, int threads, Set<String> stopwords,
      String language) {
    RunContext context = new RunContext(TEXT, new TextSettings(false, stopwords, language), threads,
        w -> {}, ProgressListener.NONE, Map.of("en", annotator));
    return (CollocationTable) new CollocationsAnalyser().analyse(context, options);
  }

  private CollocationTable run(CollocationOptions options, int threads) {
    return run(options, threads, Set.of(), "en");
  }

  private static CollocationOptions saw(UniversalPos... tags) {
    CollocationOptions options = CollocationOptions.forNode("saw").withSpan(2, 2, false)
        .withThresholds(1, 1, 0);
    return tags.length == 0 ? options
        : options.withCollocatePos(EnumSet.of(tags[0], tags)); // duplicates of tags[0] are harmless
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void collocatesAreWordTagPairsCountedByHand(int threads) {
    CollocationTable table = run(saw(UniversalPos.NOUN, UniversalPos.ADJ), threads);
    assertThat(table.nodeFrequency()).isEqualTo(3);
    assertThat(table.windowPositions()).as("R1: other tags still occupy positions").isEqualTo(9);
    assertThat(table.corpusSize()).isEqualTo(16);
    assertThat(table.collocates()).extracting(c -> c.collocate() + "/" + c.pos() + " O11="
        + c.observed() + " C1=" + c.collocateFrequency() + " L=" + c.left() + " R=" + c.right())
        .containsExactlyInAnyOrder(
            "light/NOUN O11=2 C1=2 L=0 R=2",
            "light/ADJ O11=1 C1=2 L=0 R=1",
            "dog/NOUN O11=1 C1=1 L=1 R=0");
    Collocation lightNoun = table.collocate("light", "NOUN");
    assertThat(lightNoun.expected()).isCloseTo(1.125, within(1e-9));
    assertThat(lightNoun.score(Measure.MI)).isCloseTo(0.830075, within(1e-6));
    assertThat(lightNoun.score(Measure.LOG_DICE)).isCloseTo(12.540568, within(1e-6));
    assertThat(table.collocates().get(0)).isEqualTo(lightNoun); // best logDice
  }

  @Test
  void onlyTheListedTagsAreCollocates() {
    CollocationTable adjectives = run(saw(UniversalPos.ADJ), 1);
    assertThat(adjectives.collocates()).extracting(c -> c.collocate() + "/" + c.pos())
        .containsExactly("light/ADJ");
    assertThat(adjectives.windowPositions()).isEqualTo(9);
    CollocationTable determiners = run(saw(UniversalPos.DET), 1);
    assertThat(determiners.collocates()).extracting(c -> c.collocate() + "/" + c.pos() + " "
        + c.observed() + " " + c.collocateFrequency())
        .containsExactlyInAnyOrder("a/DET 2 2", "the/DET 1 1");
  }

  @Test
  void withoutTheFilterFormsAreCountedWhateverTheirTagAndNothingIsTagged() {
    CollocationTable table = run(saw(), 2);
    Collocation light = table.collocate("light");
    assertThat(light.pos()).isNull();
    assertThat(light.observed()).isEqualTo(3);
    assertThat(light.collocateFrequency()).isEqualTo(4);
    assertThat(table.collocates()).hasSize(6); // we, a, light, they, the, dog
    assertThat(table.table().columns()).extracting(Column::name).doesNotContain("pos");
    assertThat(annotator.sentences).as("no tagging without --collocate-pos, lemma or pos")
        .hasValue(0);
  }

  @Test
  void theTableHasAPosColumnAndExplainsC1() {
    CollocationTable table = run(saw(UniversalPos.NOUN, UniversalPos.ADJ), 1);
    assertThat(table.table().columns()).extracting(Column::name)
        .startsWith("collocate", "pos", "observed", "expected", "collocate_frequency");
    assertThat(table.table().materialize().get(0)).startsWith("light", "NOUN", 2L);
    assertThat(table.summary()).containsEntry("collocate_pos", "ADJ,NOUN");
    assertThat(table.notes()).anyMatch(n -> n.contains("C1 (collocate_frequency) count the word "
        + "with that tag only"));
  }

  @Test
  void stopWordsAreLeftOutByTheirForm() {
    CollocationTable table = run(saw(UniversalPos.NOUN, UniversalPos.ADJ), 1, Set.of("dog"), "en");
    assertThat(table.collocates()).extracting(c -> c.collocate() + "/" + c.pos())
        .containsExactlyInAnyOrder("light/NOUN", "light/ADJ");
  }

  @Test
  void aQueryNodeMayUseLemmaAndPos() {
    // lemma see = saw1, saw6, saw14: the table of NODE saw
    CollocationTable see = run(CollocationOptions.forQuery("[lemma=\"see\"]").withSpan(2, 2, false)
        .withThresholds(1, 1, 0).withCollocatePos(EnumSet.of(UniversalPos.NOUN)), 1);
    assertThat(see.nodeFrequency()).isEqualTo(3);
    assertThat(see.windowPositions()).isEqualTo(9);
    assertThat(see.collocates()).extracting(c -> c.collocate() + "/" + c.pos() + " " + c.observed())
        .containsExactlyInAnyOrder("light/NOUN 2", "dog/NOUN 1");
    // every verb: also fell11, whose window is {9, 10} (its sentence starts at 9): R1 = 11
    CollocationTable verbs = run(CollocationOptions.forQuery("[pos=\"VERB\"]").withSpan(2, 2, false)
        .withThresholds(1, 1, 0), 1);
    assertThat(verbs.nodeFrequency()).isEqualTo(4);
    assertThat(verbs.windowPositions()).isEqualTo(11);
    assertThat(verbs.collocate("rain").observed()).isEqualTo(1);
    assertThat(verbs.collocate("light").observed()).isEqualTo(4);
  }

  @Test
  void withoutAnAnnotatorForTheLanguageTaggingIsAUsageError() {
    assertThatThrownBy(() -> run(saw(UniversalPos.NOUN), 1, Set.of(), "fr"))
        .isInstanceOf(UsageException.class).hasMessageContaining("fr");
    assertThatThrownBy(() -> run(CollocationOptions.forQuery("[pos=\"VERB\"]"), 1, Set.of(), "fr"))
        .isInstanceOf(UsageException.class).hasMessageContaining("fr");
    assertThat(run(saw(), 1, Set.of(), "fr").nodeFrequency()).isEqualTo(3);
  }

  @Test
  void badTagsAndCombinationsAreUsageErrors() {
    assertThat(CollocationOptions.parseTags("noun, ADJ")).containsExactly(UniversalPos.ADJ,
        UniversalPos.NOUN);
    assertThatThrownBy(() -> CollocationOptions.parseTags("NOUN,NUON"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--collocate-pos: 'NUON' is not a Universal Dependencies tag (UPOS: "
            + "ADJ, ADP, ADV");
    assertThatThrownBy(() -> CollocationOptions.parseTags("NOUN,"))
        .isInstanceOf(UsageException.class).hasMessageContaining("empty tag");
    assertThatThrownBy(() -> new CollocationOptions("", true, 5, 5, false, "log_dice", 1, 1, 0, 0,
        false, 2, 10, "", Set.of(UniversalPos.NOUN)))
        .isInstanceOf(UsageException.class).hasMessage("--collocate-pos works with a NODE word or "
            + "--query, not with --all");
  }
}
