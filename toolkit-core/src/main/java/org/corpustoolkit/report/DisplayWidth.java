package org.corpustoolkit.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Terminal column width of a string: East Asian wide and full-width characters take two columns,
 * combining marks and format characters none (Unicode UAX #11). Public for result-specific text
 * renderers that align columns themselves (concordance lines).
 *
 * @since 0.1 (stable)
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** Columns {@code s} takes in a terminal. */
  public static int of(String s) {
    int ascii = 0;
    while (ascii < s.length() && s.charAt(ascii) >= 0x20 && s.charAt(ascii) < 0x7F) {
      ascii++;
    }
    if (ascii == s.length()) {
      return ascii; // printable ASCII: one column each
    }
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        width++; // ASCII: one column (the lookups below give 1 for every ASCII code point)
        continue;
      }
      int type = UCharacter.getType(cp);
      if (type == ECharacterCategory.NON_SPACING_MARK || type == ECharacterCategory.ENCLOSING_MARK
          || type == ECharacterCategory.FORMAT || cp == 0x200D) {
        continue;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      boolean wide = eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
          || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION);
      width += wide ? 2 : 1;
    }
    return width;
  }

  /** {@code s} padded with spaces to {@code width} columns, on the left if {@code right}. */
  public static String pad(String s, int width, boolean right) {
    int w = of(s);
    if (w >= width) {
      return s;
    }
    String spaces = " ".repeat(width - w);
    return right ? spaces + s : s + spaces;
  }
}
