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
 * @param by what was counted; for {@link ItemType#WORD_POS} an item is {@code form/TAG}
 * @param annotator the annotator that gave tags and lemmas, or null for word forms
 */
public record FrequencyList(List<FrequencyEntry> entries, int ngram, long total, long types,
    long hapaxLegomena, long disLegomena, int documents, ItemType by, String annotator)
    implements AnalysisResult {

  public FrequencyList {
    entries = List.copyOf(entries);
    java.util.Objects.requireNonNull(by, "by");
  }

  /** A list of word forms. */
  public FrequencyList(List<FrequencyEntry> entries, int ngram, long total, long types,
      long hapaxLegomena, long disLegomena, int documents) {
    this(entries, ngram, total, types, hapaxLegomena, disLegomena, documents, ItemType.WORD, null);
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
    String what = switch (by) {
      case WORD -> "word";
      case LEMMA -> "lemma";
      case POS -> "part-of-speech";
      case WORD_POS -> "word/part-of-speech";
    };
    Table.Builder table = Table.builder(ngram == 1 ? what + " frequency"
            : what + " " + ngram + "-gram frequency")
        .column(Column.integer("rank", "position in the list (1 = most frequent)"));
    boolean split = ngram == 1 && by == ItemType.WORD_POS;
    if (ngram > 1) {
      table.column(Column.text("ngram", switch (by) {
        case WORD -> "counting forms";
        case LEMMA -> "lemmas";
        case POS -> "UPOS tags";
        case WORD_POS -> "counting forms with their UPOS tag (form/TAG)";
      } + " of " + ngram + " consecutive word tokens, joined by a space"));
    } else if (by == ItemType.WORD) {
      table.column(Column.text("word", "counting form of the word"));
    } else if (by == ItemType.LEMMA) {
      table.column(Column.text("lemma", "lemma of the word, as a counting form"));
    } else if (by == ItemType.POS) {
      table.column(Column.text("pos", "Universal Dependencies part-of-speech tag (UPOS)"));
    } else {
      table.column(Column.text("word", "counting form of the word"))
          .column(Column.text("pos", "Universal Dependencies part-of-speech tag (UPOS)"));
    }
    table.column(Column.integer("frequency", "occurrences in the corpus"))
        .column(Column.decimal("per_million", 2, "occurrences per million "
            + (ngram == 1 ? "word tokens" : ngram + "-grams")))
        .column(Column.integer("range", "number of documents in which it occurs"));
    int rank = 1;
    for (FrequencyEntry e : entries) {
      if (split) {
        int slash = e.item().lastIndexOf(FrequencyCounter.TAG_SEPARATOR);
        table.row(rank++, e.item().substring(0, slash), e.item().substring(slash + 1),
            e.frequency(), perMillion(e.frequency()), e.range());
      } else {
        table.row(rank++, e.item(), e.frequency(), perMillion(e.frequency()), e.range());
      }
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
    String base = "tokens are word tokens (words, numbers, ideographs, kana); per_million is "
        + "relative to all " + (ngram == 1 ? "word tokens" : ngram + "-grams")
        + ", including any left out by filters";
    return annotator == null ? List.of(base)
        : List.of(base, "tags and lemmas: " + annotator);
  }
}
