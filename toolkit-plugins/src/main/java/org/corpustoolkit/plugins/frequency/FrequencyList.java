package org.corpustoolkit.plugins.frequency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * A frequency list: entries sorted by frequency (descending), ties broken alphabetically (by code
 * point order of the counting form), with the corpus-level figures behind them.
 *
 * @param entries the listed items, after filters and {@code --top}
 * @param ngram 1 for words, else the n-gram length
 * @param total occurrences of all items before filtering (word tokens, or n-grams): the base of
 *     per-million figures
 * @param types distinct items before filtering
 * @param hapaxLegomena items that occur once
 * @param disLegomena items that occur twice
 * @param documents documents read
 */
public record FrequencyList(List<FrequencyEntry> entries, int ngram, long total, long types,
    long hapaxLegomena, long disLegomena, int documents) implements AnalysisResult {

  public FrequencyList {
    entries = List.copyOf(entries);
  }

  /** Occurrences per million items of the corpus. */
  public double perMillion(long frequency) {
    return total == 0 ? 0 : frequency * 1_000_000.0 / total;
  }

  /** Frequency of {@code item}, or 0 if it is not in the list. */
  public long frequencyOf(String item) {
    for (FrequencyEntry e : entries) {
      if (e.item().equals(item)) {
        return e.frequency();
      }
    }
    return 0;
  }

  @Override
  public Table table() {
    String itemColumn = ngram == 1 ? "word" : "ngram";
    Table.Builder table = Table.builder(ngram == 1 ? "word frequency" : ngram + "-gram frequency")
        .column(Column.integer("rank", "position in the list (1 = most frequent)"))
        .column(Column.text(itemColumn, ngram == 1 ? "counting form of the word"
            : "counting forms of " + ngram + " consecutive word tokens, joined by a space"))
        .column(Column.integer("frequency", "occurrences in the corpus"))
        .column(Column.decimal("per_million", 2, "occurrences per million "
            + (ngram == 1 ? "word tokens" : ngram + "-grams")))
        .column(Column.integer("range", "number of documents in which it occurs"));
    int rank = 1;
    for (FrequencyEntry e : entries) {
      table.row(rank++, e.item(), e.frequency(), perMillion(e.frequency()), e.range());
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put(ngram == 1 ? "tokens" : "ngrams", total);
    summary.put("types", types);
    summary.put("type_token_ratio", total == 0 ? 0.0 : (double) types / total);
    summary.put("hapax_legomena", hapaxLegomena);
    summary.put("dis_legomena", disLegomena);
    summary.put("documents", documents);
    return summary;
  }

  @Override
  public List<String> notes() {
    return List.of("tokens are word tokens (words, numbers, ideographs, kana); per_million is "
        + "relative to all " + (ngram == 1 ? "word tokens" : ngram + "-grams")
        + ", including any left out by filters");
  }
}
