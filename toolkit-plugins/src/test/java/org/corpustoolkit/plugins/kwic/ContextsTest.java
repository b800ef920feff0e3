package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextsTest {

  @Test
  void cleaningFoldsWhitespaceRunsAndControlCharactersIntoOneSpace() {
    assertThat(Contexts.clean("  a\tb\r\n\nc \u00a0 d\u0007e\u2003 ")).isEqualTo("a b c d e");
    assertThat(Contexts.clean("plain words, as most are")).isEqualTo("plain words, as most are");
    assertThat(Contexts.clean("\u674e\u514b\u5f37 \ud835\udc00\u3000x")).isEqualTo("\u674e\u514b\u5f37 \ud835\udc00 x");
  }

  /** The fast path for already clean slices gives exactly what cleaning the substring gives. */
  @Test
  void cleaningASliceEqualsCleaningTheSubstring() {
    List<String> texts = List.of("the cat sat", " the cat", "the cat ", "the  cat", "the\ncat",
        "the\u00a0cat", "the\u2028cat", "caf\u00e9 \u674e \ud83d\ude00 x", "a\u007fb", "a\u0085b",
        "\u3000", "", "x", "tab\there", "don\u2019t stop \u2014 ever");
    for (String text : texts) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertThat(Contexts.clean(text, from, to)).as(text + " [" + from + "," + to + ")")
              .isEqualTo(Contexts.clean(text.substring(from, to)));
        }
      }
    }
  }
}
