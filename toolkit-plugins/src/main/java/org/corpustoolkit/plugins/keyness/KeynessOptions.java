package org.corpustoolkit.plugins.keyness;

import java.util.List;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;

/**
 * Options of {@code ctk keyness}.
 *
 * @param reference the reference: a corpus argument (file, folder, glob) or a frequency list saved by
 *     {@code ctk frequency --format tsv|csv}
 * @param measure the column to sort by: {@code ll}, {@code ll2}, {@code chi2}, {@code p},
 *     {@code log_ratio}, {@code log_ratio_low} (the conservative bound of the Log Ratio interval),
 *     {@code pct_diff} or {@code simple_maths}
 * @param positive list positive keywords (over-used in the target)
 * @param negative list negative keywords (under-used in the target)
 * @param minFreq minimum frequency in the corpus where the word is relatively more frequent
 * @param top at most this many keywords of each direction (0: all)
 * @param alpha significance level; 1 keeps every word
 * @param correction {@code none}, {@code bonferroni} or {@code sidak}, over the number of words tested
 * @param smoothing Simple Maths constant k
 * @param confidence level of the Log Ratio confidence interval; 0 for no interval columns
 * @param yates χ² with Yates' continuity correction
 */
public record KeynessOptions(String reference, String measure, boolean positive, boolean negative,
    int minFreq, int top, double alpha, String correction, double smoothing, double confidence,
    boolean yates) {

  static final List<String> MEASURES = List.of("ll", "ll2", "chi2", "p", "log_ratio",
      "log_ratio_low", "pct_diff", "simple_maths");

  static final OptionDef<String> REFERENCE = OptionDef.string("--reference", null, "REF",
      "Reference corpus (file, folder or glob, read with the same settings as the target) or a "
          + "frequency list written by 'ctk frequency --format tsv' or 'csv' (recognised by its "
          + "header). Required.");
  static final OptionDef<String> MEASURE = OptionDef.choice("--measure", "ll", MEASURES,
      "Sort key. log_ratio_low sorts by the conservative bound of the Log Ratio interval (the "
          + "lower bound for positive keywords, the upper for negative ones).");
  static final OptionDef<Boolean> POSITIVE = OptionDef.flag("--positive",
      "Only positive keywords (relatively more frequent in the target).");
  static final OptionDef<Boolean> NEGATIVE = OptionDef.flag("--negative",
      "Only negative keywords (relatively more frequent in the reference). Neither flag, or both: "
          + "positive keywords first, then negative ones.");
  static final OptionDef<Integer> MIN_FREQ = OptionDef.integer("--min-freq", 1, "N",
      "Test a word only if it occurs at least N times in the corpus where it is relatively more "
          + "frequent (the target for positive keywords, the reference for negative ones).");
  static final OptionDef<Integer> TOP = OptionDef.integer("--top", 0, "N",
      "At most N keywords of each direction (0: all).");
  static final OptionDef<Double> P = OptionDef.decimal("--p", 1.0, "ALPHA",
      "Keep only words whose log-likelihood p-value is at most ALPHA, after --correction "
          + "(1: keep all).");
  static final OptionDef<String> CORRECTION = OptionDef.choice("--correction", "none",
      List.of("none", "bonferroni", "sidak"),
      "Correction of the --p threshold for the number m of words tested: Bonferroni ALPHA/m, "
          + "Sidak 1-(1-ALPHA)^(1/m).");
  static final OptionDef<Double> SMOOTHING = OptionDef.decimal("--smoothing", 1.0, "K",
      "Simple Maths smoothing constant k (Kilgarriff 2009): small k favours rare words, large k "
          + "common ones.");
  static final OptionDef<Double> CI = OptionDef.decimal("--ci", 0.0, "LEVEL",
      "Add log_ratio_low and log_ratio_high, a LEVEL confidence interval of Log Ratio (e.g. "
          + "0.95; 0: no interval).");
  static final OptionDef<Boolean> YATES = OptionDef.flag("--yates",
      "chi2 with Yates' continuity correction.");

  static final List<OptionDef<?>> ALL = List.of(REFERENCE, MEASURE, POSITIVE, NEGATIVE, MIN_FREQ,
      TOP, P, CORRECTION, SMOOTHING, CI, YATES);

  public KeynessOptions {
    if (reference == null || reference.isBlank()) {
      throw new UsageException("--reference is required: a reference corpus or a saved frequency "
          + "list");
    }
    if (!MEASURES.contains(measure)) {
      throw new UsageException("--measure must be one of " + String.join(", ", MEASURES));
    }
    if (!positive && !negative) {
      positive = true;
      negative = true;
    }
    if (minFreq < 1) {
      throw new UsageException("--min-freq must be 1 or more, not " + minFreq);
    }
    if (top < 0) {
      throw new UsageException("--top must be 0 or more, not " + top);
    }
    if (!(alpha > 0 && alpha <= 1)) {
      throw new UsageException("--p must be in (0, 1], not " + alpha);
    }
    if (!List.of("none", "bonferroni", "sidak").contains(correction)) {
      throw new UsageException("--correction must be none, bonferroni or sidak");
    }
    if (!(smoothing > 0) || Double.isInfinite(smoothing)) {
      throw new UsageException("--smoothing must be a positive number, not " + smoothing);
    }
    if (!(confidence >= 0 && confidence < 1)) {
      throw new UsageException("--ci must be in (0, 1), or 0 for none, not " + confidence);
    }
    if (measure.equals("log_ratio_low") && confidence == 0) {
      confidence = 0.95;
    }
  }

  /** Keyness against {@code reference} with every default. */
  public static KeynessOptions against(String reference) {
    return new KeynessOptions(reference, "ll", true, true, 1, 0, 1.0, "none", 1.0, 0.0, false);
  }

  /** True if the Log Ratio interval columns are shown. */
  public boolean interval() {
    return confidence > 0;
  }

  static KeynessOptions from(OptionValues v) {
    return new KeynessOptions(v.get(REFERENCE), v.get(MEASURE), v.get(POSITIVE), v.get(NEGATIVE),
        v.get(MIN_FREQ), v.get(TOP), v.get(P), v.get(CORRECTION), v.get(SMOOTHING), v.get(CI),
        v.get(YATES));
  }
}
