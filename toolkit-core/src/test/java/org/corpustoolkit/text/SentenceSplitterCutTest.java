package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.corpustoolkit.text.SentenceSplitter.LineCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SentenceSplitter.LineCounts} is the splitter's own test of one paragraph per line, and a text
 * cut where {@link SentenceSplitter#separates} says so splits into the same sentences in pieces as whole.
 */
class SentenceSplitterCutTest {
  private static final String[] PIECES = {"the", "cat", "Sat", "on", "Mr.", "Dr.", "U.S.", "J.", "I.",
      "e.g.", "end.", "stop!", "why?", "\"Stop!\"", "(done.)", "said", "he", "Smith", "3.14", "naïve",
      "日本語。", "“Go.”", "etc.", "'quoted?'", "x", "A", "and", "…", "--"};
  private static final String[] GAPS = {" ", " ", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\r\n",
      "\n \n", "\n\n\n", "\t", "\r\n\r\n", "\u2029", "\r", " \n", "\n "};

  private static String text(Random random, int pieces, int longLineEvery) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (longLineEvery > 0 && random.nextInt(longLineEvery) != 0) {
        sb.append(' ');
      } else {
        sb.append(GAPS[random.nextInt(GAPS.length)]);
      }
    }
    return sb.toString();
  }

  /** The rule the splitter used before {@link LineCounts}: the median non-blank line length. */
  private static boolean medianRule(String text) {
    int[] lengths = text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).sorted().toArray();
    return (lengths.length == 0 ? 0 : lengths[lengths.length / 2]) >= 200;
  }

  @Test
  void lineLayoutIsTheMedianRuleAndAddsUpOverLineBreaks() {
    Random random = new Random(7);
    for (int round = 0; round < 400; round++) {
      String text = text(random, 20 + random.nextInt(400), random.nextInt(3) * 60);
      LineCounts layout = LineCounts.of(text);
      // a text without a line feed has no line break to join: either reading gives its sentences
      assertThat(layout.joinsLines()).as(text)
          .isEqualTo(text.indexOf('\n') >= 0 && !medianRule(text));
      int cut = text.indexOf('\n', random.nextInt(text.length())) + 1;
      if (cut > 0) {
        assertThat(LineCounts.of(text.substring(0, cut)).plus(LineCounts.of(text.substring(cut))))
            .isEqualTo(layout);
      }
    }
    assertThat(LineCounts.of("").joinsLines()).isFalse();
    assertThat(LineCounts.of("a\r\nb\rc\n \n\u2003\n")).isEqualTo(new LineCounts(3, 3, true));
    String longLine = "x".repeat(200);
    assertThat(LineCounts.of(longLine + "\nshort\n" + longLine).paragraphPerLine()).isTrue();
    assertThat(LineCounts.of(longLine + "\nshort\nshort\n" + longLine).paragraphPerLine()).isTrue();
    assertThat(LineCounts.of(longLine + "\nshort\nshort\n").paragraphPerLine()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void sentencesOfTheWholeAreThoseOfThePiecesAtASeparatingCut(boolean paragraphPerLine) {
    SentenceSplitter splitter = new SentenceSplitter();
    Random random = new Random(paragraphPerLine ? 11 : 13);
    int checked = 0;
    int refused = 0;
    for (int round = 0; round < 300; round++) {
      String text = text(random, 10 + random.nextInt(120), 0);
      int[] whole = splitter.starts(text, !paragraphPerLine);
      for (int cut = text.indexOf('\n') + 1; cut > 0 && cut < text.length();
          cut = text.indexOf('\n', cut) + 1) {
        String before = text.substring(0, cut);
        String after = text.substring(cut);
        if (!SentenceSplitter.separates(before, after, paragraphPerLine)) {
          refused++;
          continue;
        }
        checked++;
        TreeSet<Integer> joined = new TreeSet<>();
        for (int s : splitter.starts(before, !paragraphPerLine)) {
          joined.add(s);
        }
        for (int s : splitter.starts(after, !paragraphPerLine)) {
          joined.add(cut + s);
        }
        List<Integer> expected = new ArrayList<>();
        for (int s : whole) {
          expected.add(s);
        }
        assertThat(new ArrayList<>(joined)).as("cut %d of %s", cut, text).isEqualTo(expected);
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(refused).isGreaterThan(100);
  }

  @Test
  void separatingCuts() {
    assertThat(SentenceSplitter.separates("a b\n\n", "c", false)).isTrue();
    assertThat(SentenceSplitter.separates("a b\r\n\r\n", "c", false)).isTrue();
    assertThat(SentenceSplitter.separates("a b\n", "c", false)).isFalse();
    assertThat(SentenceSplitter.separates("a b.\n", "c", true)).isTrue();
    assertThat(SentenceSplitter.separates("a saw Mr.\n", "Smith", true)).isFalse();
    assertThat(SentenceSplitter.separates("a J.\n", "Smith", true)).isFalse();
    assertThat(SentenceSplitter.separates("\"Stop!\"\n", "he said", true)).isFalse();
    assertThat(SentenceSplitter.separates("x \"Stop!\"\n", "He said", true)).isTrue();
    assertThat(SentenceSplitter.separates("x Mr.\n", "\u2029Smith", true)).isFalse();
    assertThat(SentenceSplitter.separates("Mr.\n", "Smith", true)).as("too short to tell").isFalse();
    assertThat(SentenceSplitter.separates("a b", "c", true)).isFalse();
  }
}
