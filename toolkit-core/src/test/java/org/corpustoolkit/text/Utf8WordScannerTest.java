package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.TokenFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte path ({@link Utf8WordScanner}, taken when an analyser asks only for word ids) must give the
 * word forms and token count of the tokenizer: the forms of {@code wordIds()} on a fresh document equal
 * the forms of the word tokens of the tokenized document, in order, and {@code size()} is the same.
 */
class Utf8WordScannerTest {
  private static final String ALPHABET = "aaabbcdeXYZwwW0123456789  \t\n.,;:'\"-_@/!?()$%&#*+=<>[]{}~`^|\\"
      + "éßçñ’—…“”李東に😀\u00A0\u0301\u0001\u007F\u0085\uFFFD";

  private static List<String> forms(Vocabulary vocabulary, int[] ids) {
    List<String> out = new ArrayList<>();
    for (int id : ids) {
      out.add(vocabulary.form(id));
    }
    return out;
  }

  /** Two processors of one vocabulary: one for the byte path, one for the tokens. */
  private record Paths(Vocabulary vocabulary, TextProcessor bytes, TextProcessor chars) {
    Paths(TextSettings settings, Vocabulary vocabulary) {
      this(vocabulary, new TextProcessor(settings, vocabulary), new TextProcessor(settings,
          vocabulary));
    }
  }

  private static void assertSamePaths(TextSettings settings, String text) {
    assertSamePaths(new Paths(settings, new Vocabulary()), text);
  }

  /** Word forms and token count by the byte path (fresh document) and by the tokens (another one). */
  private static void assertSamePaths(Paths paths, String text) {
    Vocabulary vocabulary = paths.vocabulary();
    TextProcessor bytes = paths.bytes();
    TextProcessor chars = paths.chars();
    Document document = Document.of(0, "t", text);
    TokenizedDocument fast = bytes.process(document);
    List<String> fastForms = forms(vocabulary, fast.wordIds());
    int fastTokens = fast.size();
    TokenizedDocument slow = chars.process(document);
    slow.size(); // tokenizes first, so wordIds() come from the tokens
    List<String> slowForms = new ArrayList<>();
    for (int i = 0; i < slow.size(); i++) {
      if (slow.isWord(i)) {
        slowForms.add(slow.form(i));
      }
    }
    assertThat(fastForms).as("word forms of %s", text).isEqualTo(slowForms);
    assertThat(forms(vocabulary, slow.wordIds())).isEqualTo(slowForms);
    assertThat(fastTokens).as("tokens of %s", text).isEqualTo(slow.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a:b a.b a'b 3,200 3.5 3;5 1'000 a,b foo_bar _x __ x_ 3_4 a.b. 'tis tis' a--b ... 3.",
      "a1 1a a.1 1.a 1,a a,1 a;b 3:4 $5 #tag @x a%b a&b a/b a.b.c a'b'c a''b e.g. U.S.A.",
      "x.y_z a_.b 1_000 1.2.3 1,2,3 COVID-19 China-Russia -x x- 3-4 a-1 well--known a-b-c-1",
      "Mr. Smith's co-op paid US$3,200 for tickets at 5 p.m. -- see https://example.org/a?b=1!",
      "Moscow’s 李克強 東京に行きました。 ภาษาไทยง่าย café naïve e\u0301 Straße 😀 👍🏽 a\u00A0b",
      "mail me@x.org or www.example.com, (http://x.y/z). \"quoted\" [brackets] {braces} WWW.X.Y",
      "tab\tseparated\r\nlines\u000Bvertical\fform \u3000ideographic-space \u200Bzero-width",
      "__init__ ___ _ a_ _1 1_ a__1 x:// w ww www www. wW.x :// a:/ @ \u0001a\u0001 \u007F",
      "(see word, (x) x! \"so\" w. www. awww. (www. Www.\n\u0001abc abc\u0001 \u007Fab ab\u007F a.b. (a) ((a a))",
      "", " ", "a", "é", "U.S.", "a-", "-a", "(", "a,", ",a", "(ab"})
  void byteRouteEqualsTokens(String text) {
    assertSamePaths(TextSettings.defaults(), text);
    assertSamePaths(new TextSettings(true, Set.of(), "en"), text);
  }

  @Test
  void randomTextAgrees() {
    Random random = new Random(20261129L);
    Paths paths = new Paths(TextSettings.defaults(), new Vocabulary());
    for (int round = 0; round < 5000; round++) {
      assertSamePaths(paths, randomText(random));
    }
  }

  @Test
  void filtersDropTheSameWordsOnBothPaths() {
    TokenFilter noNumbers = filter("no-numbers", (form, kind) -> kind == TokenKind.NUMBER ? null : form);
    TokenFilter shortened = filter("cut", (form, kind) -> form.length() > 3 ? form.substring(0, 3)
        : form);
    TextSettings settings = TextSettings.defaults().withFilters(List.of(noNumbers, shortened));
    Random random = new Random(7L);
    Paths paths = new Paths(settings, new Vocabulary());
    assertSamePaths(paths, "Numbers 3,200 and 3.5 go; words are cut: tokenization é 李克強 12ab");
    for (int round = 0; round < 1000; round++) {
      assertSamePaths(paths, randomText(random));
    }
  }

  private static TokenFilter filter(String name,
      java.util.function.BiFunction<String, TokenKind, String> apply) {
    return TestFilters.of(name, apply);
  }

  private static String randomText(Random random) {
    int length = 1 + random.nextInt(40);
    StringBuilder sb = new StringBuilder();
    int count = ALPHABET.codePointCount(0, ALPHABET.length());
    for (int i = 0; i < length; i++) {
      sb.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(count))));
    }
    if (random.nextInt(20) == 0) {
      sb.append(" www.a.bc ");
    }
    if (random.nextInt(20) == 0) {
      sb.insert(0, "see https://ex.org/p?q=1 ");
    }
    return sb.toString();
  }
}
