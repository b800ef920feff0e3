package org.corpustoolkit.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
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
      "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s\\p{Z}<>\"“”‘’]+|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  private static final boolean[] ASCII_PUNCTUATION = new boolean[128];
  /** The ASCII whitespace that separates chunks: space, tab, line feed, vertical tab, form feed, CR. */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_PUNCTUATION[c] = isPunctuation(c);
      ASCII_SPACE[c] = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
    }
  }

  private final BreakIterator words;

  public Tokenizer() {
    this.words = BreakIterator.getWordInstance(ULocale.ROOT);
  }

  /**
   * Raw tokens of {@code text}: offsets and kinds, in order.
   *
   * <p>Fast path: the text is cut at ASCII whitespace (UAX #29 always breaks there) into chunks; a chunk
   * of plain ASCII with no {@code @}, {@code ://} or {@code www.} is segmented by a hand-written scanner
   * that implements the UAX #29 rules for ASCII (WB5–WB13b) and ICU's rule status; any other chunk goes
   * to ICU together with the whitespace before it. Both paths give the same tokens as running ICU over
   * the whole text ({@link #tokenizeWithIcu}), which a test checks on random and mixed-script text.
   */
  public Tokens tokenize(String text) {
    return tokenize(text, text.toCharArray());
  }

  /** As {@link #tokenize(String)}, given the text's characters (so callers can share one copy). */
  public Tokens tokenize(String text, char[] chars) {
    int n = chars.length;
    Tokens out = new Tokens(Math.max(16, n / 5));
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (isAsciiSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean simple = true;
      while (i < n) {
        c = chars[i];
        if (isAsciiSpace(c)) {
          break;
        }
        if (c >= 0x80 || c == '@' || (c == ':' && i + 2 < n && chars[i + 1] == '/'
            && chars[i + 2] == '/') || ((c == 'w' || c == 'W') && i + 3 < n
            && text.regionMatches(true, i, "www.", 0, 4))) {
          simple = false;
        }
        i++;
      }
      if (simple) {
        scanAscii(text, chars, start, i, out);
      } else {
        int from = start > 0 ? start - 1 : start;
        tokenizeRegion(text, from, i, out);
      }
    }
    return out;
  }

  /**
   * The tokens of one chunk that the ASCII scanner cannot take, {@code chunk} being the chunk with the
   * whitespace character before it (if any): what {@link #tokenize(String)} gives for such a chunk, with
   * offsets into {@code chunk}. Used by the byte path, {@link Utf8WordScanner}.
   */
  Tokens tokenizeChunk(String chunk) {
    Tokens out = new Tokens(Math.max(4, chunk.length() / 4));
    tokenizeRegion(chunk, 0, chunk.length(), out);
    return out;
  }

  /** True if the ASCII character {@code c} is punctuation (else, if not a word character, a symbol). */
  static boolean isAsciiPunctuation(int c) {
    return ASCII_PUNCTUATION[c];
  }

  /** The reference path: ICU over the whole text, with the same corrections. */
  Tokens tokenizeWithIcu(String text) {
    Tokens out = new Tokens(Math.max(16, text.length() / 5));
    tokenizeRegion(text, 0, text.length(), out);
    return out;
  }

  /**
   * A table look-up rather than six comparisons: small enough for the C1 compiler, which the launcher
   * uses, to inline into the loops over every character (it called the comparisons as a method).
   */
  private static boolean isAsciiSpace(char c) {
    return c < 128 && ASCII_SPACE[c];
  }

  /** UAX #29 for a chunk of ASCII without whitespace, URLs or e-mail addresses. */
  private static void scanAscii(String text, char[] chars, int start, int end, Tokens out) {
    int i = start;
    while (i < end) {
      char c = chars[i];
      if (!isWordChar(c)) {
        addNonWord(text, i, i + 1, out);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end) {
        char d = chars[j];
        if (isWordChar(d)) {
          j++;
          continue;
        }
        if (j + 1 < end) {
          char prev = chars[j - 1];
          char next = chars[j + 1];
          boolean letters = isLetter(prev) && isLetter(next)
              && (d == ':' || d == '.' || d == '\'');                   // WB6, WB7
          boolean digits = isDigit(prev) && isDigit(next)
              && (d == ',' || d == ';' || d == '.' || d == '\'');       // WB11, WB12
          if (letters || digits) {
            j += 2;
            continue;
          }
        }
        break;
      }
      int status = asciiStatus(chars, i, j);
      if (status == BreakIterator.WORD_NONE || !hasLetterOrDigit(text, i, j)) {
        addNonWord(text, i, j, out);
      } else {
        addWordOfKind(text, i, j, status == BreakIterator.WORD_NUMBER ? TokenKind.NUMBER
            : TokenKind.WORD, out);
      }
      i = j;
    }
  }

  /**
   * ICU's rule status for an ASCII word segment, which comes from the last transition of its rules: a
   * final digit gives "number", a final letter "letter", a final underscore the status of the character
   * before it if that is a digit (else "letter"); a lone underscore is not a word.
   */
  private static int asciiStatus(char[] chars, int start, int end) {
    char last = chars[end - 1];
    if (last == '_') {
      if (end - start == 1) {
        return BreakIterator.WORD_NONE;
      }
      return isDigit(chars[end - 2]) ? BreakIterator.WORD_NUMBER : BreakIterator.WORD_LETTER;
    }
    return isDigit(last) ? BreakIterator.WORD_NUMBER : BreakIterator.WORD_LETTER;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
  }

  /** ICU over {@code text[from, to)}, with URLs and e-mail addresses as single tokens. */
  private void tokenizeRegion(String text, int from, int to, Tokens out) {
    int[] spans = specialSpans(text, from, to);
    int span = 0;
    words.setText(new java.text.StringCharacterIterator(text, from, to, from));
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int status = words.getRuleStatus();
      int pos = start;
      while (pos < end) {
        while (span < spans.length && spans[span + 1] <= pos) {
          span += 2;
        }
        if (span >= spans.length || end <= spans[span]) {
          segment(text, pos, end, status, out);
          break;
        }
        int spanStart = spans[span];
        int spanEnd = spans[span + 1];
        if (pos < spanStart) {
          segment(text, pos, spanStart, status, out);
          pos = spanStart;
        }
        if (pos == spanStart) {
          int at = text.indexOf('@', spanStart);
          boolean email = at >= 0 && at < spanEnd
              && !text.regionMatches(true, spanStart, "http", 0, 4)
              && !text.regionMatches(true, spanStart, "ftp:", 0, 4)
              && !text.regionMatches(true, spanStart, "www.", 0, 4);
          out.add(spanStart, spanEnd, email ? TokenKind.EMAIL : TokenKind.URL);
        }
        pos = Math.min(end, spanEnd);
      }
    }
  }

  private static int[] specialSpans(String text, int from, int to) {
    String region = text.substring(from, to);
    if (region.indexOf('@') < 0 && region.indexOf("://") < 0 && !region.toLowerCase(Locale.ROOT)
        .contains("www.")) {
      return new int[0];
    }
    Matcher m = URL_OR_EMAIL.matcher(text).region(from, to).useTransparentBounds(true);
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
    if (status < BreakIterator.WORD_NONE_LIMIT || !hasLetterOrDigit(text, start, end)) {
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

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || UCharacter.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static void addNonWord(String text, int start, int end, Tokens out) {
    int cp = text.codePointAt(start);
    if (cp < 0x80 && end == start + 1) {
      if (cp <= ' ') {
        return;
      }
      if (cp == '.' && out.size() > 0 && out.lastEnd() == start && out.lastKind() == TokenKind.WORD
          && containsDot(text, out.lastStart(), start)) {
        out.extendLast(end);
        return;
      }
      out.add(start, end, ASCII_PUNCTUATION[cp] ? TokenKind.PUNCTUATION : TokenKind.SYMBOL);
      return;
    }
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
    if (!Character.isLetter(text.charAt(to - 1))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static void addWord(String text, int start, int end, int status, Tokens out) {
    addWordOfKind(text, start, end, kindOf(text, start, status), out);
  }

  private static void addWordOfKind(String text, int start, int end, TokenKind kind, Tokens out) {
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

    /** The start offsets, valid up to {@link #size()} (not a copy). */
    int[] startsArray() {
      return starts;
    }

    /** The end offsets, valid up to {@link #size()} (not a copy). */
    int[] endsArray() {
      return ends;
    }

    public int end(int i) {
      return ends[i];
    }

    public TokenKind kind(int i) {
      return TokenKind.of(kinds[i]);
    }
  }
}
