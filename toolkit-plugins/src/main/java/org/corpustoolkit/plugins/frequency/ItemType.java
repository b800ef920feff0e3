package org.corpustoolkit.plugins.frequency;

import java.util.List;
import java.util.Locale;
import org.corpustoolkit.spi.UsageException;

/**
 * What a frequency list counts ({@code --by}): word forms, lemmas, part-of-speech tags, or word forms
 * together with their tag. All but {@link #WORD} need the annotator of the run's language.
 */
public enum ItemType {
  /** Counting forms of word tokens. */
  WORD("word"),
  /** Lemmas of word tokens, as counting forms: is, are, been and be are counted as {@code be}. */
  LEMMA("lemma"),
  /** Universal Dependencies part-of-speech tags (UPOS) of word tokens. */
  POS("pos"),
  /** Counting form and tag of word tokens, listed as {@code form/TAG}: {@code run/VERB}. */
  WORD_POS("word/pos");

  private final String label;

  ItemType(String label) {
    this.label = label;
  }

  /** The name used on the command line: {@code word}, {@code lemma}, {@code pos}, {@code word/pos}. */
  public String label() {
    return label;
  }

  /** True if counting needs part-of-speech tags or lemmas. */
  public boolean needsAnnotations() {
    return this != WORD;
  }

  /** The labels, for help and option choices. */
  public static List<String> labels() {
    return java.util.Arrays.stream(values()).map(ItemType::label).toList();
  }

  /** The type labelled {@code label}. */
  public static ItemType of(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (ItemType t : values()) {
      if (t.label.equals(l)) {
        return t;
      }
    }
    throw new UsageException("--by must be one of " + String.join(", ", labels()) + ", not '"
        + label + "'");
  }
}
