package org.corpustoolkit.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: ICU sentence boundaries (Unicode UAX #29) with these corrections.
 *
 * <ul>
 *   <li>An abbreviation list keeps {@code Mr.}, {@code Dr.}, {@code U.S.}, {@code p.m.} and the like
 *       from ending a sentence when the next word is capitalised ({@code Mr. Smith}). ICU already keeps a
 *       sentence going when the next word is lower-case ({@code the U.S. envoy}).</li>
 *   <li>Initials ({@code J. R. Hartley}: one capital letter other than {@code I}, then a dot) do not
 *       end a sentence; nor does {@code ?} or {@code !}, with any closing quotes, when the next word is
 *       lower-case ({@code "Stop!" he shouted}).</li>
 *   <li>Line breaks: in hard-wrapped text (the usual plain-text layout, lines of under 200 characters)
 *       a single line break is a space and a blank line ends a paragraph; in text with one paragraph per
 *       line (the median line is 200 characters or longer) every line break ends a sentence.</li>
 * </ul>
 *
 * <p>Not thread-safe: use one per thread.
 *
 * @since 0.1 (stable)
 */
public final class SentenceSplitter {
  /** Abbreviations (lower case, without the final dot) after which a sentence does not end. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "gen", "sen", "rep", "gov", "lt", "col",
      "capt", "sgt", "cpl", "adm", "rev", "hon", "mt", "ft", "messrs", "mme", "mlle", "vs", "cf",
      "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m", "no", "vol", "pp", "fig", "approx",
      "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");
  private static final int PARAGRAPH_PER_LINE = 200;

  private final BreakIterator sentences;

  public SentenceSplitter() {
    this.sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
  }

  /**
   * Sentence start offsets in {@code text}: element 0 is 0, each next one is the start of the next
   * sentence; the array is never empty.
   */
  public int[] starts(String text) {
    return starts(text, LineLayout.of(text).paragraphPerLine());
  }

  /** As {@link #starts(String)}, with the way line breaks are read given instead of measured. */
  int[] starts(String text, boolean paragraphPerLine) {
    String prepared = paragraphPerLine ? text : joinWrappedLines(text);
    sentences.setText(prepared);
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int b = sentences.next(); b != BreakIterator.DONE && b < text.length(); b = sentences.next()) {
      if (suppressed(prepared, b)) {
        continue;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = b;
    }
    return Arrays.copyOf(starts, count);
  }

  private static String joinWrappedLines(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] != '\n') {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && chars[before] == '\r') {
        before--;
      }
      int after = i + 1;
      boolean blankBefore = before < 0 || chars[before] == '\n';
      boolean blankAfter = after >= chars.length || chars[after] == '\n' || chars[after] == '\r';
      if (!blankBefore && !blankAfter) {
        chars[i] = ' ';
        if (i > 0 && chars[i - 1] == '\r') {
          chars[i - 1] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /**
   * What decides how a text's line breaks are read: its number of non-blank lines and how many of them
   * are shorter than 200 characters (UTF-16 units; lines as {@link String#lines()} cuts them, blank as
   * {@link String#isBlank()}). The text has one paragraph per line when its median non-blank line is 200
   * characters or longer, that is when at most half of them ({@code lines / 2}, rounded down) are short.
   *
   * <p>The counts add up over consecutive pieces of a text cut just after line breaks ({@link #plus}),
   * so a text read in parts can be judged as a whole.
   *
   * @param lines non-blank lines
   * @param shortLines non-blank lines shorter than 200 characters
   * @since 0.3
   */
  public record LineLayout(long lines, long shortLines) {
    /** The layout of {@code text}. */
    public static LineLayout of(String text) {
      long lines = 0;
      long shortLines = 0;
      int length = text.length();
      int nextCr = text.indexOf('\r');
      for (int start = 0; start < length; ) {
        int lf = text.indexOf('\n', start);
        if (nextCr >= 0 && nextCr < start) {
          nextCr = text.indexOf('\r', start);
        }
        int end = lf < 0 ? length : lf;
        if (nextCr >= 0 && nextCr < end) {
          end = nextCr;
        }
        int i = start;
        while (i < end) {
          int cp = text.codePointAt(i);
          if (!Character.isWhitespace(cp)) {
            break;
          }
          i += Character.charCount(cp);
        }
        if (i < end) {
          lines++;
          if (end - start < PARAGRAPH_PER_LINE) {
            shortLines++;
          }
        }
        start = end + (end + 1 < length && text.charAt(end) == '\r'
            && text.charAt(end + 1) == '\n' ? 2 : 1);
      }
      return new LineLayout(lines, shortLines);
    }

    /** The layout of this text followed by {@code other} (this text ends with a line break). */
    public LineLayout plus(LineLayout other) {
      return new LineLayout(lines + other.lines, shortLines + other.shortLines);
    }

    /** True if every line break ends a sentence; false if single line breaks are spaces. */
    public boolean paragraphPerLine() {
      return lines > 0 && shortLines <= lines / 2;
    }
  }

  /**
   * True if a text can be cut between {@code before} and {@code after} (the end of the text before
   * the cut and the start of the text after it) and split into sentences on either side, with the
   * line-break reading of the whole text ({@code paragraphPerLine}), giving exactly the sentences of
   * the whole text, the cut being a sentence boundary. That holds when {@code before} ends with a blank
   * line (a line break, possibly after a carriage return, after a line break), whichever the reading;
   * and, in text with one paragraph per line, when {@code before} ends with a line break that ends its
   * sentence (no abbreviation, initial, or {@code !} or {@code ?} before a lower-case word) and the
   * white space that may begin {@code after} has no line separator other than a line break. False
   * when the pieces given are too short to tell.
   *
   * @param before the end of the text before the cut (at least the last line)
   * @param after the start of the text after the cut (at least up to its first non-white-space
   *     character)
   * @since 0.3
   */
  public static boolean separates(String before, String after, boolean paragraphPerLine) {
    int n = before.length();
    if (n == 0 || before.charAt(n - 1) != '\n') {
      return false;
    }
    int previous = n >= 2 && before.charAt(n - 2) == '\r' ? n - 3 : n - 2;
    if (previous >= 0 && before.charAt(previous) == '\n') {
      return true; // a blank line: kept by both readings, always a boundary (see suppressed)
    }
    if (!paragraphPerLine) {
      return false; // the line break may be a space
    }
    int first = 0;
    while (first < after.length() && Character.isWhitespace(after.charAt(first))) {
      char c = after.charAt(first);
      boolean separator = c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
      if (separator && !(c == '\r' && first + 1 < after.length()
          && after.charAt(first + 1) == '\n')) {
        return false;
      }
      first++;
    }
    if (first == after.length()) {
      return false;
    }
    int end = n;
    while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetter(before.charAt(start - 1))
        || before.charAt(start - 1) == '.' || isClosing(before.charAt(start - 1)))) {
      start--;
    }
    if (start == 0) {
      return false; // the word before the cut may go on before the piece given
    }
    return !suppressed(before + after, n);
  }

  /**
   * True if the break at {@code b} is not a sentence end: it follows a known abbreviation, or an initial
   * (one capital letter other than {@code I} and a dot: {@code J. R. Hartley}), or a {@code ?} or
   * {@code !} (with any closing quotes or brackets) followed by a lower-case word
   * ({@code "Stop!" he shouted}). A blank line between always ends the sentence.
   */
  private static boolean suppressed(String text, int b) {
    int end = b;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == b || end == 0) {
      return false;
    }
    for (int i = end; i < b; i++) {
      if (text.charAt(i) == '\n' && text.substring(i + 1, b).contains("\n")) {
        return false;
      }
    }
    if (text.charAt(end - 1) != '.') {
      return exclamationOrQuestionBeforeLowerCase(text, end, b);
    }
    int start = end - 1;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, end - 1);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && !word.equals("I")) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean exclamationOrQuestionBeforeLowerCase(String text, int end, int b) {
    int last = end;
    while (last > 0 && isClosing(text.charAt(last - 1))) {
      last--;
    }
    if (last == 0 || (text.charAt(last - 1) != '!' && text.charAt(last - 1) != '?')) {
      return false;
    }
    return b < text.length() && Character.isLowerCase(text.codePointAt(b));
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '\u00BB';
  }
}
