package org.corpustoolkit.plugins.report;

import java.util.List;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;

/**
 * Options of {@code ctk report}.
 *
 * @param top rows of the frequency, n-gram and keyword tables
 * @param chartWords bars in the chart of the most frequent words
 * @param ngram n-gram length of the n-gram table (2-6), or 0 for none
 * @param parts 0 to measure dispersion over documents, else over this many equal-sized parts
 * @param reference a reference corpus or saved frequency list for keywords, or empty for none
 * @param measure the keyness sort key (see {@code ctk keyness --measure})
 */
public record ReportOptions(int top, int chartWords, int ngram, int parts, String reference,
    String measure) {
  static final OptionDef<Integer> TOP = OptionDef.integer("--top", 50, "N",
      "Rows of the frequency, n-gram and keyword tables (keywords: N of each direction).");
  static final OptionDef<Integer> CHART = OptionDef.integer("--chart-words", 25, "N",
      "Bars in the chart of the most frequent words and in the keyness chart.");
  static final OptionDef<Integer> NGRAM = OptionDef.integer("--ngram", 2, "N",
      "Length of the n-grams in the n-gram table, 2-6 (0: no n-gram table).");
  static final OptionDef<Integer> PARTS = OptionDef.integer("--parts", 0, "N",
      "Measure dispersion over N equal-sized parts instead of documents (0: documents).");
  static final OptionDef<String> REFERENCE = OptionDef.string("--reference", null, "REF",
      "Add keywords against REF: a reference corpus or a frequency list saved by 'ctk frequency "
          + "--format tsv|csv' (as in 'ctk keyness').");
  static final OptionDef<String> MEASURE = OptionDef.choice("--measure", "ll",
      List.of("ll", "ll2", "chi2", "p", "log_ratio", "log_ratio_low", "pct_diff", "simple_maths"),
      "Sort key of the keyword table (as in 'ctk keyness').");

  static final List<OptionDef<?>> ALL = List.of(TOP, CHART, NGRAM, PARTS, REFERENCE, MEASURE);

  public ReportOptions {
    if (top < 1) {
      throw new UsageException("--top must be 1 or more, not " + top);
    }
    if (chartWords < 1 || chartWords > 200) {
      throw new UsageException("--chart-words must be between 1 and 200, not " + chartWords);
    }
    if (ngram != 0 && (ngram < 2 || ngram > 6)) {
      throw new UsageException("--ngram must be 0 or between 2 and 6, not " + ngram);
    }
    if (parts < 0) {
      throw new UsageException("--parts must be 0 or more, not " + parts);
    }
    reference = reference == null ? "" : reference;
  }

  /** A report with every default and no reference. */
  public static ReportOptions defaults() {
    return new ReportOptions(50, 25, 2, 0, "", "ll");
  }

  static ReportOptions from(OptionValues v) {
    return new ReportOptions(v.get(TOP), v.get(CHART), v.get(NGRAM), v.get(PARTS),
        v.get(REFERENCE), v.get(MEASURE));
  }
}
