package org.corpustoolkit.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * The counting form of a token: the "word" every analyser counts.
 *
 * <p>Steps: Unicode NFC normalisation; full Unicode case folding (so {@code Straße} and {@code STRASSE}
 * are one word), unless case-sensitive counting is asked for; the apostrophe variants U+2019 (right
 * single quotation mark) and U+02BC (modifier letter apostrophe) folded to U+0027, so {@code Moscow’s}
 * and {@code Moscow's} are one word.
 *
 * @since 0.1 (stable)
 */
public final class CountingForm {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final boolean caseSensitive;

  public CountingForm(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  public boolean caseSensitive() {
    return caseSensitive;
  }

  /** The counting form of {@code surface}. */
  public String of(CharSequence surface) {
    int n = surface.length();
    boolean ascii = true;
    boolean upper = false;
    for (int i = 0; i < n; i++) {
      char c = surface.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      }
    }
    if (ascii) {
      if (caseSensitive || !upper) {
        return surface.toString();
      }
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        char c = surface.charAt(i);
        chars[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
      }
      return new String(chars);
    }
    String s = NFC.normalize(surface);
    if (!caseSensitive) {
      s = UCharacter.foldCase(s, UCharacter.FOLD_CASE_DEFAULT);
    }
    if (s.indexOf('\u2019') >= 0 || s.indexOf('\u02BC') >= 0) {
      s = s.replace('\u2019', '\'').replace('\u02BC', '\'');
    }
    return s;
  }
}
