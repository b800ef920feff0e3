package org.corpustoolkit.plugins.readability;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Counts the syllables of English words: CMU Pronouncing Dictionary first, rules second.
 *
 * <p>Known words are looked up in {@link CmuSyllableTable} (CMU Pronouncing Dictionary, Carnegie
 * Mellon University; first pronunciation, vowel phonemes counted). Words not in CMUdict are
 * estimated by {@link SyllableRules}, whose agreement with CMU on held-out CMU words is measured
 * by {@code SyllableRulesAgreementTest}.
 *
 * <p>Handling of the counting form (the argument is expected in lower case; it is lower-cased
 * again with {@link Locale#ROOT} and trimmed):
 * <ul>
 *   <li>{@code null}, empty or letter-less strings count 0.
 *   <li>Any ASCII digit: 0. Numerals are not counted as spoken words here; an analyser that
 *       wants "1984" read out must spell it out first.
 *   <li>The typographic apostrophe U+2019 is treated as {@code '}.
 *   <li>The whole form is looked up first (CMU has {@code don't}, {@code o'clock},
 *       {@code able-bodied}, ...).
 *   <li>Hyphenated forms not in CMU: the sum of the counts of the non-empty parts
 *       ({@code well-known} = 1 + 1).
 *   <li>Apostrophes not in CMU: a possessive {@code 's} adds a syllable only after a sibilant
 *       ending ({@code s, x, z, ch, sh, ce, ge, se, ze}); a trailing {@code s'} or {@code '} adds
 *       nothing; leading/trailing apostrophes are ignored; other apostrophes are dropped and the
 *       rest counted ({@code y'know}).
 *   <li>Everything else: rules. Any word with a letter has at least one syllable.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SyllableCounter {

  private final CmuSyllableTable table;

  /** Creates a counter backed by the bundled CMU table ({@link CmuSyllableTable#getDefault()}). */
  public SyllableCounter() {
    this(CmuSyllableTable.getDefault());
  }

  /**
   * Creates a counter backed by the given table.
   *
   * @param table the dictionary to consult before the rules
   */
  public SyllableCounter(CmuSyllableTable table) {
    this.table = table;
  }

  /**
   * Counts the syllables of one word.
   *
   * @param word lower-case counting form of a word
   * @return the number of syllables; 0 for null, empty, letter-less or digit-containing input
   */
  public int syllables(String word) {
    if (word == null) {
      return 0;
    }
    String w = word.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.isEmpty()) {
      return 0;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return 0;
      }
    }
    return count(w);
  }

  /**
   * Looks the word up in CMUdict only.
   *
   * @param word lower-case counting form of a word
   * @return the CMU syllable count of the exact form, or empty if it is not listed
   */
  public OptionalInt dictionarySyllables(String word) {
    if (word == null) {
      return OptionalInt.empty();
    }
    return table.lookup(word.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  private int count(String w) {
    OptionalInt known = table.lookup(w);
    if (known.isPresent()) {
      return known.getAsInt();
    }
    if (w.indexOf('-') >= 0) {
      int sum = 0;
      for (String part : w.split("-")) {
        if (!part.isEmpty()) {
          sum += count(part);
        }
      }
      return sum;
    }
    if (w.indexOf('\'') >= 0) {
      return countWithApostrophe(w);
    }
    return SyllableRules.count(w);
  }

  private int countWithApostrophe(String w) {
    String s = w;
    while (s.startsWith("'")) {
      s = s.substring(1);
    }
    if (s.endsWith("'s") && s.length() > 2) {
      String base = s.substring(0, s.length() - 2);
      return count(base) + (sibilantEnding(base) ? 1 : 0);
    }
    while (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return 0;
    }
    if (!s.equals(w)) {
      return count(s);
    }
    return count(s.replace("'", ""));
  }

  private static boolean sibilantEnding(String base) {
    return base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
        || base.endsWith("sh") || base.endsWith("ce") || base.endsWith("ge")
        || base.endsWith("se") || base.endsWith("ze");
  }
}
