package org.corpustoolkit.plugins.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.stats.ReadabilityCounts;
import org.corpustoolkit.text.PartSentences;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * {@code ctk readability}: the counts behind readability formulas and the scores, per document and for
 * the corpus. Counting is done by {@link ReadabilityCounter}; the formulas are those of
 * {@link org.corpustoolkit.stats.Readability}. Documents are counted in parallel; rows are put back in
 * corpus order and the corpus row is the sum of the document counts, so output does not depend on
 * {@code --threads}.
 *
 * <p>A large file is counted in parts ({@link AnalysisContext#processSegments}) on every core, and its
 * parts' counts are added up: every count is a sum over sentences, so this gives the whole document's
 * counts as long as each sentence lies in one part, which {@link PartSentences} checks. If a cut could
 * change a sentence, the corpus is counted again from whole documents.
 */
public final class ReadabilityAnalyser implements Analyser<ReadabilityOptions> {
  static final String HELP = """
      Counts (per document, and summed for the corpus row):
        words: word tokens of kind word (letters, with inner apostrophes and hyphens: don't, \
      well-known). Numbers (1984, 3.5) are NOT words here and count in no formula, nor do \
      punctuation, symbols, URLs, e-mail addresses, ideographs or kana.
        sentences: sentences of ctk's sentence splitter (ICU/UAX #29 with an abbreviation list) that \
      contain at least one word. Text without final punctuation is one sentence up to the next \
      boundary (a blank line ends a paragraph) or the end of the document.
        syllables: English: CMU Pronouncing Dictionary, then rules for unknown words; a word with \
      digits (COVID-19) counts its letter-only parts; every word has at least 1 syllable. With \
      --lang other than en: vowel groups (every vowel letter in Russian; French silent final e/es/ent).
        letters: Unicode letters in the words (no apostrophes, hyphens or digits).
        polysyllables: words of 3 or more syllables, no exclusions (SMOG, Linsear Write).
        complex_words (Gunning Fog): polysyllables less three of Gunning's (1952) exclusions: \
      (1) proper nouns, taken to be capitalised words (capital initial and a lower-case letter) that \
      are not the first word of their sentence; (2) hyphenated compounds whose parts each have fewer \
      than 3 syllables; (3) words made 3 syllables by -es, -ed or -ing (the stem, also with e restored \
      or a doubled consonant undone, is in CMUdict with fewer than 3 syllables). Closed compounds \
      (bookkeeper) are NOT excluded. polysyllables is the count without exclusions.
        long_words: more than 6 letters (LIX, RIX). monosyllables: 1 syllable (FORCAST).
        difficult_words: not familiar by the New Dale-Chall list (Chall & Dale 1995) with Dale & \
      Chall's inflection rules (-s, -es, -ies, -ed, -ing, -er, -est, -ly, possessives); a hyphenated \
      word is familiar if listed whole or if every part is; proper nouns as in (1) are familiar.
      Scores (W words, St sentences, Sy syllables, ASL = W/St, ASW = Sy/W):
        flesch = 206.835 - 1.015 ASL - 84.6 ASW (Flesch 1948); flesch_kincaid = 0.39 ASL + 11.8 ASW \
      - 15.59 (Kincaid et al. 1975); gunning_fog = 0.4 (ASL + 100 complex_words/W) (Gunning 1952); \
      smog = 1.0430 sqrt(polysyllables x 30/St) + 3.1291 (McLaughlin 1969; scaled from 30 sentences); \
      coleman_liau = 0.0588 L - 0.296 S - 15.8, L letters and S sentences per 100 words (Coleman & \
      Liau 1975); ari = 4.71 letters/W + 0.5 ASL - 21.43 (Senter & Smith 1967); dale_chall = 0.1579 \
      PDW + 0.0496 ASL, + 3.6365 if PDW > 5, PDW = 100 difficult_words/W (Dale & Chall 1948); lix = \
      ASL + 100 long_words/W (Bjornsson 1968); rix = long_words/St (Anderson 1983); forcast = 20 - \
      (150 monosyllables/W)/10 (Caylor et al. 1973); linsear_write: r = (W + 2 polysyllables)/St, r/2 \
      if r > 20 else (r - 2)/2 (O'Hayre 1966), on the whole text rather than a 100-word sample.
        With --lang de|es|fr|it|nl|ru one more column: amstad (Amstad 1978: 180 - ASL - 58.5 ASW), \
      fernandez_huerta (Fernandez Huerta 1959, corrected by Law 2011: 206.84 - 1.02 ASL - 60 ASW), \
      kandel_moles (Kandel & Moles 1958: 207 - 1.015 ASL - 73.6 ASW), flesch_vacca (Franchina & \
      Vacca 1986: 217 - 1.3 ASL - 60 ASW), douma (Douma 1960: 206.84 - 0.93 ASL - 77 ASW), oborneva \
      (Oborneva 2006: 206.835 - 1.3 ASL - 60.1 ASW).
      Edge cases: a document with no word (empty, only numbers or punctuation) has 0 counts and empty \
      score cells (null in JSON), never NaN; a one-word document is one sentence of one word and is \
      scored; a document without sentence-final punctuation is scored on the sentences found. \
      A file of more than 2 MB is read in parts of about 1 MB, cut at line breaks, counted on every \
      core and added up; if a cut could change a sentence of the whole file, the corpus is counted \
      again from whole files. The counts are those of the whole file either way.""";

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("readability",
        "Readability scores per document with the counts behind them", HELP, ReadabilityOptions.ALL,
        List.of(), ReadabilityReport.class);
  }

  @Override
  public ReadabilityOptions options(OptionValues values) {
    return ReadabilityOptions.from(values);
  }

  @Override
  public ReadabilityReport analyse(AnalysisContext context, ReadabilityOptions options) {
    String language = context.textSettings().language();
    SyllableCounter syllables = new SyllableCounter();
    DaleChallList daleChall = DaleChallList.getDefault();
    State state = context.processSegments(
        () -> new State(new ReadabilityCounter(syllables, daleChall, language), new PartSentences()),
        State::add, State::merge);
    if (!state.parts.exact()) {
      state = context.processDocuments(
          () -> new State(new ReadabilityCounter(syllables, daleChall, language), new PartSentences()),
          State::add, State::merge);
    }
    state.rows.sort(Comparator.comparingInt(IndexedRow::index).thenComparingInt(IndexedRow::segment));
    List<ReadabilityRow> documents = new ArrayList<>();
    ReadabilityCounts total = ReadabilityCounts.builder().build();
    for (int k = 0; k < state.rows.size(); ) {
      IndexedRow first = state.rows.get(k);
      ReadabilityCounts counts = first.counts();
      for (k++; k < state.rows.size() && state.rows.get(k).index() == first.index(); k++) {
        counts = sum(counts, state.rows.get(k).counts()); // the parts of one document, in order
      }
      documents.add(new ReadabilityRow(first.id(), counts));
      total = sum(total, counts);
    }
    return new ReadabilityReport(options.perDocument() ? documents : List.of(),
        new ReadabilityRow(ReadabilityReport.CORPUS_ROW, total), language,
        FleschVariant.forLanguage(language));
  }

  static ReadabilityCounts sum(ReadabilityCounts a, ReadabilityCounts b) {
    return new ReadabilityCounts(a.sentences() + b.sentences(), a.words() + b.words(),
        a.syllables() + b.syllables(), a.letters() + b.letters(), a.complexWords() + b.complexWords(),
        a.polysyllables() + b.polysyllables(), a.monosyllables() + b.monosyllables(),
        a.longWords() + b.longWords(), a.difficultWords() + b.difficultWords());
  }

  /** The counts of one document, or of one part ({@code segment}) of a document read in parts. */
  private record IndexedRow(int index, int segment, String id, ReadabilityCounts counts) {}

  private static final class State {
    final ReadabilityCounter counter;
    final PartSentences parts;
    final List<IndexedRow> rows = new ArrayList<>();

    State(ReadabilityCounter counter, PartSentences parts) {
      this.counter = counter;
      this.parts = parts;
    }

    void add(TokenizedDocument doc) {
      rows.add(new IndexedRow(doc.documentIndex(), doc.segment(), doc.document().id(),
          counter.count(doc)));
      if (doc.isPartial()) {
        parts.add(doc.document());
      }
    }

    State merge(State other) {
      rows.addAll(other.rows);
      parts.merge(other.parts);
      return this;
    }
  }
}
