package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The splitter reads the text's characters from an array it reuses, with wrapped lines joined in place
 * and the break iterator reading the array: it must find the sentence starts that it found when it
 * worked on {@code String}s (kept here, as it was, as the oracle), for texts of every length in any
 * order (a long text then a short one reuses a buffer holding the end of the long one).
 */
class SentenceSplitterArrayTest {

  /** The splitter as it was, on {@code String}s. */
  private static final class StringSplitter {
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

    int[] starts(String text, boolean hardWrapped) {
      String prepared = hardWrapped ? joinWrappedLines(text) : text;
      sentences.setText(prepared);
      int[] starts = new int[16];
      int count = 0;
      starts[count++] = 0;
      for (int b = sentences.next(); b != BreakIterator.DONE && b < text.length();
          b = sentences.next()) {
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
        int last = end;
        while (last > 0 && isClosing(text.charAt(last - 1))) {
          last--;
        }
        if (last == 0 || (text.charAt(last - 1) != '!' && text.charAt(last - 1) != '?')) {
          return false;
        }
        return b < text.length() && Character.isLowerCase(text.codePointAt(b));
      }
      int start = end - 1;
      while (start > 0
          && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
        start--;
      }
      String word = text.substring(start, end - 1);
      if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && !word.equals("I")) {
        return true;
      }
      return SentenceSplitter.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isClosing(char c) {
      return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
          || c == '\u00BB';
    }
  }

  @Test
  void sameStartsAsOnStrings() {
    Random random = new Random(1129L);
    SentenceSplitter splitter = new SentenceSplitter();
    StringSplitter oracle = new StringSplitter();
    for (int round = 0; round < 4000; round++) {
      String text = ByteSentencesTest.randomText(random);
      if (round % 7 == 0) {
        text = text + text + text; // longer texts, so the buffer grows and shorter ones reuse it
      }
      boolean hardWrapped = text.indexOf('\n') >= 0 && SentenceSplitter.isHardWrapped(text);
      assertThat(splitter.starts(text)).as("starts of %s", text)
          .isEqualTo(oracle.starts(text, hardWrapped));
      assertThat(splitter.starts(text, !hardWrapped)).as("other layout of %s", text)
          .isEqualTo(oracle.starts(text, !hardWrapped));
    }
  }

  @Test
  void aShortTextAfterALongOneSeesOnlyItself() {
    SentenceSplitter splitter = new SentenceSplitter();
    splitter.starts("One line.\nTwo lines. " + "Words go on and on. ".repeat(50));
    assertThat(splitter.starts("Mr.")).containsExactly(0);
    assertThat(splitter.starts("Hi. Mr.")).containsExactly(0, 4);
    assertThat(splitter.starts("")).containsExactly(0);
    // ICU breaks after each line feed of the blank line; the first break starts an empty sentence
    assertThat(splitter.starts("Wrapped\nline. Next\n\nParagraph", true))
        .containsExactly(0, 14, 19, 20)
        .isEqualTo(new StringSplitter().starts("Wrapped\nline. Next\n\nParagraph", true));
  }

  /** The median rule: the sorted lengths of the non-blank lines ({@link String#lines()}). */
  private static boolean medianBelow200(String text) {
    int[] lengths = text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).sorted()
        .toArray();
    return (lengths.length == 0 ? 0 : lengths[lengths.length / 2]) < 200;
  }

  @Test
  void theLayoutOfTheArrayIsTheMedianRule() {
    Random random = new Random(77L);
    String[] blanks = {"", " ", "\t", "\u3000", " \u2028 ", "\u00A0"};
    String[] breaks = {"\n", "\r\n", "\r", "\n\n"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int lines = 1 + random.nextInt(9);
      for (int l = 0; l < lines; l++) {
        if (random.nextInt(4) == 0) {
          sb.append(blanks[random.nextInt(blanks.length)]);
        } else {
          sb.append(blanks[random.nextInt(blanks.length)]);
          sb.append("x\u00E9 ".repeat(70 + random.nextInt(30)), 0, 190 + random.nextInt(20));
        }
        if (l + 1 < lines || random.nextBoolean()) {
          sb.append(breaks[random.nextInt(breaks.length)]);
        }
      }
      String text = sb.toString();
      SentenceSplitter.LineLayout layout = new SentenceSplitter.LineLayout();
      layout.add(text.toCharArray(), text.length());
      assertThat(layout.isHardWrapped()).as(text).isEqualTo(medianBelow200(text));
      assertThat(SentenceSplitter.isHardWrapped(text)).isEqualTo(medianBelow200(text));
    }
  }
}
