package org.corpustoolkit.plugins.kwic;

import java.util.Arrays;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Builds concordance lines from a match: the node text, the left and right contexts (by word tokens or
 * by characters) and the sort keys. Whitespace runs and control characters in the text become one
 * space, so a line is always one line and never carries terminal escape codes.
 */
final class Contexts {
  private final int width;
  private final int chars;
  private final int leftKeys;
  private final int rightKeys;
  private final boolean nodeKeys;

  Contexts(KwicOptions options) {
    this.width = options.width();
    this.chars = options.chars();
    this.leftKeys = options.leftKeys();
    this.rightKeys = options.rightKeys();
    this.nodeKeys = options.sort().stream().anyMatch(k -> k.kind() == SortKey.Kind.NODE);
  }

  /** A hit with its line and the sort keys {@code --sort} needs (the node key only to sort by node). */
  Hit hit(TokenizedDocument doc, int startToken, int endToken, long randomKey) {
    String nodeKey = "";
    if (nodeKeys) {
      StringBuilder sb = new StringBuilder();
      for (int i = startToken; i < endToken; i++) {
        if (i > startToken) {
          sb.append(' ');
        }
        sb.append(doc.form(i));
      }
      nodeKey = sb.toString();
    }
    return new Hit(line(doc, startToken, endToken), doc.document().index(), startToken,
        wordIds(doc, startToken - 1, -1, leftKeys), wordIds(doc, endToken, 1, rightKeys), nodeKey,
        randomKey);
  }

  /** The concordance line of the match of tokens {@code [startToken, endToken)}. */
  ConcordanceLine line(TokenizedDocument doc, int startToken, int endToken) {
    String text = doc.text();
    int start = doc.start(startToken);
    int end = doc.end(endToken - 1);
    String left;
    String right;
    if (chars > 0) {
      left = charsBefore(text, start, chars);
      right = charsAfter(text, end, chars);
    } else {
      int from = startToken;
      int words = 0;
      for (int i = startToken - 1; i >= 0 && words < width; i--) {
        from = i;
        if (doc.isWord(i)) {
          words++;
        }
      }
      int to = endToken - 1;
      words = 0;
      for (int i = endToken; i < doc.size() && words < width; i++) {
        to = i;
        if (doc.isWord(i)) {
          words++;
        }
      }
      left = from < startToken ? clean(text, doc.start(from), start) : "";
      right = to >= endToken ? clean(text, end, doc.end(to)) : "";
    }
    return new ConcordanceLine(doc.document().id(), doc.sentence(startToken), start, end, left,
        clean(text, start, end), right);
  }

  /** Form ids of the first {@code count} word tokens from token {@code from} in direction {@code step}. */
  private static int[] wordIds(TokenizedDocument doc, int from, int step, int count) {
    int[] ids = new int[count];
    Arrays.fill(ids, -1);
    int k = 0;
    for (int i = from; k < count && i >= 0 && i < doc.size(); i += step) {
      if (doc.isWord(i)) {
        ids[k++] = doc.formId(i);
      }
    }
    return ids;
  }

  /** The last {@code n} characters (code points, whitespace runs counted once) before {@code at}. */
  static String charsBefore(String text, int at, int n) {
    int window = Math.max(16, n * 2);
    while (true) {
      int from = Math.max(0, at - window);
      if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
        from--;
      }
      String cleaned = clean(text.substring(from, at));
      int count = cleaned.codePointCount(0, cleaned.length());
      if (count >= n || from == 0) {
        return count <= n ? cleaned
            : cleaned.substring(cleaned.offsetByCodePoints(0, count - n)).stripLeading();
      }
      window *= 2;
    }
  }

  /** The first {@code n} characters after {@code at}, counted as in {@link #charsBefore}. */
  static String charsAfter(String text, int at, int n) {
    int window = Math.max(16, n * 2);
    while (true) {
      int to = Math.min(text.length(), at + window);
      if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
        to++;
      }
      String cleaned = clean(text.substring(at, to));
      int count = cleaned.codePointCount(0, cleaned.length());
      if (count >= n || to == text.length()) {
        return count <= n ? cleaned
            : cleaned.substring(0, cleaned.offsetByCodePoints(0, n)).stripTrailing();
      }
      window *= 2;
    }
  }

  /**
   * {@code text.substring(from, to)} {@linkplain #clean(String) cleaned}; without copying twice when
   * it is already clean (single spaces between printable characters, as most contexts are).
   */
  static String clean(String text, int from, int to) {
    boolean space = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (space) {
          return clean(text.substring(from, to));
        }
        space = true;
      } else if (c < 0x80 ? c < 0x20 || c == 0x7f : !Character.isLetterOrDigit(c)) {
        // control characters, and every non-ASCII character that might be a space: the slow path
        return clean(text.substring(from, to));
      } else {
        space = false;
      }
    }
    if (space && to > from) {
      return clean(text.substring(from, to));
    }
    return text.substring(from, to);
  }

  /** Whitespace runs and control characters as one space; no space at either end. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.charAt(i);
      if (c < 0x80) {
        i++;
      } else {
        c = s.codePointAt(i);
        i += Character.charCount(c);
      }
      if (c < 0x80 ? c <= 0x20 || c == 0x7f
          : Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.appendCodePoint(c);
    }
    return sb.toString();
  }
}
