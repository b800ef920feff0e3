package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corpustoolkit.corpus.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
  private final TextProcessor processor = new TextProcessor(TextSettings.defaults(), new Vocabulary());

  private List<Token> tokens(String text) {
    return processor.process(Document.of(0, "t", text)).tokens();
  }

  private List<String> surfaces(String text) {
    return tokens(text).stream().map(Token::surface).toList();
  }

  @ParameterizedTest(name = "{0} is one token")
  @CsvSource(delimiter = '|', value = {
      "Moscow’s|word", "Moscow's|word", "don't|word", "3,200km|word", "U.S.|word", "p.m.|word",
      "3.5|number", "2020|number", "COVID-19|word", "China-Russia|word", "time-to-target|word",
      "42nd|word", "naïve|word", "Straße|word"})
  void keepsTogether(String text, String kind) {
    List<Token> tokens = tokens(text);
    assertThat(tokens).extracting(Token::surface, t -> t.kind().label())
        .containsExactly(tuple(text, kind));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  Hello, “world”!";
    for (Token t : tokens(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
    }
    assertThat(tokens(text)).extracting(Token::surface, Token::start, Token::end, Token::kind)
        .containsExactly(
            tuple("Hello", 2, 7, TokenKind.WORD),
            tuple(",", 7, 8, TokenKind.PUNCTUATION),
            tuple("“", 9, 10, TokenKind.PUNCTUATION),
            tuple("world", 10, 15, TokenKind.WORD),
            tuple("”", 15, 16, TokenKind.PUNCTUATION),
            tuple("!", 16, 17, TokenKind.PUNCTUATION));
  }

  @Test
  void whitespaceIsNotAToken() {
    assertThat(surfaces("a \t\n b\u00A0c\u3000d")).containsExactly("a", "b", "c", "d");
  }

  @Test
  void hyphenWithSpacesIsPunctuation() {
    assertThat(tokens("war - peace")).extracting(Token::surface, Token::kind).containsExactly(
        tuple("war", TokenKind.WORD), tuple("-", TokenKind.PUNCTUATION),
        tuple("peace", TokenKind.WORD));
    assertThat(surfaces("well—known")).containsExactly("well", "—", "known");
  }

  @Test
  void urlsAndEmailsAreOneToken() {
    assertThat(tokens("See https://example.org/a?b=1, or write to me@x.org.")).extracting(
        Token::surface, Token::kind).containsExactly(
            tuple("See", TokenKind.WORD),
            tuple("https://example.org/a?b=1", TokenKind.URL),
            tuple(",", TokenKind.PUNCTUATION),
            tuple("or", TokenKind.WORD),
            tuple("write", TokenKind.WORD),
            tuple("to", TokenKind.WORD),
            tuple("me@x.org", TokenKind.EMAIL),
            tuple(".", TokenKind.PUNCTUATION));
  }

  @Test
  void emojiAreSymbolsNotWords() {
    List<Token> tokens = tokens("nice 😀 👍🏽 $5");
    assertThat(tokens).extracting(Token::surface, Token::kind).containsExactly(
        tuple("nice", TokenKind.WORD), tuple("😀", TokenKind.SYMBOL), tuple("👍🏽", TokenKind.SYMBOL),
        tuple("$", TokenKind.SYMBOL), tuple("5", TokenKind.NUMBER));
  }

  @Test
  void chineseIsSegmentedIntoWordsWithTheDictionary() {
    List<Token> tokens = tokens("我们在北京大学学习中文。");
    assertThat(tokens).allSatisfy(t -> assertThat(t.kind())
        .isIn(TokenKind.IDEOGRAPHIC, TokenKind.PUNCTUATION));
    List<String> words = tokens.stream().filter(Token::isWord).map(Token::surface).toList();
    assertThat(String.join("", words)).isEqualTo("我们在北京大学学习中文");
    assertThat(words).hasSizeLessThan(11).contains("我们", "学习", "中文");
  }

  @Test
  void japaneseMixesKanjiAndKana() {
    List<Token> tokens = tokens("私は東京に行きました。");
    assertThat(tokens).extracting(Token::surface).contains("東京", "私", "は");
    assertThat(tokens).filteredOn(t -> t.surface().equals("は")).extracting(Token::kind)
        .containsExactly(TokenKind.KANA);
    assertThat(tokens).filteredOn(t -> t.surface().equals("東京")).extracting(Token::kind)
        .containsExactly(TokenKind.IDEOGRAPHIC);
  }

  @Test
  void thaiIsSegmentedWithTheDictionary() {
    List<String> words = surfaces("ภาษาไทยง่ายนิดเดียว");
    assertThat(words).containsExactly("ภาษา", "ไทย", "ง่าย", "นิด", "เดียว");
  }

  @Test
  void seedNamesAreWordTokens() {
    List<Token> tokens = tokens("Li Keqiang (李克強) met");
    assertThat(tokens).filteredOn(t -> "李克強".contains(t.surface()))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.kind()).isEqualTo(TokenKind.IDEOGRAPHIC));
    assertThat(tokens.stream().filter(t -> t.kind() == TokenKind.IDEOGRAPHIC).map(Token::surface)
        .reduce("", String::concat)).isEqualTo("李克強");
  }

  @Test
  void countingFormFoldsCaseApostrophesAndNormalises() {
    assertThat(tokens("Moscow’s MOSCOW'S Moscowʼs")).extracting(Token::form)
        .containsExactly("moscow's", "moscow's", "moscow's");
    assertThat(tokens("STRASSE Straße")).extracting(Token::form).containsExactly("strasse", "strasse");
    assertThat(tokens("cafe\u0301")).extracting(Token::form).containsExactly("café");
  }
}
