package org.corpustoolkit.text;

import java.util.Locale;

/**
 * The seventeen universal part-of-speech tags of Universal Dependencies (UPOS), as defined at
 * <a href="https://universaldependencies.org/u/pos/">universaldependencies.org/u/pos</a>
 * (de Marneffe et al. 2021, "Universal Dependencies", Computational Linguistics 47(2)).
 *
 * <p>{@link Annotations} stores tags as bytes ({@link #ordinal()}); {@link #of(int)} turns them back.
 *
 * @since 0.1
 */
public enum UniversalPos {
  /** Adjective. */
  ADJ,
  /** Adposition (preposition, postposition). */
  ADP,
  /** Adverb. */
  ADV,
  /** Auxiliary. */
  AUX,
  /** Coordinating conjunction. */
  CCONJ,
  /** Determiner. */
  DET,
  /** Interjection. */
  INTJ,
  /** Noun. */
  NOUN,
  /** Numeral. */
  NUM,
  /** Particle. */
  PART,
  /** Pronoun. */
  PRON,
  /** Proper noun. */
  PROPN,
  /** Punctuation. */
  PUNCT,
  /** Subordinating conjunction. */
  SCONJ,
  /** Symbol. */
  SYM,
  /** Verb. */
  VERB,
  /** Other: a word that cannot be given a real category (foreign words, URLs, typos). */
  X;

  private static final UniversalPos[] VALUES = values();

  /** The tag with the given ordinal (annotations store tags as bytes). */
  public static UniversalPos of(int ordinal) {
    return VALUES[ordinal];
  }

  /**
   * The tag named {@code name} (case-insensitive, surrounding spaces ignored), or {@link #X} for a name
   * that is not a UPOS tag.
   */
  public static UniversalPos parse(String name) {
    if (name == null) {
      return X;
    }
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (UniversalPos tag : VALUES) {
      if (tag.name().equals(n)) {
        return tag;
      }
    }
    return X;
  }

  /**
   * The tag named {@code name}, or a {@link IllegalArgumentException} naming the valid tags: for user
   * input such as {@code --collocate-pos NOUN,ADJ} or a KWIC query {@code [pos="NOUN"]}.
   */
  public static UniversalPos named(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (UniversalPos tag : VALUES) {
      if (tag.name().equals(n)) {
        return tag;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a Universal Dependencies tag (UPOS: "
        + String.join(", ", java.util.Arrays.stream(VALUES).map(Enum::name).toList()) + ")");
  }
}
