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
 * @param by what is counted: word forms, lemmas, tags or word forms with tags
 */
public record FrequencyOptions(int top, int minFreq, int minLength, int ngram, ItemType by) {
  static final OptionDef<Integer> TOP =
      OptionDef.integer("--top", 0, "N", "Show only the N most frequent items (0: all).");
  static final OptionDef<Integer> MIN_FREQ =
      OptionDef.integer("--min-freq", 1, "N", "Leave out items that occur fewer than N times.");
  static final OptionDef<Integer> MIN_LENGTH = OptionDef.integer("--min-length", 0, "N",
      "Leave out items shorter than N characters (Unicode code points).");
  static final OptionDef<Integer> NGRAM = OptionDef.integer("--ngram", 1, "N",
      "Count contiguous n-grams of N word tokens (2-6) within a sentence instead of single words; "
          + "the text column is then 'ngram', words joined by one space.");

  static final OptionDef<String> BY = OptionDef.choice("--by", "word", ItemType.labels(),
      "Count word forms (word), lemmas (lemma), Universal Dependencies part-of-speech tags (pos) "
          + "or word forms with their tag (word/pos: columns word and pos); all but word tag and "
          + "lemmatise the corpus with the annotator of --lang.");

  static final List<OptionDef<?>> ALL = List.of(TOP, MIN_FREQ, MIN_LENGTH, NGRAM, BY);

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
  }

  /** Options that count word forms. */
  public FrequencyOptions(int top, int minFreq, int minLength, int ngram) {
    this(top, minFreq, minLength, ngram, ItemType.WORD);
  }

  /** Default options: every word. */
  public static FrequencyOptions defaults() {
    return new FrequencyOptions(0, 1, 0, 1, ItemType.WORD);
  }

  /** These options counting {@code by} instead. */
  public FrequencyOptions by(ItemType type) {
    return new FrequencyOptions(top, minFreq, minLength, ngram, type);
  }

  static FrequencyOptions from(OptionValues values) {
    return new FrequencyOptions(values.get(TOP), values.get(MIN_FREQ), values.get(MIN_LENGTH),
        values.get(NGRAM), ItemType.of(values.get(BY)));
  }
}
