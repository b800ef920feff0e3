package org.corpustoolkit.plugins.keyness;

import org.corpustoolkit.stats.KeynessScores;

/**
 * One word of a keyword list: its frequencies in the target and the reference, every keyness score, and
 * its document range in the target.
 *
 * @param word the counting form
 * @param scores the scores (frequencies a and b, sizes c and d, G², χ², Log Ratio, ...)
 * @param chiSquared the χ² shown: with or without Yates' correction as asked
 * @param range number of target documents containing the word
 */
public record Keyword(String word, KeynessScores scores, double chiSquared, int range) {

  /** True if the word is relatively more frequent in the target (a/c &gt; b/d). */
  public boolean positive() {
    return scores.targetFrequency() * scores.referenceSize()
        > scores.referenceFrequency() * scores.targetSize();
  }

  /** The value of {@code measure} (a column name of {@link KeynessOptions#MEASURES}). */
  double value(String measure) {
    return switch (measure) {
      case "ll" -> scores.logLikelihood();
      case "ll2" -> scores.logLikelihoodTwoTerm();
      case "chi2" -> chiSquared;
      case "p" -> scores.logLikelihoodPValue();
      case "log_ratio" -> scores.logRatio();
      case "log_ratio_low" -> positive() ? scores.logRatioInterval().lower()
          : scores.logRatioInterval().upper();
      case "pct_diff" -> scores.percentDiff();
      case "simple_maths" -> scores.simpleMaths();
      default -> throw new IllegalArgumentException(measure);
    };
  }
}
