package org.corpustoolkit.plugins.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FormFacts}, the per-form memo of register counting and heuristic tagging, against the word
 * lists and the per-token tagger it replaces: on every form of the seed corpus, every word of the lists
 * and words made to hit each ending, in every context.
 */
class FormFactsTest {
  private static List<String> forms;

  @BeforeAll
  static void collectForms() throws IOException {
    TreeSet<String> all = new TreeSet<>();
    StringBuilder text = new StringBuilder();
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        text.append(Files.readString(seed)).append('\n');
      }
    }
    RunContext context = RunContext.forTesting(Corpus.ofStrings(text.toString()));
    for (TokenizedDocument doc : context.documents()) {
      for (int i = 0; i < doc.size(); i++) {
        all.add(doc.form(i));
      }
    }
    for (var list : List.of(EnglishWords.FIRST_PERSON, EnglishWords.SECOND_PERSON,
        EnglishWords.THIRD_PERSON, EnglishWords.MODALS, EnglishWords.BE,
        EnglishWords.IRREGULAR_PARTICIPLES, EnglishWords.HEDGE_WORDS, EnglishWords.NOT_BEFORE_HEDGE,
        EnglishWords.CONTRACTING_S)) {
      all.addAll(list);
    }
    for (String stem : List.of("nat", "walk", "quick", "govern", "happ", "real", "ba", "sing")) {
      for (String ending : List.of("", "ion", "ions", "ment", "ments", "ness", "nesses", "ity",
          "ities", "ly", "ed", "ing", "ous", "ful", "ive", "able", "ical", "less", "ize", "ise",
          "ify", "ified", "ship", "ism", "ance", "ence", "hood", "dom", "'s", "'ll", "n't", "'d")) {
        all.add(stem + ending);
      }
    }
    all.addAll(List.of("", "it", "to", "my", "your", "his", "her", "our", "their", "thy", "about",
        "at", "like", "something", "less", "or", "more", "sort", "kind", "of", "not", "won't",
        "can't", "isn't", "family", "early", "said", "good", "i'm", "he's", "it's", "let's",
        "john's", "ed", "ing", "sing", "bed"));
    forms = new ArrayList<>(all);
    assertThat(forms).hasSizeGreaterThan(1000);
  }

  @Test
  void tagsAreThoseOfTheTaggerInEveryContext() {
    List<Upos> previousTags = new ArrayList<>(List.of(Upos.values()));
    previousTags.add(null);
    List<String> previousForms = List.of("", "it", "to", "my", "their", "she", "the", "not", "walk");
    int compared = 0;
    for (String form : forms) {
      int facts = FormFacts.compute(form);
      for (boolean capitalised : new boolean[] {false, true}) {
        for (Upos previous : previousTags) {
          for (String previousForm : previousForms) {
            int previousFacts = previousForm.isEmpty() ? 0 : FormFacts.compute(previousForm);
            assertThat(FormFacts.tag(facts, capitalised, previous, previousFacts))
                .as("%s capitalised=%s after %s %s", form, capitalised, previous, previousForm)
                .isEqualTo(HeuristicTagSource.tag(form, capitalised, previous, previousForm));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(100_000);
  }

  @Test
  void flagsAreTheWordListsAndEndings() {
    int flagged = 0;
    for (String form : forms) {
      int f = FormFacts.compute(form);
      String base = EnglishWords.base(form);
      boolean first = EnglishWords.FIRST_PERSON.contains(base);
      boolean second = !first && EnglishWords.SECOND_PERSON.contains(base);
      boolean third = !first && !second && EnglishWords.THIRD_PERSON.contains(base);
      assertThat((f & FormFacts.FIRST_PERSON) != 0).as(form).isEqualTo(first);
      assertThat((f & FormFacts.SECOND_PERSON) != 0).as(form).isEqualTo(second);
      assertThat((f & FormFacts.THIRD_PERSON) != 0).as(form).isEqualTo(third);
      assertThat((f & FormFacts.CONTRACTION) != 0).as(form)
          .isEqualTo(EnglishWords.isContraction(form));
      assertThat((f & FormFacts.NOMINALISATION) != 0).as(form)
          .isEqualTo(EnglishWords.isNominalisation(form));
      assertThat((f & FormFacts.MODAL) != 0).as(form)
          .isEqualTo(EnglishWords.MODALS.contains(form) || form.endsWith("'ll"));
      assertThat((f & FormFacts.HEDGE_WORD) != 0).as(form)
          .isEqualTo(EnglishWords.HEDGE_WORDS.contains(form));
      assertThat((f & FormFacts.BE) != 0).as(form).isEqualTo(EnglishWords.BE.contains(form));
      assertThat((f & FormFacts.PARTICIPLE) != 0).as(form)
          .isEqualTo(EnglishWords.isParticiple(form));
      assertThat((f & FormFacts.NOT_BEFORE_HEDGE) != 0).as(form)
          .isEqualTo(EnglishWords.NOT_BEFORE_HEDGE.contains(form));
      flagged += (f & ~1 & ((1 << 14) - 1)) != 0 ? 1 : 0;
    }
    assertThat(flagged).isGreaterThan(200);
    assertThat(FormFacts.special(FormFacts.compute("about"))).isEqualTo(FormFacts.ABOUT);
    assertThat(FormFacts.special(FormFacts.compute("not"))).isEqualTo(FormFacts.NOT);
    assertThat(FormFacts.special(FormFacts.compute("of"))).isEqualTo(FormFacts.OF);
    assertThat(FormFacts.special(FormFacts.compute("often"))).isZero();
    assertThat(FormFacts.compute("it") & FormFacts.IT).isNotZero();
    assertThat(FormFacts.compute("its") & FormFacts.IT).isZero();
    assertThat(FormFacts.compute("their") & FormFacts.POSSESSIVE).isNotZero();
    assertThat(FormFacts.compute("to") & FormFacts.TO).isNotZero();
  }

  @Test
  void factsAreKeptByFormIdAndGrowWithTheVocabulary() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings(String.join(" ", forms)));
    TokenizedDocument doc = context.documents().iterator().next();
    FormFacts facts = new FormFacts(doc.vocabulary());
    for (int round = 0; round < 2; round++) {
      for (int i = doc.size() - 1; i >= 0; i--) {
        assertThat(facts.of(doc.formId(i))).as(doc.form(i))
            .isEqualTo(FormFacts.compute(doc.form(i)));
      }
    }
  }
}
