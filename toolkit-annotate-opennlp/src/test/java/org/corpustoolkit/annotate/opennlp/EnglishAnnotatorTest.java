package org.corpustoolkit.annotate.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English annotator on ctk's own sentences and tokens: exact UPOS tags and lemmas (lemmas shown as
 * counting forms, so case-folded), written "surface/TAG/lemma".
 */
class EnglishAnnotatorTest {
  private static EnglishAnnotator annotator;

  @BeforeAll
  static void loadModelsOnce() {
    annotator = new EnglishAnnotator();
    annotator.newTagger();
  }

  private static List<String> annotate(String text) {
    RunContext context = RunContext.forTesting(Corpus.ofStrings(text), annotator);
    List<String> out = new ArrayList<>();
    for (TokenizedDocument doc : context.documents()) {
      Annotations a = doc.annotations();
      for (int i = 0; i < doc.size(); i++) {
        out.add(doc.surface(i) + "/" + a.pos(i) + "/" + a.lemma(i));
      }
    }
    return out;
  }

  @Test
  void curlyApostrophesPossessivesAndContractions() {
    assertThat(annotate("The cats’ owners weren’t at home. Moscow’s ties with Beijing have been "
        + "strengthened.")).containsExactly(
            "The/DET/the", "cats/NOUN/cat", "’/PUNCT/'", "owners/NOUN/owner", "weren’t/AUX/be",
            "at/ADP/at", "home/NOUN/home", "./PUNCT/.",
            "Moscow’s/PROPN/moscow", "ties/NOUN/tie", "with/ADP/with", "Beijing/PROPN/beijing",
            "have/AUX/have", "been/AUX/be", "strengthened/VERB/strengthen", "./PUNCT/.");
  }

  @Test
  void contractionsTakeTheirHostsTagAndLemma() {
    assertThat(annotate("I don't think it's a well-known problem; she can't go and I cannot either."))
        .containsExactly(
            "I/PRON/i", "don't/AUX/do", "think/VERB/think", "it's/PRON/it", "a/DET/a",
            "well-known/ADJ/well-known", "problem/NOUN/problem", ";/PUNCT/;", "she/PRON/she",
            "can't/AUX/can", "go/VERB/go", "and/CCONJ/and", "I/PRON/i", "cannot/AUX/can",
            "either/ADV/either", "./PUNCT/.");
  }

  @Test
  void hyphenatedWordsTakeTheTagOfTheirHead() {
    assertThat(annotate("A ground-based radar gave the time-to-target of COVID-19 missiles for "
        + "NATO’s allies. He was re-elected in a government-backed vote.")).containsExactly(
            "A/DET/a", "ground-based/ADJ/ground-based", "radar/NOUN/radar", "gave/VERB/give",
            "the/DET/the", "time-to-target/NOUN/time-to-target", "of/ADP/of",
            "COVID-19/NOUN/covid-19", "missiles/NOUN/missile", "for/ADP/for", "NATO’s/PROPN/nato", "allies/NOUN/ally", "./PUNCT/.",
            "He/PRON/he", "was/AUX/be", "re-elected/VERB/re-elect", "in/ADP/in", "a/DET/a",
            "government-backed/ADJ/government-backed", "vote/NOUN/vote", "./PUNCT/.");
  }

  @Test
  void numbersUrlsAndSymbolsKeepTheirForm() {
    assertThat(annotate("He is running at 3.5 p.m. on https://example.org 😀!")).containsExactly(
        "He/PRON/he", "is/AUX/be", "running/VERB/run", "at/ADP/at", "3.5/NUM/3.5",
        "p.m./NOUN/p.m.", "on/ADP/on", "https://example.org/X/https://example.org", "😀/SYM/😀",
        "!/PUNCT/!");
  }

  @Test
  void properNounLemmasKeepCapitalsWhenCaseSensitive() {
    RunContext context = new RunContext(Corpus.ofStrings("NATO’s allies met the Russians."),
        new TextSettings(true, java.util.Set.of(), "en"), 1, w -> {}, ProgressListener.NONE,
        Map.of("en", annotator));
    TokenizedDocument doc = context.documents().iterator().next();
    Annotations a = doc.annotations();
    assertThat(a.lemma(0)).isEqualTo("NATO");
    assertThat(a.pos(0)).isEqualTo(UniversalPos.PROPN);
    assertThat(a.lemma(1)).isEqualTo("ally");
  }

  @Test
  void wordViewsAreParallelToWordIds() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("Dogs barked, loudly."), annotator);
    TokenizedDocument doc = context.documents().iterator().next();
    Annotations a = doc.annotations();
    assertThat(doc.wordIds()).hasSize(3);
    assertThat(a.wordPos()).containsExactly((byte) UniversalPos.NOUN.ordinal(),
        (byte) UniversalPos.VERB.ordinal(), (byte) UniversalPos.ADV.ordinal());
    assertThat(a.wordLemmaIds()).containsExactly(doc.vocabulary().intern("dog"),
        doc.vocabulary().intern("bark"), doc.vocabulary().intern("loudly"));
    assertThat(a.pos(2)).isEqualTo(UniversalPos.PUNCT); // the comma, in the token view
  }

  @Test
  void aLanguageWithoutAnnotatorIsAUsageError() {
    RunContext context = new RunContext(Corpus.ofStrings("Le chat dort."),
        new TextSettings(false, java.util.Set.of(), "fr"), 1, w -> {}, ProgressListener.NONE,
        Map.of("en", annotator));
    assertThatThrownBy(context::requireAnnotations).isInstanceOf(UsageException.class)
        .hasMessage("no part-of-speech tagger or lemmatiser for --lang 'fr' (installed: en); "
            + "install an annotator plugin for this language");
    TokenizedDocument doc = context.documents().iterator().next();
    assertThatThrownBy(doc::annotations).isInstanceOf(UsageException.class);
  }

  @Test
  void theTaggerSeesStraightApostrophesAndQuotes() {
    assertThat(EnglishTagger.normalise("Moscow’s “quote” it‘s")).isEqualTo("Moscow's \"quote\" it's");
    assertThat(EnglishTagger.normalise("plain")).isSameAs("plain");
  }
}
