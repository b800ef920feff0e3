package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
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
 * @param ngram 1 for single items, 2–6 for contiguous n-grams of items within a sentence
 * @param by what is counted: word forms, lemmas, tags or word forms with tags
 * @param dispersion true to compute the dispersion columns (range over parts, Juilland's D, DP, DPnorm,
 *     ARF)
 * @param parts 0 to measure dispersion over documents, else over this many equal-sized parts
 */
public record FrequencyOptions(int top, int minFreq, int minLength, int ngram, ItemType by,
    boolean dispersion, int parts) {
  static final OptionDef<Integer> TOP =
      OptionDef.integer("--top", 0, "N", "Show only the N most frequent items (0: all).");
  static final OptionDef<Integer> MIN_FREQ =
      OptionDef.integer("--min-freq", 1, "N", "Leave out items that occur fewer than N times.");
  static final OptionDef<Integer> MIN_LENGTH = OptionDef.integer("--min-length", 0, "N",
      "Leave out items shorter than N characters (Unicode code points).");
  static final OptionDef<Integer> NGRAM = OptionDef.integer("--ngram", 1, "N",
      "Count contiguous n-grams of N items (2-6) within a sentence instead of single items; "
          + "the text column is then 'ngram', items joined by one space.");
  /** {@code --by ngram}: word n-grams (the name for them); other values are item types. */
  static final String BY_NGRAM = "ngram";

  static final OptionDef<String> BY = OptionDef.choice("--by", "word", byChoices(),
      "What to count: word forms (word), word n-grams (ngram: --ngram words, 2 if not given), "
          + "lemmas (lemma), Universal Dependencies part-of-speech tags (pos) or word forms with "
          + "their tag (word/pos: columns word and pos); lemma, pos and word/pos tag and lemmatise "
          + "the corpus with the annotator of --lang.");
  static final OptionDef<String> DISPERSION = OptionDef.choice("--dispersion", "all",
      List.of("all", "none"),
      "'all' adds the dispersion columns juilland_d, dp, dp_norm and arf (and makes range count "
          + "parts); 'none' leaves them out, for speed and memory.");
  static final OptionDef<Integer> PARTS = OptionDef.integer("--parts", 0, "N",
      "Measure dispersion over N consecutive parts of equal size instead of over documents "
          + "(0: documents).");

  static final List<OptionDef<?>> ALL = List.of(TOP, MIN_FREQ, MIN_LENGTH, NGRAM, BY, DISPERSION,
      PARTS);

  private static List<String> byChoices() {
    List<String> choices = new ArrayList<>(List.of("word", BY_NGRAM));
    ItemType.labels().stream().filter(l -> !l.equals("word")).forEach(choices::add);
    return choices;
  }

  /** Word forms or word n-grams, without dispersion. */
  public FrequencyOptions(int top, int minFreq, int minLength, int ngram) {
    this(top, minFreq, minLength, ngram, ItemType.WORD, false, 0);
  }

  /** Items of type {@code by}, without dispersion. */
  public FrequencyOptions(int top, int minFreq, int minLength, int ngram, ItemType by) {
    this(top, minFreq, minLength, ngram, by, false, 0);
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
    java.util.Objects.requireNonNull(by, "by");
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

  /** These options counting {@code type} instead. */
  public FrequencyOptions by(ItemType type) {
    return new FrequencyOptions(top, minFreq, minLength, ngram, type, dispersion, parts);
  }

  /** Default options: every word, with dispersion over documents. */
  public static FrequencyOptions defaults() {
    return new FrequencyOptions(0, 1, 0, 1, ItemType.WORD, true, 0);
  }

  static FrequencyOptions from(OptionValues values) {
    String by = values.get(BY);
    int ngram = values.get(NGRAM);
    ItemType type;
    if (by.equals(BY_NGRAM)) {
      if (!values.isSet(NGRAM)) {
        ngram = 2;
      } else if (ngram == 1) {
        throw new UsageException("--by ngram needs --ngram between 2 and 6");
      }
      type = ItemType.WORD;
    } else {
      type = ItemType.of(by);
    }
    return new FrequencyOptions(values.get(TOP), values.get(MIN_FREQ), values.get(MIN_LENGTH),
        ngram, type, values.get(DISPERSION).equals("all"), values.get(PARTS));
  }
}
