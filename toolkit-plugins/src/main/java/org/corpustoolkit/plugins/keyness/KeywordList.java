package org.corpustoolkit.plugins.keyness;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.stats.KeynessScores;

/**
 * A keyword list: positive keywords (relatively more frequent in the target) then negative ones, each
 * sorted by the chosen measure from the strongest.
 *
 * @param positive positive keywords, strongest first
 * @param negative negative keywords, strongest first
 * @param options the options used
 * @param targetSize c, word tokens of the target
 * @param targetTypes distinct words of the target
 * @param targetDocuments documents of the target
 * @param reference the reference frequencies (size d, description)
 * @param tested m, the number of words tested (the base of --correction)
 * @param threshold the p-value threshold applied per word, after correction (1: none)
 */
public record KeywordList(List<Keyword> positive, List<Keyword> negative, KeynessOptions options,
    long targetSize, long targetTypes, int targetDocuments, ReferenceFrequencies reference,
    long tested, double threshold) implements AnalysisResult {

  public KeywordList {
    positive = List.copyOf(positive);
    negative = List.copyOf(negative);
  }

  /** Positive keywords then negative ones, as listed. */
  public List<Keyword> all() {
    List<Keyword> all = new ArrayList<>(positive);
    all.addAll(negative);
    return all;
  }

  @Override
  public Table table() {
    List<Column> columns = new ArrayList<>(List.of(
        Column.text("word", "counting form of the word"),
        Column.integer("frequency", "a: occurrences in the target"),
        Column.decimal("per_million", 2, "a per million word tokens of the target"),
        Column.integer("reference_frequency", "b: occurrences in the reference"),
        Column.decimal("reference_per_million", 2,
            "b per million word tokens of the reference"),
        Column.decimal("ll", 2, "log-likelihood G2 over the full 2x2 table, negative for "
            + "under-use (Dunning 1993; Rayson & Garside 2000)"),
        Column.decimal("ll2", 2, "2-term G2 of the UCREL calculator and WordSmith, signed"),
        Column.decimal("chi2", 2, options.yates()
            ? "Pearson chi-squared with Yates' correction, signed"
            : "Pearson chi-squared without continuity correction, signed"),
        Column.decimal("p", 6, "p-value of |ll| under chi-squared with 1 df (uncorrected)"),
        Column.decimal("log_ratio", 3, "Log Ratio, log2((a/c)/(b/d)) (Hardie 2014); a zero "
            + "frequency counts as 0.5")));
    if (options.interval()) {
      columns.add(Column.decimal("log_ratio_low", 3, "lower bound of the " + percent()
          + " confidence interval of Log Ratio"));
      columns.add(Column.decimal("log_ratio_high", 3, "upper bound of the " + percent()
          + " confidence interval of Log Ratio"));
    }
    columns.add(Column.decimal("pct_diff", 2, "%DIFF, 100((a/c)-(b/d))/(b/d) (Gabrielatos & "
        + "Marchi 2011); a zero b counts as 0.5"));
    columns.add(Column.decimal("simple_maths", 3, "Simple Maths, (a per million + k)/(b per "
        + "million + k), k = " + Cells.plain(options.smoothing()) + " (Kilgarriff 2009)"));
    columns.add(Column.integer("range", "number of target documents containing the word"));
    // Rows are made when read, not held: a list of all the words of a large corpus held as rows of
    // boxed numbers was most of the heap of `ctk keyness` (benchmarks/RESULTS.md, session 8).
    List<Keyword> all = all();
    boolean interval = options.interval();
    return Table.ofThreadSafe("keywords", columns, new AbstractList<>() {
      @Override
      public Object[] get(int index) {
        return row(all.get(index), interval);
      }

      @Override
      public int size() {
        return all.size();
      }
    });
  }

  /** The cells of one keyword's row, in the order of the columns of {@link #table()}. */
  private static Object[] row(Keyword k, boolean interval) {
    KeynessScores s = k.scores();
    List<Object> row = new ArrayList<>(List.of(k.word(), (long) s.targetFrequency(),
        s.targetPerMillion(), (long) s.referenceFrequency(), s.referencePerMillion(),
        s.logLikelihood(), s.logLikelihoodTwoTerm(), k.chiSquared(), s.logLikelihoodPValue(),
        s.logRatio()));
    if (interval) {
      row.add(s.logRatioInterval().lower());
      row.add(s.logRatioInterval().upper());
    }
    row.add(s.percentDiff());
    row.add(s.simpleMaths());
    row.add(k.range());
    return row.toArray();
  }

  private String percent() {
    return Cells.plain(options.confidence() * 100) + "%";
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("tokens", targetSize);
    s.put("types", targetTypes);
    s.put("documents", targetDocuments);
    s.put("reference", reference.description());
    s.put("reference_tokens", reference.size());
    s.put("reference_types", (long) reference.frequencies().size());
    s.put("words_tested", tested);
    s.put("positive_keywords", (long) positive.size());
    s.put("negative_keywords", (long) negative.size());
    return s;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add("positive keywords (relatively more frequent in the target) first, then negative "
        + "ones; each sorted by " + options.measure() + " from the strongest"
        + (options.measure().equals("log_ratio_low")
            ? " (the interval bound nearer 0: lower for positive, upper for negative keywords)"
            : ""));
    notes.add("zero frequencies: Log Ratio" + (options.interval() ? " and its interval" : "")
        + " count a zero a or b as 0.5, %DIFF a zero b as 0.5 (a zero a gives -100); ll, ll2 and "
        + "chi2 drop zero cells (x ln x -> 0); words absent from the reference get large positive "
        + "scores, never 0");
    notes.add(reference.sizeNote());
    notes.add("words tested m = " + tested + " (frequency >= " + options.minFreq()
        + " in the corpus where the word is relatively more frequent); "
        + (threshold >= 1 ? "no p-value threshold"
            : "kept p <= " + Cells.plain(threshold) + " (--p " + Cells.plain(options.alpha())
                + ", correction " + options.correction() + ")"));
    if (options.interval()) {
      notes.add("Log Ratio interval: Wald interval of a log rate ratio, SE(ln RR) = sqrt(1/a + 1/b)");
    }
    return notes;
  }

  /** Number formatting for notes. */
  static final class Cells {
    private Cells() {}

    static String plain(double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
  }
}
