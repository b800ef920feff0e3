package org.corpustoolkit.plugins.frequency;

import java.util.List;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;

/**
 * Options of {@code ctk frequency}.
 *
 * @param top keep only the {@code top} most frequent items (0: all)
 * @param minFreq leave out items seen fewer times
 * @param minLength leave out items shorter than this many characters (code points)
 * @param ngram 1 for words, 2–6 for contiguous n-grams of word tokens within a sentence
 * @param by what is counted: {@code word} or {@code ngram} (more units, such as lemmas, may follow)
 * @param dispersion true to compute the dispersion columns (range over parts, Juilland's D, DP, DPnorm,
 *     ARF)
 * @param parts 0 to measure dispersion over documents, else over this many equal-sized parts
 */
public record FrequencyOptions(int top, int minFreq, int minLength, int ngram, String by,
    boolean dispersion, int parts) {
  static final OptionDef<Integer> TOP =
      OptionDef.integer("--top", 0, "N", "Show only the N most frequent items (0: all).");
  static final OptionDef<Integer> MIN_FREQ =
      OptionDef.integer("--min-freq", 1, "N", "Leave out items that occur fewer than N times.");
  static final OptionDef<Integer> MIN_LENGTH = OptionDef.integer("--min-length", 0, "N",
      "Leave out items shorter than N characters (Unicode code points).");
  static final OptionDef<Integer> NGRAM = OptionDef.integer("--ngram", 1, "N",
      "Count contiguous n-grams of N word tokens (2-6) within a sentence instead of single words; "
          + "the text column is then 'ngram', words joined by one space.");

  static final OptionDef<String> BY = OptionDef.choice("--by", "word", List.of("word", "ngram"),
      "What to count: single words, or n-grams of --ngram words (2 if --ngram is not given).");
  static final OptionDef<String> DISPERSION = OptionDef.choice("--dispersion", "all",
      List.of("all", "none"),
      "'all' adds the dispersion columns juilland_d, dp, dp_norm and arf (and makes range count "
          + "parts); 'none' leaves them out, for speed and memory.");
  static final OptionDef<Integer> PARTS = OptionDef.integer("--parts", 0, "N",
      "Measure dispersion over N consecutive parts of equal size instead of over documents "
          + "(0: documents).");

  static final List<OptionDef<?>> ALL = List.of(TOP, MIN_FREQ, MIN_LENGTH, NGRAM, BY, DISPERSION,
      PARTS);

  /** Options without dispersion (the 0.1 shape): words when {@code ngram} is 1, else n-grams. */
  public FrequencyOptions(int top, int minFreq, int minLength, int ngram) {
    this(top, minFreq, minLength, ngram, ngram == 1 ? "word" : "ngram", false, 0);
  }

  public FrequencyOptions {
    if (top < 0) {
      throw new UsageException("--top must be 0 or more, not " + top);
    }
    if (minFreq < 1) {
      throw new UsageException("--min-freq must be 1 or more, not " + minFreq);
    }
    if (minLength < 0) {
      throw new UsageException("--min-length must be 0 or more, not " + minLength);
    }
    if (ngram < 1 || ngram > 6) {
      throw new UsageException("--ngram must be between 1 and 6, not " + ngram);
    }
    if (!List.of("word", "ngram").contains(by)) {
      throw new UsageException("--by must be word or ngram, not " + by);
    }
    if (by.equals("word") && ngram != 1) {
      throw new UsageException("--by word counts single words; use --by ngram --ngram " + ngram);
    }
    if (by.equals("ngram") && ngram == 1) {
      throw new UsageException("--by ngram needs --ngram between 2 and 6");
    }
    if (parts < 0) {
      throw new UsageException("--parts must be 0 or more, not " + parts);
    }
    if (parts > 0 && !dispersion) {
      throw new UsageException("--parts is for dispersion; it cannot be used with --dispersion none");
    }
  }

  /** These options with dispersion turned on or off. */
  public FrequencyOptions withDispersion(boolean on) {
    return new FrequencyOptions(top, minFreq, minLength, ngram, by, on, on ? parts : 0);
  }

  /** Default options: every word, with dispersion over documents. */
  public static FrequencyOptions defaults() {
    return new FrequencyOptions(0, 1, 0, 1, "word", true, 0);
  }

  static FrequencyOptions from(OptionValues values) {
    String by = values.get(BY);
    int ngram = values.get(NGRAM);
    if (!values.isSet(BY) && ngram > 1) {
      by = "ngram";
    } else if (by.equals("ngram") && !values.isSet(NGRAM)) {
      ngram = 2;
    }
    return new FrequencyOptions(values.get(TOP), values.get(MIN_FREQ), values.get(MIN_LENGTH),
        ngram, by, values.get(DISPERSION).equals("all"), values.get(PARTS));
  }
}
