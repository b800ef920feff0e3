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
    String prepared = joinWrappedLines(text);
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
    if (text.indexOf('\n') < 0 || medianLineLength(text) >= PARAGRAPH_PER_LINE) {
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

  private static int medianLineLength(String text) {
    int[] lengths = text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
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
