package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Splitting a text in parts as a whole: the layout measured piece by piece equals the layout of the
 * whole, and cutting at a safe cut changes no sentence start, whatever text surrounds the part in
 * which the cut was found.
 */
class SentenceSplitterPartsTest {
  private static final String[] PIECES = {
      "the", "cat", "Sat", "on", "a", "Mat", "mr", "Mr.", "Dr.", "U.S.", "J.", "I.", "e.g.", "p.m.",
      "end.", "stop!", "Why?", "\"Go!\"", "'", "\u201D", ")", ".", "?", "!", "...", ",", ";", "x",
      "word".repeat(30), "Upper", "lower", "42", "\u00E9t\u00E9", "\u4ECA\u65E5\u306F\u3002", "\t"};
  private static final String[] BREAKS = {" ", " ", " ", " ", "  ", "\n", "\n", "\r\n", "\n\n",
      "\r\n\r\n", " \n", "\n ", "\n\n\n", "\u2028", "\r"};

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      sb.append(BREAKS[random.nextInt(BREAKS.length)]);
    }
    return sb.toString();
  }

  /** The median rule as it was: the sorted lengths of the non-blank lines. */
  private static boolean medianBelow200(String text) {
    int[] lengths = text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).sorted()
        .toArray();
    return (lengths.length == 0 ? 0 : lengths[lengths.length / 2]) < 200;
  }

  @Test
  void theLayoutFedInPiecesIsTheLayoutOfTheWhole() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      String text = randomText(random, 1 + random.nextInt(40));
      SentenceSplitter.LineLayout layout = new SentenceSplitter.LineLayout();
      int at = 0;
      while (at < text.length()) {
        int next = Math.min(text.length(), at + 1 + random.nextInt(30));
        layout.add(text.subSequence(at, next));
        at = next;
      }
      assertThat(layout.isHardWrapped()).as(text).isEqualTo(medianBelow200(text));
      assertThat(SentenceSplitter.isHardWrapped(text)).isEqualTo(medianBelow200(text));
    }
  }

  @Test
  void theLayoutIsTheMedianLineLength() {
    String shortLine = "short line\n";
    String longLine = "x".repeat(200) + "\n";
    assertThat(SentenceSplitter.isHardWrapped(shortLine + longLine)).isFalse(); // median: element 1
    assertThat(SentenceSplitter.isHardWrapped(shortLine + shortLine + longLine)).isTrue();
    assertThat(SentenceSplitter.isHardWrapped(shortLine + longLine + "\n  \n\n" + longLine))
        .isFalse();
    assertThat(SentenceSplitter.isHardWrapped("")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void cuttingAtASafeCutChangesNoSentence(boolean hardWrapped) {
    SentenceSplitter splitter = new SentenceSplitter();
    Random random = new Random(hardWrapped ? 11 : 12);
    int cuts = 0;
    for (int round = 0; round < 1500; round++) {
      String text = randomText(random, 2 + random.nextInt(40));
      int[] whole = splitter.starts(text, hardWrapped);
      // a window of the text, as a part of a larger document would be seen alone
      int from = random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      String window = text.substring(from, to);
      for (int at = 0; at <= window.length(); at++) {
        if (!SentenceSplitter.isSafeCut(window, at, hardWrapped)) {
          continue;
        }
        cuts++;
        int cut = from + at;
        List<Integer> expected = new ArrayList<>();
        for (int s : splitter.starts(text.substring(0, cut), hardWrapped)) {
          expected.add(s);
        }
        for (int s : splitter.starts(text.substring(cut), hardWrapped)) {
          expected.add(cut + s);
        }
        assertThat(Arrays.stream(whole).boxed().toList())
            .as("cut at %d of %s", cut, text.replace("\n", "\\n").replace("\r", "\\r"))
            .isEqualTo(expected);
      }
    }
    assertThat(cuts).isGreaterThan(1000);
  }

  @Test
  void safeCutsAreAfterBlankLinesOrSentenceEndingLineBreaks() {
    assertThat(SentenceSplitter.isSafeCut("a b\n\nc", 5, true)).isTrue();
    assertThat(SentenceSplitter.isSafeCut("a b\r\n\r\nc", 7, true)).isTrue();
    assertThat(SentenceSplitter.isSafeCut("a b.\nC", 5, true)).isFalse(); // wrapped: a space
    assertThat(SentenceSplitter.isSafeCut("a b.\nC", 5, false)).isTrue();
    assertThat(SentenceSplitter.isSafeCut("a b\nC", 4, false)).isTrue();
    assertThat(SentenceSplitter.isSafeCut("see Mr.\nSmith", 8, false)).isFalse();
    assertThat(SentenceSplitter.isSafeCut("\"Go!\"\nhe said", 6, false)).isFalse();
    assertThat(SentenceSplitter.isSafeCut("\"Go!\"\nHe said", 6, false)).isTrue();
    assertThat(SentenceSplitter.isSafeCut("\")\nhe said", 3, false)).isFalse(); // "!" before it?
    assertThat(SentenceSplitter.isSafeCut("a b\n c", 4, false)).isFalse();
    assertThat(SentenceSplitter.isSafeCut("a b\n", 4, false)).isFalse(); // nothing after it
  }
}
