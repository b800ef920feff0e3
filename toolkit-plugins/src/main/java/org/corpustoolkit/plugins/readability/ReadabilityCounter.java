package org.corpustoolkit.plugins.readability;

import java.util.Arrays;
import java.util.OptionalInt;
import org.corpustoolkit.stats.ReadabilityCounts;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Counts what the readability formulas need in one tokenized document. The definitions, which the help
 * text of {@code ctk readability} repeats:
 *
 * <ul>
 *   <li><b>words</b>: tokens of kind {@link TokenKind#WORD} (letters, possibly with apostrophes and
 *       hyphens). Numbers, punctuation, symbols, URLs, e-mail addresses, ideographs and kana are not
 *       words here, so numbers count in no formula (their spoken length is unknown).</li>
 *   <li><b>sentences</b>: sentences of ctk's sentence splitter that contain at least one word. Text
 *       without final punctuation is one sentence up to the next boundary or the end.</li>
 *   <li><b>syllables</b>: English: {@link SyllableCounter} (CMU Pronouncing Dictionary, then rules); a
 *       word with digits ({@code COVID-19}) counts the syllables of its letter-only hyphen parts. Other
 *       languages: {@link VowelGroupSyllables}. Every word has at least one syllable.</li>
 *   <li><b>letters</b>: Unicode letters in the words (no apostrophes, hyphens or digits).</li>
 *   <li><b>polysyllables</b>: words of three or more syllables (SMOG, Linsear Write).</li>
 *   <li><b>complex words</b> (Gunning Fog): polysyllables less Gunning's (1952) exclusions as we apply
 *       them: (1) proper nouns, taken to be words with a capital initial and a lower-case letter that
 *       are not the first word of their sentence; (2) hyphenated compounds whose parts each have fewer
 *       than three syllables; (3) words made three syllables by {@code -es}, {@code -ed} or
 *       {@code -ing}: the stem (also with {@code e} restored or a doubled consonant undone) is in CMUdict
 *       with fewer than three syllables. Closed compounds ({@code bookkeeper}) are not excluded.</li>
 *   <li><b>monosyllables</b>: words of one syllable (FORCAST).</li>
 *   <li><b>long words</b>: words of more than six letters (LIX, RIX).</li>
 *   <li><b>difficult words</b> (Dale–Chall): words that are not familiar by {@link DaleChallList}
 *       (the list with Dale &amp; Chall's inflection rules); a hyphenated word is familiar if it is
 *       listed whole or every part is familiar; proper nouns (as in (1) above) are familiar, as Chall
 *       &amp; Dale (1995) count names of persons and places as familiar.</li>
 * </ul>
 *
 * <p>Word properties are cached by counting-form id. Not thread-safe: one per thread.
 */
final class ReadabilityCounter {
  private static final byte POLY_EXCLUDED = 1;
  private static final byte FAMILIAR = 2;
  private static final byte KNOWN = 4;

  private final SyllableCounter syllableCounter;
  private final DaleChallList daleChall;
  private final VowelGroupSyllables vowelGroups;
  private byte[] syllablesByForm = new byte[4096];
  private byte[] flagsByForm = new byte[4096];

  /**
   * @param language ISO 639-1 code; {@code en} (or empty) uses CMUdict and rules, anything else vowel
   *     groups
   */
  ReadabilityCounter(SyllableCounter syllableCounter, DaleChallList daleChall, String language) {
    this.syllableCounter = syllableCounter;
    this.daleChall = daleChall;
    this.vowelGroups = language == null || language.isEmpty() || language.equals("en") ? null
        : new VowelGroupSyllables(language);
  }

  /** The counts of {@code doc}. */
  ReadabilityCounts count(TokenizedDocument doc) {
    String text = doc.text();
    long sentences = 0;
    long words = 0;
    long syllables = 0;
    long letters = 0;
    long complex = 0;
    long poly = 0;
    long mono = 0;
    long longWords = 0;
    long difficult = 0;
    int lastSentence = -1;
    for (int i = 0; i < doc.size(); i++) {
      if (doc.kind(i) != TokenKind.WORD) {
        continue;
      }
      words++;
      boolean sentenceStart = doc.sentence(i) != lastSentence;
      if (sentenceStart) {
        sentences++;
        lastSentence = doc.sentence(i);
      }
      int start = doc.start(i);
      int end = doc.end(i);
      int wordLetters = 0;
      for (int c = start; c < end; c++) {
        if (Character.isLetter(text.charAt(c))) {
          wordLetters++;
        }
      }
      letters += wordLetters;
      if (wordLetters > 6) {
        longWords++;
      }
      int form = doc.formId(i);
      ensureCached(form, doc);
      int s = syllablesByForm[form];
      syllables += s;
      if (s == 1) {
        mono++;
      }
      boolean properNoun = !sentenceStart && isCapitalised(text, start, end);
      if (s >= 3) {
        poly++;
        if (!properNoun && (flagsByForm[form] & POLY_EXCLUDED) == 0) {
          complex++;
        }
      }
      if (!properNoun && (flagsByForm[form] & FAMILIAR) == 0) {
        difficult++;
      }
    }
    return ReadabilityCounts.builder().sentences(sentences).words(words).syllables(syllables)
        .letters(letters).complexWords(complex).polysyllables(poly).monosyllables(mono)
        .longWords(longWords).difficultWords(difficult).build();
  }

  /** A capital initial followed somewhere by a lower-case letter ({@code Elizabeth}, not {@code NATO}). */
  static boolean isCapitalised(String text, int start, int end) {
    if (!Character.isUpperCase(text.codePointAt(start))) {
      return false;
    }
    for (int c = start + 1; c < end; c++) {
      if (Character.isLowerCase(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private void ensureCached(int form, TokenizedDocument doc) {
    if (form >= flagsByForm.length) {
      int size = Math.max(form + 1, flagsByForm.length * 2);
      flagsByForm = Arrays.copyOf(flagsByForm, size);
      syllablesByForm = Arrays.copyOf(syllablesByForm, size);
    }
    if ((flagsByForm[form] & KNOWN) != 0) {
      return;
    }
    String word = doc.vocabulary().form(form);
    int syllables = Math.min(127, Math.max(1, syllables(word)));
    byte flags = KNOWN;
    if (syllables >= 3 && gunningExcluded(word)) {
      flags |= POLY_EXCLUDED;
    }
    if (familiar(word)) {
      flags |= FAMILIAR;
    }
    syllablesByForm[form] = (byte) syllables;
    flagsByForm[form] = flags;
  }

  /** Syllables of a word form (before the minimum of one is applied). */
  int syllables(String word) {
    if (vowelGroups != null) {
      return vowelGroups.syllables(word);
    }
    if (hasDigit(word)) {
      int sum = 0;
      for (String part : word.split("[-\u2010\u2011]")) {
        if (!part.isEmpty() && !hasDigit(part)) {
          sum += syllableCounter.syllables(part);
        }
      }
      return sum;
    }
    return syllableCounter.syllables(word);
  }

  private boolean familiar(String word) {
    if (daleChall.familiar(word)) {
      return true;
    }
    if (word.indexOf('-') < 0) {
      return false;
    }
    for (String part : word.split("-")) {
      if (!part.isEmpty() && !daleChall.familiar(part)) {
        return false;
      }
    }
    return true;
  }

  /** Gunning's exclusions (2) and (3) for a word of three or more syllables. */
  boolean gunningExcluded(String word) {
    if (word.indexOf('-') >= 0) {
      boolean allShort = true;
      for (String part : word.split("-")) {
        if (!part.isEmpty() && syllables(part) >= 3) {
          allShort = false;
        }
      }
      return allShort;
    }
    if (vowelGroups != null) {
      return false;
    }
    for (String stem : inflectionStems(word)) {
      OptionalInt known = syllableCounter.dictionarySyllables(stem);
      if (known.isPresent() && known.getAsInt() < 3) {
        return true;
      }
    }
    return false;
  }

  private static String[] inflectionStems(String w) {
    int n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      String stem = w.substring(0, n - 3);
      return new String[] {stem, stem + "e", undouble(stem)};
    }
    if (n > 4 && w.endsWith("ed")) {
      String stem = w.substring(0, n - 2);
      return new String[] {stem, w.substring(0, n - 1), undouble(stem)};
    }
    if (n > 4 && w.endsWith("es")) {
      return new String[] {w.substring(0, n - 2), w.substring(0, n - 1)};
    }
    return new String[0];
  }

  private static String undouble(String stem) {
    int n = stem.length();
    return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : stem;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
