package org.corpustoolkit.plugins.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.stats.ReadabilityCounts;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

/** Counting checked by hand on small texts, then the formulas on those counts. */
class ReadabilityAnalyserTest {
  private final ReadabilityAnalyser analyser = new ReadabilityAnalyser();

  private ReadabilityReport run(String language, int threads, String... texts) {
    RunContext context = new RunContext(Corpus.ofStrings(texts),
        new TextSettings(false, Set.of(), language), threads, w -> {}, ProgressListener.NONE);
    return analyser.analyse(context, ReadabilityOptions.defaults());
  }

  private ReadabilityCounts counts(String text) {
    return run("en", 1, text).documents().get(0).counts();
  }

  /*
   * "Then Elizabeth walked quickly to the beautiful garden. She was 21 years old!"
   * words (21 is a number, not a word): Then Elizabeth walked quickly to the beautiful garden She
   *   was years old = 12; sentences 2
   * syllables (CMUdict): then 1, e-liz-a-beth 4, walked 1, quick-ly 2, to 1, the 1, beau-ti-ful 3,
   *   gar-den 2, she 1, was 1, years 1, old 1 = 19
   * letters: 4 + 9 + 6 + 7 + 2 + 3 + 9 + 6 + 3 + 3 + 5 + 3 = 60
   * polysyllables: Elizabeth, beautiful = 2; complex: Elizabeth is a proper noun inside the sentence,
   *   so only beautiful = 1
   * long words (> 6 letters): Elizabeth, quickly, beautiful = 3
   * monosyllables: then walked to the she was years old = 8
   * difficult: none: all on the list or regular inflections (walked, quickly, years), Elizabeth a name
   */
  static final String SAMPLE = "Then Elizabeth walked quickly to the beautiful garden. She was 21 years old!";

  @Test
  void countsASmallTextByHand() {
    assertThat(counts(SAMPLE)).isEqualTo(ReadabilityCounts.builder().sentences(2).words(12)
        .syllables(19).letters(60).polysyllables(2).complexWords(1).longWords(3).monosyllables(8)
        .difficultWords(0).build());
  }

  @Test
  void formulasOnTheHandCountedText() {
    ReadabilityReport report = run("en", 1, SAMPLE);
    ReadabilityCounts c = report.documents().get(0).counts();
    // ASL = 12/2 = 6, ASW = 19/12
    assertThat(report.score("flesch", c).get()).isCloseTo(206.835 - 6.09 - 133.95, within(1e-9));
    assertThat(report.score("flesch", c).get()).isCloseTo(66.795, within(1e-9));
    assertThat(report.score("flesch_kincaid", c).get()).isCloseTo(2.34 + 11.8 * 19 / 12 - 15.59,
        within(1e-9));
    assertThat(report.score("flesch_kincaid", c).get()).isCloseTo(5.433333, within(1e-6));
    assertThat(report.score("gunning_fog", c).get()).isCloseTo(0.4 * (6 + 100.0 / 12), within(1e-9));
    assertThat(report.score("smog", c).get()).isCloseTo(8.841846, within(1e-6));
    assertThat(report.score("coleman_liau", c).get()).isCloseTo(29.4 - 0.296 * 200 / 12 - 15.8,
        within(1e-9));
    assertThat(report.score("ari", c).get()).isCloseTo(5.12, within(1e-9));
    assertThat(report.score("dale_chall", c).get()).isCloseTo(0.2976, within(1e-9));
    assertThat(report.score("lix", c).get()).isCloseTo(31.0, within(1e-9));
    assertThat(report.score("rix", c).get()).isCloseTo(1.5, within(1e-9));
    assertThat(report.score("forcast", c).get()).isCloseTo(10.0, within(1e-9));
    // r = (12 + 2 x 2) / 2 = 8, not above 20: (8 - 2) / 2
    assertThat(report.score("linsear_write", c).get()).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void workedValueOfMeasuresMd() {
    ReadabilityReport report = run("en", 1, "The cat sat on the mat.");
    ReadabilityCounts c = report.documents().get(0).counts();
    assertThat(c.words()).isEqualTo(6);
    assertThat(c.sentences()).isEqualTo(1);
    assertThat(c.syllables()).isEqualTo(6);
    assertThat(c.letters()).isEqualTo(17);
    assertThat(report.score("flesch", c).get()).isCloseTo(116.145, within(1e-9));
    assertThat(report.score("flesch_kincaid", c).get()).isCloseTo(-1.45, within(1e-9));
  }

  @Test
  void gunningInflectionAndCompoundExclusions() {
    // created (cre-at-ed, 3) comes from create (2): excluded; everything (3) has no such stem: complex;
    // merry-go-round (4) is a compound of short parts: excluded; interesting (3) from interest (2)
    ReadabilityCounts c = counts("They created everything on the merry-go-round, interesting.");
    assertThat(c.polysyllables()).isEqualTo(4);
    assertThat(c.complexWords()).isEqualTo(1);
  }

  @Test
  void properNounsOnlyInsideASentence() {
    // Canada (3) starts the first sentence: a complex word; inside the second it is taken as a name
    ReadabilityCounts c = counts("Canada is big. We like Canada.");
    assertThat(c.polysyllables()).isEqualTo(2);
    assertThat(c.complexWords()).isEqualTo(1);
  }

  @Test
  void difficultWordsAndInflections() {
    // boxes (box), happier (happy), gently (gentle) are regular inflections of listed words;
    // photosynthesis and ubiquitous are not on the list
    ReadabilityCounts c = counts("Boxes made happier children gently. Photosynthesis is ubiquitous.");
    assertThat(c.words()).isEqualTo(8);
    assertThat(c.difficultWords()).isEqualTo(2);
  }

  @Test
  void numbersAreNotWords() {
    ReadabilityCounts c = counts("In 1984 there were 3.5 million people.");
    assertThat(c.words()).isEqualTo(5); // In there were million people
    assertThat(c.syllables()).isEqualTo(1 + 1 + 1 + 2 + 2);
    assertThat(c.letters()).isEqualTo(2 + 5 + 4 + 7 + 6);
  }

  @Test
  void lettersLeaveOutApostrophesAndHyphens() {
    ReadabilityCounts c = counts("Don't re-enter.");
    assertThat(c.words()).isEqualTo(2);
    assertThat(c.letters()).isEqualTo(4 + 7);
    assertThat(c.longWords()).isEqualTo(1); // reenter has 7 letters
  }

  @Test
  void sentencesFollowTheSplitterAndNeedAWord() {
    assertThat(counts("Mr. Smith arrived. He sat down... Then? \"Yes!\" -- 42.").sentences())
        .isEqualTo(4);
  }

  @Test
  void edgeCasesGiveDefinedResultsNeverNaN() {
    ReadabilityReport report = run("en", 1, "", "Hello", "no final punctuation here", "1 2 3 ... !");
    List<ReadabilityRow> rows = report.documents();
    assertThat(rows.get(0).counts().words()).isZero();
    assertThat(rows.get(0).counts().sentences()).isZero();
    assertThat(rows.get(1).counts()).isEqualTo(ReadabilityCounts.builder().sentences(1).words(1)
        .syllables(2).letters(5).difficultWords(0).build());
    assertThat(rows.get(2).counts().sentences()).isEqualTo(1);
    assertThat(rows.get(2).counts().words()).isEqualTo(4);
    assertThat(rows.get(3).counts().words()).isZero();
    Table table = report.table();
    int flesch = table.columnIndex("flesch");
    List<Object[]> cells = table.materialize();
    assertThat(cells.get(0)[flesch]).isNull();
    assertThat(cells.get(3)[flesch]).isNull();
    // Hello: ASL 1, ASW 2
    assertThat((Double) cells.get(1)[flesch]).isCloseTo(206.835 - 1.015 - 169.2, within(1e-9));
    for (Object[] row : cells) {
      for (Object cell : row) {
        if (cell instanceof Double d) {
          assertThat(d).isFinite();
        }
      }
    }
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("doc1, doc4"));
  }

  @Test
  void corpusRowSumsTheDocumentsAndThreadsDoNotMatter() {
    String[] texts = {SAMPLE, "The cat sat on the mat.", "", "Canada is big. We like Canada."};
    ReadabilityReport one = run("en", 1, texts);
    ReadabilityReport two = run("en", 2, texts);
    assertThat(one.corpus().counts().words()).isEqualTo(12 + 6 + 0 + 6);
    assertThat(one.corpus().counts().sentences()).isEqualTo(2 + 1 + 0 + 2);
    assertThat(two).isEqualTo(one);
    assertThat(one.documents()).extracting(ReadabilityRow::doc)
        .containsExactly("doc1", "doc2", "doc3", "doc4");
  }

  @Test
  void languageVariantColumnAndVowelGroupSyllables() {
    // Der Hund (1 + 1) schläft (1) unter (2) dem (1) alten (2) Baum (1): 9 syllables, 7 words
    ReadabilityReport report = run("de", 1, "Der Hund schläft unter dem alten Baum.");
    assertThat(report.variant()).contains(FleschVariant.AMSTAD);
    ReadabilityCounts c = report.documents().get(0).counts();
    assertThat(c.syllables()).isEqualTo(9);
    assertThat(report.table().columnIndex("amstad")).isPositive();
    assertThat(report.score("amstad", c).get()).isCloseTo(180 - 7 - 58.5 * 9 / 7, within(1e-9));
    assertThat(run("en", 1, "x").variant()).isEqualTo(Optional.empty());
  }

  @Test
  void russianCountsEveryVowelLetter() {
    // мо-ло-ко (3), и (1), ча-й (1): 5
    ReadabilityReport report = run("ru", 1, "Молоко и чай.");
    assertThat(report.documents().get(0).counts().syllables()).isEqualTo(5);
    assertThat(report.variant()).contains(FleschVariant.OBORNEVA);
  }

  @Test
  void frenchSilentFinalE() {
    // la (1) pe-tite (2, silent e) mai-son (2, ai one group) : 5
    ReadabilityReport report = run("fr", 1, "La petite maison.");
    assertThat(report.documents().get(0).counts().syllables()).isEqualTo(5);
  }

  @Test
  void corpusOnlyLeavesOutDocumentRows() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings(SAMPLE, "Hello."));
    ReadabilityReport report = analyser.analyse(context, new ReadabilityOptions(false));
    assertThat(report.documents()).isEmpty();
    assertThat(report.table().materialize()).hasSize(1);
    assertThat(report.corpus().counts().words()).isEqualTo(13);
  }
}
