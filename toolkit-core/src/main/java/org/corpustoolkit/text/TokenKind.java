package org.corpustoolkit.text;

/**
 * What a token is. Word tokens ({@link #isWord()}) are the ones every analyser counts: words, numbers,
 * ideographs and kana. Punctuation, symbols (including emoji), URLs and e-mail addresses are kept in the
 * token stream, with their offsets, but are not counted as words.
 *
 * @since 0.1 (stable)
 */
public enum TokenKind {
  /** Letters (any alphabetic script, including Thai, Hangul, hyphenated compounds). */
  WORD(true),
  /** Digits, possibly with separators: {@code 3,200}, {@code 3.5}. */
  NUMBER(true),
  /** Han ideographs (Chinese characters, Japanese kanji), segmented with ICU's dictionary. */
  IDEOGRAPHIC(true),
  /** Japanese hiragana and katakana. */
  KANA(true),
  /** Punctuation marks. */
  PUNCTUATION(false),
  /** Symbols, currency signs, emoji and anything else that is not whitespace. */
  SYMBOL(false),
  /** A web address such as {@code https://example.org/page}. */
  URL(false),
  /** An e-mail address. */
  EMAIL(false);

  private final boolean word;

  TokenKind(boolean word) {
    this.word = word;
  }

  /** True for the kinds counted as words: word, number, ideographic, kana. */
  public boolean isWord() {
    return word;
  }

  /** The lower-case name used in output, for example {@code ideographic}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  private static final TokenKind[] VALUES = values();

  /** The kind with the given ordinal (tokens store kinds as bytes). */
  public static TokenKind of(int ordinal) {
    return VALUES[ordinal];
  }
}
