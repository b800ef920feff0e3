package org.corpustoolkit.plugins.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * Lexical diversity and register features per document and for the corpus, or (with
 * {@code --compare}) each document's features as z-scores against a baseline.
 *
 * @param documents one row per document in corpus order
 * @param corpus the corpus row (empty with {@code --compare})
 * @param compare true if values are z-scores
 * @param baseline what the z-scores are relative to ({@code corpus} or the reference's description)
 * @param tagSource name of the part-of-speech source used ({@code heuristic} for the word-list fallback)
 * @param segment MSTTR segment size
 * @param window MATTR window size
 */
public record RegisterReport(List<RegisterRow> documents, Optional<RegisterRow> corpus, boolean compare,
    String baseline, String tagSource, int segment, int window) implements AnalysisResult {
  /** The document id of the corpus row. */
  public static final String CORPUS_ROW = "(corpus)";

  public RegisterReport {
    documents = List.copyOf(documents);
  }

  /** The feature columns shown: all features; with --compare all but the type count. */
  public List<RegisterFeature> features() {
    return compare ? RegisterFeature.ALL.stream().filter(f -> !f.name().equals("types")).toList()
        : RegisterFeature.ALL;
  }

  @Override
  public Table table() {
    Table.Builder table = Table.builder(compare ? "register profile, z-scores against " + baseline
        : "lexical diversity and register")
        .column(Column.text("doc", "document id, or " + CORPUS_ROW + " for the whole corpus"))
        .column(Column.integer("tokens", "word tokens (words, numbers, ideographs, kana)"));
    for (RegisterFeature f : features()) {
      table.column(compare ? Column.decimal(f.name(), 2, "z-score of: " + f.description())
          : Column.decimal(f.name(), f.decimals(), f.description()));
    }
    List<RegisterRow> rows = new ArrayList<>(documents);
    corpus.ifPresent(rows::add);
    for (RegisterRow row : rows) {
      Object[] cells = new Object[2 + features().size()];
      cells[0] = row.doc();
      cells[1] = row.tokens();
      int i = 2;
      for (RegisterFeature f : features()) {
        Double value = row.value(f.name());
        cells[i++] = f.name().equals("types") && value != null ? (Object) value.longValue() : value;
      }
      table.row(cells);
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("documents", documents.size());
    corpus.ifPresent(c -> summary.put("tokens", c.tokens()));
    summary.put("pos_tags", tagSource);
    if (compare) {
      summary.put("z_scores_against", baseline);
    }
    return summary;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add("tokens are word tokens (words, numbers, ideographs, kana) by counting form; rates are per "
        + "1,000 word tokens; sentences are those with at least one word token. MSTTR segment "
        + segment + ", MATTR window " + window + ", MTLD threshold 0.72 (<=), HD-D 42 draws (sum); "
        + "Maas a2 uses log10. The corpus row treats the corpus as one text in corpus order.");
    if (tagSource.equals(HeuristicTagSource.class.getSimpleName()) || tagSource.equals("heuristic")) {
      notes.add("part-of-speech features (nouns, verbs, adjectives, adverbs, lexical_density, passives) "
          + "use the FALLBACK heuristic tagger (word lists and suffixes), not a trained annotator: treat "
          + "them as rough estimates.");
    }
    notes.add("empty cells: undefined for the text (MSTTR/MATTR shorter than one segment/window, HD-D "
        + "under 42 tokens, Herdan/Maas with N <= 1, no words or sentences).");
    if (compare) {
      notes.add("z = (value - mean) / SD, mean and sample SD over the documents of " + baseline
          + "; empty where the SD is 0 or undefined (fewer than 2 documents).");
    }
    return notes;
  }
}
