package org.corpustoolkit.text;

import java.nio.charset.StandardCharsets;

/** UTF-8 bytes of a text for the byte path, when they represent it exactly. */
final class Utf8Text {
  private Utf8Text() {}

  /**
   * The UTF-8 encoding of {@code text}, or null if the text has an unpaired surrogate (which UTF-8
   * cannot represent, so the bytes would not be the same text).
   */
  static byte[] encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == text.length()) {
      return bytes; // ASCII only
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return null;
        }
      } else if (Character.isLowSurrogate(c)) {
        return null;
      }
    }
    return bytes;
  }
}
