package org.corpustoolkit.plugins.readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.stats.Readability;
import org.corpustoolkit.stats.ReadabilityCounts;

/**
 * Readability counts and scores per document and for the corpus. A score is computed from the counts
 * with {@link Readability}; where it is undefined (no word or no sentence) the cell is empty (null),
 * never NaN.
 *
 * @param documents one row per document in corpus order (empty with {@code --corpus-only})
 * @param corpus the corpus row: counts summed over all documents, scores on the sums
 * @param language the {@code --lang} code
 * @param variant the language-specific Flesch column, if the language has one
 */
public record ReadabilityReport(List<ReadabilityRow> documents, ReadabilityRow corpus, String language,
    Optional<FleschVariant> variant) implements AnalysisResult {
  /** The document id of the corpus row. */
  public static final String CORPUS_ROW = "(corpus)";

  public ReadabilityReport {
    documents = List.copyOf(documents);
  }

  private record Score(Column column, ToDoubleFunction<ReadabilityCounts> formula) {}

  private List<Score> scores() {
    List<Score> scores = new ArrayList<>(List.of(
        score("flesch", "Flesch (1948) Reading Ease: 206.835 - 1.015 x ASL - 84.6 x ASW",
            Readability::fleschReadingEase),
        score("flesch_kincaid", "Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 x ASL + 11.8 x ASW - 15.59",
            Readability::fleschKincaidGrade),
        score("gunning_fog", "Gunning (1952) Fog: 0.4 x (ASL + 100 x complex_words / words)",
            Readability::gunningFog),
        score("smog", "SMOG (McLaughlin 1969): 1.0430 x sqrt(polysyllables x 30 / sentences) + 3.1291",
            Readability::smog),
        score("coleman_liau", "Coleman-Liau (1975): 0.0588 x L - 0.296 x S - 15.8, L letters and S "
            + "sentences per 100 words", Readability::colemanLiau),
        score("ari", "Automated Readability Index (Senter & Smith 1967): 4.71 x letters/words + 0.5 x ASL "
            + "- 21.43", Readability::automatedReadabilityIndex),
        score("dale_chall", "Dale-Chall (1948): 0.1579 x PDW + 0.0496 x ASL (+ 3.6365 if PDW > 5), PDW = "
            + "% difficult words", Readability::daleChall),
        score("lix", "LIX (Bjornsson 1968): ASL + 100 x long_words / words", Readability::lix),
        score("rix", "RIX (Anderson 1983): long_words / sentences", Readability::rix),
        score("forcast", "FORCAST (Caylor et al. 1973): 20 - (150 x monosyllables / words) / 10",
            Readability::forcast),
        score("linsear_write", "Linsear Write (O'Hayre 1966): r = (words + 2 x polysyllables) / sentences; "
            + "r/2 if r > 20, else (r - 2)/2", Readability::linsearWrite)));
    variant.ifPresent(v -> scores.add(score(v.column(), v.description(), v::score)));
    return scores;
  }

  private static Score score(String name, String description, ToDoubleFunction<ReadabilityCounts> f) {
    return new Score(Column.decimal(name, 2, description), f);
  }

  /**
   * The score in column {@code name} for {@code counts}, or empty when it is undefined.
   *
   * @param name a score column such as {@code flesch}
   * @param counts the counts
   * @return the score, empty for no word or no sentence
   */
  public Optional<Double> score(String name, ReadabilityCounts counts) {
    for (Score s : scores()) {
      if (s.column().name().equals(name)) {
        return defined(s.formula().applyAsDouble(counts));
      }
    }
    throw new IllegalArgumentException("no score column " + name);
  }

  private static Optional<Double> defined(double value) {
    return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
  }

  @Override
  public Table table() {
    List<Score> scores = scores();
    Table.Builder table = Table.builder("readability")
        .column(Column.text("doc", "document id, or " + CORPUS_ROW + " for the whole corpus"))
        .column(Column.integer("sentences", "sentences of the splitter that contain at least one word"))
        .column(Column.integer("words", "word tokens of kind word (letters; numbers excluded)"))
        .column(Column.integer("syllables", "syllables in the words"))
        .column(Column.integer("letters", "letters in the words"))
        .column(Column.integer("complex_words", "words of 3+ syllables less Gunning's exclusions"))
        .column(Column.integer("polysyllables", "words of 3+ syllables, no exclusions"))
        .column(Column.integer("long_words", "words of more than 6 letters"))
        .column(Column.integer("monosyllables", "words of 1 syllable"))
        .column(Column.integer("difficult_words", "words not familiar by the New Dale-Chall list"));
    scores.forEach(s -> table.column(s.column()));
    List<ReadabilityRow> rows = new ArrayList<>(documents);
    rows.add(corpus);
    for (ReadabilityRow row : rows) {
      ReadabilityCounts c = row.counts();
      Object[] cells = new Object[10 + scores.size()];
      cells[0] = row.doc();
      cells[1] = c.sentences();
      cells[2] = c.words();
      cells[3] = c.syllables();
      cells[4] = c.letters();
      cells[5] = c.complexWords();
      cells[6] = c.polysyllables();
      cells[7] = c.longWords();
      cells[8] = c.monosyllables();
      cells[9] = c.difficultWords();
      for (int i = 0; i < scores.size(); i++) {
        cells[10 + i] = defined(scores.get(i).formula().applyAsDouble(c)).orElse(null);
      }
      table.row(cells);
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("documents", documents.isEmpty() ? null : documents.size());
    summary.put("sentences", corpus.counts().sentences());
    summary.put("words", corpus.counts().words());
    summary.put("language", language);
    summary.values().removeIf(java.util.Objects::isNull);
    return summary;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add("words are word tokens of kind word; numbers are not counted; sentences are those with "
        + "at least one word; the corpus row sums the counts of all documents and scores the sums.");
    List<String> unscored = new ArrayList<>();
    for (ReadabilityRow row : documents) {
      if (!row.counts().isMeasurable()) {
        unscored.add(row.doc());
      }
    }
    if (!unscored.isEmpty()) {
      notes.add("no scores (empty cells) for documents without words: " + String.join(", ",
          unscored.size() > 10 ? unscored.subList(0, 10) : unscored) + (unscored.size() > 10
          ? " and " + (unscored.size() - 10) + " more" : ""));
    }
    if (corpus.counts().sentences() > 0 && corpus.counts().sentences() < 30) {
      notes.add("SMOG was defined on 30 sentences; it is scaled here to " + corpus.counts().sentences()
          + " (polysyllables x 30 / sentences).");
    }
    if (!language.equals("en")) {
      notes.add("syllables for --lang " + language + " are estimated as vowel groups; difficult_words "
          + "uses the English Dale-Chall list and is meaningful for English only"
          + variant.map(v -> "; " + v.column() + " is " + v.description()).orElse(
              "; no Flesch adaptation is known for this language"));
    }
    return notes;
  }
}
