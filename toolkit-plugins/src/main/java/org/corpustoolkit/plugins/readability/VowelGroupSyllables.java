package org.corpustoolkit.plugins.readability;

import java.util.Locale;

/**
 * Syllable estimate for languages other than English: the number of vowel groups (maximal runs of vowel
 * letters, accented vowels and {@code y} included). Russian (and other Cyrillic text) counts every vowel
 * letter, which is exact for Russian orthography. For French a final silent {@code e}, {@code es} or
 * {@code ent} after a consonant is not counted when the word has another vowel group.
 *
 * <p>This is the usual approximation behind the Amstad, Fernández Huerta, Kandel–Moles, Flesch–Vacca,
 * Douma and Oborneva scores in automatic tools; it miscounts hiatus ({@code Theater}, {@code poeta}).
 * Immutable and thread-safe.
 */
final class VowelGroupSyllables {
  private static final String VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ";
  private static final String CYRILLIC_VOWELS = "аеёиоуыэюяіїє";

  private final boolean french;

  VowelGroupSyllables(String language) {
    this.french = "fr".equals(language);
  }

  /** Syllables of {@code word}; 0 only if it has no vowel letter. */
  int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int end = w.length();
    if (french) {
      end = frenchEnd(w);
    }
    int groups = 0;
    boolean inGroup = false;
    for (int i = 0; i < end; i++) {
      char c = w.charAt(i);
      if (CYRILLIC_VOWELS.indexOf(c) >= 0) {
        groups++;
        inGroup = false;
      } else if (VOWELS.indexOf(c) >= 0) {
        if (!inGroup) {
          groups++;
        }
        inGroup = true;
      } else {
        inGroup = false;
      }
    }
    return groups;
  }

  private static int frenchEnd(String w) {
    for (String silent : new String[] {"ent", "es", "e"}) {
      int cut = w.length() - silent.length();
      if (w.endsWith(silent) && cut >= 2 && VOWELS.indexOf(w.charAt(cut - 1)) < 0
          && Character.isLetter(w.charAt(cut - 1)) && hasVowel(w, cut - 1)) {
        return cut;
      }
    }
    return w.length();
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if (VOWELS.indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
