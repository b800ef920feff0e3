package org.corpustoolkit.plugins.filters;

import com.ibm.icu.text.Normalizer2;
import org.corpustoolkit.spi.TokenFilter;
import org.corpustoolkit.text.TokenKind;

/**
 * {@code --filter fold-diacritics}: removes combining marks after canonical decomposition (Unicode
 * NFD, then every character of general category Mn dropped, then NFC), so that {@code café},
 * {@code cafe} and {@code CAFÉ} count as one word. Letters that are not decomposable ({@code ø},
 * {@code ł}, {@code ß}) are unchanged. Useful for corpora with inconsistent accents; wrong for
 * languages where diacritics distinguish words (Spanish {@code año}/{@code ano}).
 */
final class FoldDiacriticsFilter implements TokenFilter {
  /**
   * The normalisers, loaded on first use: every run builds this filter (for {@code --help} and
   * {@code ctk plugins}), few use it, and ICU's normalisation data takes a while to read.
   */
  private static final class Normalizers {
    static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  }

  @Override
  public String name() {
    return "fold-diacritics";
  }

  @Override
  public String description() {
    return "Remove accents and other combining marks (café = cafe)";
  }

  @Override
  public String apply(String form, TokenKind kind) {
    boolean ascii = true;
    for (int i = 0; i < form.length() && ascii; i++) {
      ascii = form.charAt(i) < 0x80;
    }
    if (ascii) {
      return form;
    }
    String decomposed = Normalizers.NFD.normalize(form);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(kept::appendCodePoint);
    return Normalizers.NFC.normalize(kept);
  }
}
