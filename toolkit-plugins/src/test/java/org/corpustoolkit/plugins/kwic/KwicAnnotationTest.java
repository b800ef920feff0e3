package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.TestingAnnotator;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ctk kwic} with {@code [lemma=...]} and {@code [pos=...]}, tagged by a dictionary annotator. */
class KwicAnnotationTest {
  static final String TEXT = "The old cat was black. Cats are here, and the dogs have been there.\n"
      + "Is the big black dog old? A dog ran on.";

  private final TestingAnnotator annotator = new TestingAnnotator();

  private List<String> lines(String query, int threads, boolean sorted) {
    RunContext context = new RunContext(Corpus.ofStrings(TEXT, "Dogs were here."),
        new TextSettings(false, Set.of(), "en"), threads, w -> {}, ProgressListener.NONE,
        Map.of("en", annotator));
    KwicOptions options = new KwicOptions(query, 1, 0,
        sorted ? SortKey.parseList("node") : List.of(), 0, 1, 0, false, false);
    Concordance concordance = (Concordance) new KwicAnalyser().analyse(context, options);
    List<String> lines = new ArrayList<>();
    for (ConcordanceLine l : concordance.lines()) {
      lines.add(l.left() + " | " + l.node() + " | " + l.right());
    }
    return lines;
  }

  private List<String> lines(String query) {
    return lines(query, 1, false);
  }

  @Test
  void aLemmaFindsEveryFormOfIt() {
    assertThat(lines("[lemma=\"be\"]")).containsExactly(
        "cat | was | black",
        "Cats | are | here",
        "have | been | there",
        "there. | Is | the",
        "Dogs | were | here");
  }

  @Test
  void aQueryOnPosAloneTagsWithoutLemmatising() {
    lines("[pos=\"NOUN\"] [pos=\"AUX\"]");
    assertThat(annotator.sentences.get()).isPositive();
    assertThat(annotator.taggedOnly.get()).isEqualTo(annotator.sentences.get());
    int tagged = annotator.taggedOnly.get();
    lines("[lemma=\"be\"]");
    assertThat(annotator.taggedOnly.get()).as("a lemma query lemmatises").isEqualTo(tagged);
  }

  @Test
  void posFindsExactlyTheTaggedTokens() {
    assertThat(lines("[pos=\"NOUN\"]")).containsExactly(
        "old | cat | was", "black. | Cats | are", "the | dogs | have", "black | dog | old",
        "A | dog | ran", " | Dogs | were");
    assertThat(lines("[pos=\"ADJ|ADV\" & word!=\"black\"]")).containsExactly(
        "The | old | cat", "are | here | , and", "been | there | . Is", "the | big | black",
        "dog | old | ? A", "were | here | .");
    assertThat(lines("[pos!=\"NOUN|DET|AUX|PUNCT\" & !lemma=\"black|here|there\"]"))
        .containsExactly("The | old | cat", "here, | and | the", "the | big | black",
            "dog | old | ? A", "dog | ran | on", "ran | on | .");
  }

  @Test
  void optionalAdjectivesBeforeANoun() {
    assertThat(lines("\"the\" [pos=\"ADJ\"]? [pos=\"NOUN\"]")).containsExactly(
        " | The old cat | was", "and | the dogs | have");
    assertThat(lines("\"the\" [pos=\"ADJ\"]* [pos=\"NOUN\"]")).containsExactly(
        " | The old cat | was", "and | the dogs | have", "Is | the big black dog | old");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void sortedAndCollectedRunsGiveTheSameHitsOnAnyNumberOfThreads(int threads) {
    assertThat(lines("[lemma=\"dog\"]", threads, true)).containsExactly(
        "black | dog | old", "A | dog | ran", "the | dogs | have", " | Dogs | were");
  }

  @Test
  void aQueryWithoutLemmaOrPosNeverCallsTheAnnotator() {
    assertThat(lines("\"the\" [word=\"d.*\" & kind=\"word\"]")).containsExactly(
        "and | the dogs | have");
    assertThat(lines("cat", 2, true)).hasSize(1);
    assertThat(annotator.sentences).hasValue(0);
    lines("[pos=\"NOUN\"] \"ran\"");
    assertThat(annotator.sentences).as("4 sentences in the first text, 1 in the second")
        .hasValue(5);
  }

  @Test
  void withoutAnAnnotatorForTheLanguageALemmaQueryIsAUsageError() {
    RunContext french = new RunContext(Corpus.ofStrings("Le chat est noir."),
        new TextSettings(false, Set.of(), "fr"), 1, w -> {}, ProgressListener.NONE,
        Map.of("en", annotator));
    assertThatThrownBy(() -> new KwicAnalyser().analyse(french, KwicOptions.of("[pos=\"NOUN\"]")))
        .isInstanceOf(UsageException.class).hasMessageContaining("fr");
    Concordance chat = (Concordance) new KwicAnalyser().analyse(french, KwicOptions.of("chat"));
    assertThat(chat.lines()).as("other queries still work").hasSize(1);
  }

  @Test
  void anUnknownTagIsRejectedWithTheListOfTags() {
    assertThatThrownBy(() -> KwicOptions.of("[pos=\"NUON\"]"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("\"NUON\" matches no value of pos; values: ADJ, ADP, ADV, AUX");
  }
}
