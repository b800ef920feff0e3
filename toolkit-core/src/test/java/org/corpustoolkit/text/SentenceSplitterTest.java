package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    int[] starts = splitter.starts(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : text.length();
      String sentence = text.substring(starts[i], end).strip();
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  @Test
  void plainSentences() {
    assertThat(sentences("One sentence. Another one! A third? Yes."))
        .containsExactly("One sentence.", "Another one!", "A third?", "Yes.");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(sentences("Mr. Smith met Dr. Jones at 5 p.m. yesterday. Then the U.S. envoy left."))
        .containsExactly("Mr. Smith met Dr. Jones at 5 p.m. yesterday.", "Then the U.S. envoy left.");
    assertThat(sentences("He works for the U.S. Senate now. She does not."))
        .containsExactly("He works for the U.S. Senate now.", "She does not.");
  }

  @Test
  void quotesStayWithTheirSentence() {
    assertThat(sentences("She said “Go home.” He went."))
        .containsExactly("She said “Go home.”", "He went.");
  }

  @Test
  void repeatedPunctuationAndEllipses() {
    assertThat(sentences("Really?! Yes... well, maybe. Fine."))
        .containsExactly("Really?!", "Yes... well, maybe.", "Fine.");
  }

  @Test
  void chineseAndJapaneseFullStops() {
    assertThat(sentences("今日は晴れです。明日は雨です。")).containsExactly("今日は晴れです。", "明日は雨です。");
  }

  @Test
  void hardWrappedLinesAreJoinedAndBlankLinesEndParagraphs() {
    String text = "This sentence is wrapped\nover two lines\n\nA heading without a stop\n\nNext.";
    assertThat(sentences(text)).containsExactly("This sentence is wrapped\nover two lines",
        "A heading without a stop", "Next.");
  }

  @Test
  void oneParagraphPerLineTextBreaksAtEveryLine() {
    String longLine = "word ".repeat(50) + "and it stops without punctuation";
    String text = longLine + "\n" + longLine + ".\n";
    assertThat(sentences(text)).hasSize(2);
  }

  @Test
  void initialsDoNotEndSentences() {
    assertThat(sentences("J. R. Hartley wrote it. His friend, E. M. Forsyth, did not."))
        .containsExactly("J. R. Hartley wrote it.", "His friend, E. M. Forsyth, did not.");
    assertThat(sentences("He served in World War I. Later he farmed."))
        .containsExactly("He served in World War I.", "Later he farmed.");
  }

  @Test
  void exclamationOrQuestionBeforeLowerCaseContinues() {
    assertThat(sentences("\"Stop!\" he shouted. \u201CWhy?\u201D she asked. Nobody answered!"))
        .containsExactly("\"Stop!\" he shouted.", "\u201CWhy?\u201D she asked.", "Nobody answered!");
  }
}
