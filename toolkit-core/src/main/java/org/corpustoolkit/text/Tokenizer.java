package org.corpustoolkit.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens on ICU4J word boundaries (Unicode UAX #29 with ICU's dictionaries for Chinese,
 * Japanese, Thai, Khmer, Lao and Burmese), then applies three corrections that corpus linguists expect:
 *
 * <ol>
 *   <li>web addresses and e-mail addresses are one token each ({@link TokenKind#URL},
 *       {@link TokenKind#EMAIL});</li>
 *   <li>an abbreviation with inner dots keeps its final dot: {@code U.S.}, {@code p.m.};</li>
 *   <li>words joined by a hyphen with no space are one word: {@code COVID-19}, {@code China-Russia},
 *       {@code time-to-target} (as quanteda's default).</li>
 * </ol>
 *
 * <p>UAX #29 already keeps {@code Moscow’s}, {@code don't}, {@code 3,200km} and {@code 3.5} together.
 * Whitespace is dropped; punctuation and symbols are kept as tokens of their own kinds.
 *
 * <p>Not thread-safe (it holds an ICU break iterator): use one per thread.
 *
 * @since 0.1 (stable)
 */
public final class Tokenizer {
  private static final Pattern URL_OR_EMAIL = Pattern.compile(
      "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"“”‘’]+|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  private final BreakIterator words;

  public Tokenizer() {
    this.words = BreakIterator.getWordInstance(ULocale.ROOT);
  }

  /** Raw tokens of {@code text}: offsets and kinds, in order. */
  public Tokens tokenize(String text) {
    Tokens out = new Tokens(Math.max(16, text.length() / 5));
    int[] spans = specialSpans(text);
    int span = 0;
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      int from = start;
      while (from < end) {
        while (span < spans.length && spans[span + 1] <= from) {
          span += 2;
        }
        if (span >= spans.length || end <= spans[span]) {
          segment(text, from, end, status, out);
          break;
        }
        int spanStart = spans[span];
        int spanEnd = spans[span + 1];
        if (from < spanStart) {
          segment(text, from, spanStart, status, out);
          from = spanStart;
        }
        if (from == spanStart) {
          boolean email = text.indexOf('@', spanStart) >= 0 && text.indexOf('@', spanStart) < spanEnd
              && !text.regionMatches(true, spanStart, "http", 0, 4)
              && !text.regionMatches(true, spanStart, "ftp:", 0, 4)
              && !text.regionMatches(true, spanStart, "www.", 0, 4);
          out.add(spanStart, spanEnd, email ? TokenKind.EMAIL : TokenKind.URL);
        }
        from = Math.min(end, spanEnd);
      }
    }
    return out;
  }

  private static int[] specialSpans(String text) {
    if (text.indexOf('@') < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0
        && text.indexOf("WWW.") < 0) {
      return new int[0];
    }
    Matcher m = URL_OR_EMAIL.matcher(text);
    int[] spans = new int[8];
    int n = 0;
    while (m.find()) {
      int end = trimUrlEnd(text, m.start(), m.end());
      if (end <= m.start()) {
        continue;
      }
      if (n == spans.length) {
        spans = Arrays.copyOf(spans, n * 2);
      }
      spans[n++] = m.start();
      spans[n++] = end;
    }
    return Arrays.copyOf(spans, n);
  }

  private static void segment(String text, int start, int end, int status, Tokens out) {
    if (status < BreakIterator.WORD_NONE_LIMIT || !Character.isLetterOrDigit(text.codePointAt(start))) {
      addNonWord(text, start, end, out);
    } else {
      addWord(text, start, end, status, out);
    }
  }

  private static int trimUrlEnd(String text, int start, int end) {
    while (end > start && ".,;:!?)]}'".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static void addNonWord(String text, int start, int end, Tokens out) {
    int cp = text.codePointAt(start);
    if (UCharacter.isUWhiteSpace(cp) || Character.isWhitespace(cp)) {
      return;
    }
    if (cp == '.' && out.size() > 0 && out.lastEnd() == start && out.lastKind() == TokenKind.WORD
        && containsDot(text, out.lastStart(), start)) {
      out.extendLast(end); // U.S. keeps its final dot
      return;
    }
    out.add(start, end, isPunctuation(cp) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL);
  }

  private static boolean containsDot(String text, int from, int to) {
    return text.substring(from, to).indexOf('.') >= 0
        && Character.isLetter(text.charAt(to - 1));
  }

  private static void addWord(String text, int start, int end, int status, Tokens out) {
    TokenKind kind = kindOf(text, start, status);
    int n = out.size();
    if (n >= 2 && out.lastKind() == TokenKind.PUNCTUATION && out.lastEnd() == start
        && out.lastEnd() - out.lastStart() == 1 && isHyphen(text.charAt(out.lastStart()))) {
      TokenKind before = out.kind(n - 2);
      if ((before == TokenKind.WORD || before == TokenKind.NUMBER) && out.end(n - 2) == out.lastStart()
          && (kind == TokenKind.WORD || kind == TokenKind.NUMBER)) {
        out.removeLast();
        boolean letters = before == TokenKind.WORD || kind == TokenKind.WORD;
        out.extendLast(end);
        out.setLastKind(letters ? TokenKind.WORD : TokenKind.NUMBER);
        return;
      }
    }
    out.add(start, end, kind);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static TokenKind kindOf(String text, int start, int status) {
    if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
      return TokenKind.NUMBER;
    }
    int cp = text.codePointAt(start);
    int script = UScript.getScript(cp);
    if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
      return TokenKind.KANA;
    }
    if (script == UScript.HAN) {
      return TokenKind.IDEOGRAPHIC;
    }
    if (status >= BreakIterator.WORD_KANA && status < BreakIterator.WORD_KANA_LIMIT) {
      return TokenKind.KANA;
    }
    if (status >= BreakIterator.WORD_IDEO && status < BreakIterator.WORD_IDEO_LIMIT) {
      return TokenKind.IDEOGRAPHIC;
    }
    return TokenKind.WORD;
  }

  private static boolean isPunctuation(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacterCategory.CONNECTOR_PUNCTUATION
        || type == UCharacterCategory.DASH_PUNCTUATION
        || type == UCharacterCategory.START_PUNCTUATION
        || type == UCharacterCategory.END_PUNCTUATION
        || type == UCharacterCategory.INITIAL_PUNCTUATION
        || type == UCharacterCategory.FINAL_PUNCTUATION
        || type == UCharacterCategory.OTHER_PUNCTUATION;
  }

  /** Growable parallel arrays of token offsets and kinds. */
  public static final class Tokens {
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int size;

    Tokens(int capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
      kinds = new byte[capacity];
    }

    void add(int start, int end, TokenKind kind) {
      if (size == starts.length) {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = (byte) kind.ordinal();
      size++;
    }

    void extendLast(int end) {
      ends[size - 1] = end;
    }

    void setLastKind(TokenKind kind) {
      kinds[size - 1] = (byte) kind.ordinal();
    }

    void removeLast() {
      size--;
    }

    int lastStart() {
      return starts[size - 1];
    }

    int lastEnd() {
      return ends[size - 1];
    }

    TokenKind lastKind() {
      return TokenKind.of(kinds[size - 1]);
    }

    public int size() {
      return size;
    }

    public int start(int i) {
      return starts[i];
    }

    public int end(int i) {
      return ends[i];
    }

    public TokenKind kind(int i) {
      return TokenKind.of(kinds[i]);
    }
  }
}
