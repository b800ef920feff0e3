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
 * @param dispersion the dispersion of each entry, in the order of {@code entries}; empty when
 *     dispersion was not asked for
 * @param parts the parts dispersion was measured over: 0 for documents, else the number of
 *     equal-sized parts
 * @param partCount number of parts actually used (documents with at least one item, or {@code parts})
 * @param by what was counted; for {@link ItemType#WORD_POS} an item is {@code form/TAG}
 * @param annotator the annotator that gave tags and lemmas, or null for word forms
 */
public record FrequencyList(List<FrequencyEntry> entries, int ngram, long total, long types,
    long hapaxLegomena, long disLegomena, int documents, List<DispersionScores> dispersion,
    int parts, int partCount, ItemType by, String annotator) implements AnalysisResult {

  public FrequencyList {
    entries = entries instanceof ListedEntries ? entries : List.copyOf(entries);
    dispersion = dispersion instanceof DispersionScorer.Scores ? dispersion
        : List.copyOf(dispersion);
    java.util.Objects.requireNonNull(by, "by");
    if (!dispersion.isEmpty() && dispersion.size() != entries.size()) {
      throw new IllegalArgumentException("one dispersion per entry");
    }
  }

  /** A list of word forms without dispersion. */
  public FrequencyList(List<FrequencyEntry> entries, int ngram, long total, long types,
      long hapaxLegomena, long disLegomena, int documents) {
    this(entries, ngram, total, types, hapaxLegomena, disLegomena, documents, List.of(), 0, 0,
        ItemType.WORD, null);
  }

  /** True if the list carries dispersion scores. */
  public boolean hasDispersion() {
    return !dispersion.isEmpty() || (entries.isEmpty() && partCount > 0);
  }

  /** What dispersion was measured over, in words: "documents" or "10 equal parts". */
  public String partsDescription() {
    return parts == 0 ? "documents" : parts + " equal parts";
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
        .column(Column.integer("range", hasDispersion() && parts > 0
            ? "number of the " + parts + " equal parts in which it occurs"
            : "number of documents in which it occurs"));
    if (hasDispersion()) {
      table.column(Column.decimal("juilland_d", 4, "Juilland's D over the " + partsDescription()
              + ": 1 - (sd/mean)/sqrt(n-1) of per-part relative frequencies (1 = even)"))
          .column(Column.decimal("dp", 4, "Gries' DP over the " + partsDescription()
              + ": half the sum of |share of occurrences - share of corpus| (0 = even)"))
          .column(Column.decimal("dp_norm", 4, "DP / (1 - smallest part share), Lijffijt & Gries"
              + " 2012 (0 = even, 1 = all in the smallest part)"))
          .column(Column.decimal("arf", 2, "average reduced frequency, Savicky & Hlavacova 2002"
              + " (from corpus positions; between 1 and frequency)"));
    }
    Table header = table.build();
    List<Column> columns = header.columns();
    boolean dispersed = hasDispersion();
    // Rows are made when read: a list of millions of n-grams is not held twice. They only read the
    // finished counts and scores, so they may be read on several threads at once (and are formatted
    // on every core).
    return Table.ofThreadSafe(header.title(), columns, new java.util.AbstractList<>() {
      @Override
      public Object[] get(int i) {
        FrequencyEntry e = entries.get(i);
        Object[] row = new Object[columns.size()];
        int c = 0;
        row[c++] = i + 1;
        if (split) {
          int slash = e.item().lastIndexOf(FrequencyCounter.TAG_SEPARATOR);
          row[c++] = e.item().substring(0, slash);
          row[c++] = e.item().substring(slash + 1);
        } else {
          row[c++] = e.item();
        }
        row[c++] = e.frequency();
        row[c++] = perMillion(e.frequency());
        if (dispersed) {
          DispersionScores d = dispersion.get(i);
          row[c++] = parts > 0 ? d.range() : e.range();
          row[c++] = d.juillandD();
          row[c++] = d.dp();
          row[c++] = d.dpNorm();
          row[c] = d.arf();
        } else {
          row[c] = e.range();
        }
        return row;
      }

      @Override
      public int size() {
        return entries.size();
      }
    });
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
    if (hasDispersion()) {
      summary.put("dispersion_parts", parts == 0 ? "documents (" + partCount + " with items)"
          : parts + " equal parts");
    }
    return summary;
  }

  @Override
  public List<String> notes() {
    String base = "tokens are word tokens (words, numbers, ideographs, kana); per_million is "
        + "relative to all " + (ngram == 1 ? "word tokens" : ngram + "-grams")
        + ", including any left out by filters";
    List<String> notes = new java.util.ArrayList<>(List.of(base));
    if (annotator != null) {
      notes.add("tags and lemmas: " + annotator);
    }
    if (!hasDispersion()) {
      return notes;
    }
    notes.addAll(List.of("dispersion over " + (parts == 0
            ? "documents (documents without any counted item are not parts)"
            : parts + " consecutive parts of equal size (sizes differ by at most one item)")
            + "; part shares s_i = part size / corpus size",
        "juilland_d, dp_norm are NaN with a single part (their denominators are 0); arf uses "
            + "positions in corpus order, the first gap wrapping around the end of the corpus"));
    return notes;
  }
}
