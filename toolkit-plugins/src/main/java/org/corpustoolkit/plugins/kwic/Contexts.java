package org.corpustoolkit.plugins.kwic;

import java.util.Arrays;

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

  /** Word tokens of context that a line or its sort keys need on the left. */
  int wordsBefore() {
    return Math.max(chars > 0 ? 0 : width, leftKeys);
  }

  /** Word tokens of context that a line or its sort keys need on the right. */
  int wordsAfter() {
    return Math.max(chars > 0 ? 0 : width, rightKeys);
  }

  /** Characters of context needed on each side. */
  int chars() {
    return chars;
  }

  /**
   * A hit with its line and the sort keys {@code --sort} needs (the node key only to sort by node), for
   * the match of document tokens {@code [start, end)}.
   */
  Hit hit(TextWindow w, int start, int end, long randomKey) {
    String nodeKey = "";
    if (nodeKeys) {
      StringBuilder sb = new StringBuilder();
      for (int i = start; i < end; i++) {
        if (i > start) {
          sb.append(' ');
        }
        sb.append(w.form(i));
      }
      nodeKey = sb.toString();
    }
    return new Hit(line(w, start, end), w.documentIndex(), start,
        wordIds(w, start - 1, -1, leftKeys), wordIds(w, end, 1, rightKeys), nodeKey, randomKey);
  }

  /** The concordance line of the match of document tokens {@code [start, end)}. */
  ConcordanceLine line(TextWindow w, int start, int end) {
    long from = w.start(start);
    long to = w.end(end - 1);
    String left;
    String right;
    if (chars > 0) {
      left = charsBefore(w, from, chars);
      right = charsAfter(w, to, chars);
    } else {
      int first = start;
      int words = 0;
      for (int i = start - 1; i >= w.firstToken() && words < width; i--) {
        first = i;
        if (w.isWord(i)) {
          words++;
        }
      }
      int last = end - 1;
      words = 0;
      for (int i = end; i < w.endToken() && words < width; i++) {
        last = i;
        if (w.isWord(i)) {
          words++;
        }
      }
      left = first < start ? w.clean(w.start(first), from) : "";
      right = last >= end ? w.clean(to, w.end(last)) : "";
    }
    return new ConcordanceLine(w.documentId(), w.sentence(start), (int) from, (int) to, left,
        w.clean(from, to), right);
  }

  /** Form ids of the first {@code count} word tokens from token {@code from} in direction {@code step}. */
  private static int[] wordIds(TextWindow w, int from, int step, int count) {
    int[] ids = new int[count];
    Arrays.fill(ids, -1);
    int k = 0;
    for (int i = from; k < count && i >= w.firstToken() && i < w.endToken(); i += step) {
      if (w.isWord(i)) {
        ids[k++] = w.formId(i);
      }
    }
    return ids;
  }

  /**
   * The last {@code n} characters (code points, whitespace runs counted once) before offset
   * {@code at} of the window's document.
   */
  static String charsBefore(TextWindow w, long at, int n) {
    long lo = w.firstChar();
    long window = Math.max(16, n * 2L);
    while (true) {
      long from = Math.max(lo, at - window);
      if (from > lo && Character.isLowSurrogate(w.charAt(from))) {
        from--;
      }
      String cleaned = clean(w.slice(from, at));
      int count = cleaned.codePointCount(0, cleaned.length());
      if (count >= n || from == lo) {
        return count <= n ? cleaned
            : cleaned.substring(cleaned.offsetByCodePoints(0, count - n)).stripLeading();
      }
      window *= 2;
    }
  }

  /** The first {@code n} characters after offset {@code at}, counted as in {@link #charsBefore}. */
  static String charsAfter(TextWindow w, long at, int n) {
    long hi = w.endChar();
    long window = Math.max(16, n * 2L);
    while (true) {
      long to = Math.min(hi, at + window);
      if (to < hi && Character.isLowSurrogate(w.charAt(to))) {
        to++;
      }
      String cleaned = clean(w.slice(at, to));
      int count = cleaned.codePointCount(0, cleaned.length());
      if (count >= n || to == hi) {
        return count <= n ? cleaned
            : cleaned.substring(0, cleaned.offsetByCodePoints(0, n)).stripTrailing();
      }
      window *= 2;
    }
  }

  /** True if code point {@code c} shows as a space in a cleaned context (white space, control). */
  static boolean isSpace(int c) {
    return c < 0x80 ? c <= 0x20 || c == 0x7f
        : Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
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
      if (isSpace(c)) {
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
