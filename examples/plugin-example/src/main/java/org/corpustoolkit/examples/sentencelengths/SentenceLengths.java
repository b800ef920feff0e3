package org.corpustoolkit.examples.sentencelengths;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * The result: sentences counted by length. Computes, never prints; ctk's renderers write the table
 * as text, CSV, TSV, JSON, Markdown or HTML.
 *
 * @param counts {@code counts[n]} = sentences of {@code n} word tokens
 */
public record SentenceLengths(long[] counts) implements AnalysisResult {

  /** Sentences counted. */
  public long sentences() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Word tokens in counted sentences / counted sentences (NaN if none). */
  public double meanLength() {
    long words = 0;
    for (int length = 0; length < counts.length; length++) {
      words += length * counts[length];
    }
    return (double) words / sentences();
  }

  /** The middle length; for an even number of sentences the mean of the two middle ones. */
  public double medianLength() {
    long n = sentences();
    if (n == 0) {
      return Double.NaN;
    }
    return (lengthAt((n - 1) / 2) + lengthAt(n / 2)) / 2.0;
  }

  /** The length of the sentence at 0-based position {@code k} in length order. */
  private int lengthAt(long k) {
    long seen = 0;
    for (int length = 0; length < counts.length; length++) {
      seen += counts[length];
      if (seen > k) {
        return length;
      }
    }
    throw new IllegalArgumentException("no sentence " + k);
  }

  @Override
  public Table table() {
    Table.Builder table = Table.builder("sentence-lengths")
        .column(Column.integer("length", "sentence length in word tokens"))
        .column(Column.integer("sentences", "sentences of this length"))
        .column(Column.decimal("proportion", 4, "sentences / all counted sentences"))
        .column(Column.decimal("cumulative_proportion", 4,
            "proportion of sentences of this length or shorter"));
    long total = sentences();
    long cumulative = 0;
    for (int length = 0; length < counts.length; length++) {
      if (counts[length] > 0) {
        cumulative += counts[length];
        table.row(length, counts[length], (double) counts[length] / total,
            (double) cumulative / total);
      }
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("sentences", sentences());
    summary.put("mean_length", meanLength());
    summary.put("median_length", medianLength());
    return summary;
  }
}
