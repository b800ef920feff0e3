package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ASCII fast path must give exactly the tokens of ICU over the whole text. */
class TokenizerFastPathTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private static List<String> describe(String text, Tokenizer.Tokens tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.start(i) + "-" + tokens.end(i) + ":" + tokens.kind(i) + ":"
          + text.substring(tokens.start(i), tokens.end(i)));
    }
    return out;
  }

  private void assertSamePaths(String text) {
    assertThat(describe(text, tokenizer.tokenize(text)))
        .as("tokens of %s", text)
        .isEqualTo(describe(text, tokenizer.tokenizeWithIcu(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a:b a.b a'b 3,200 3.5 3;5 1'000 a,b foo_bar _x __ x_ 3_4 a.b. 'tis tis' a--b ... 3.",
      "a1 1a a.1 1.a 1,a a,1 a;b 3:4 $5 #tag @x a%b a&b a/b a.b.c a'b'c a''b e.g. U.S.A.",
      "x.y_z a_.b 1_000 1.2.3 1,2,3 COVID-19 China-Russia -x x- 3-4 a-1 well--known",
      "Mr. Smith's co-op paid US$3,200 for tickets at 5 p.m. -- see https://example.org/a?b=1!",
      "Moscow’s 李克強 東京に行きました。 ภาษาไทยง่าย café naïve e\u0301 Straße 😀 👍🏽 a\u00A0b",
      "mail me@x.org or www.example.com, (http://x.y/z). \"quoted\" [brackets] {braces}",
      "tab\tseparated\r\nlines\u000Bvertical\fform \u3000ideographic-space \u200Bzero-width"})
  void fastPathEqualsIcu(String text) {
    assertSamePaths(text);
  }

  @Test
  void randomTextAgreesTokenForToken() {
    String alphabet = "aaabbcdeXYZ0123456789  \t\n.,;:'\"-_@/!?()$%&#*+=<>[]{}~`^|\\"
        + "éßçñ’—…“”李東に😀\u00A0\u0301";
    Random random = new Random(20261129L);
    for (int round = 0; round < 3000; round++) {
      int length = 1 + random.nextInt(40);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
        sb.appendCodePoint(cp);
      }
      if (random.nextInt(20) == 0) {
        sb.append(" www.a.bc ");
      }
      if (random.nextInt(20) == 0) {
        sb.insert(0, "see https://ex.org/p?q=1 ");
      }
      assertSamePaths(sb.toString());
    }
  }
}
