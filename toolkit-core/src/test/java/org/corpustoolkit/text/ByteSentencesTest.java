package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.TokenFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When the word ids come from the byte path ({@link Utf8WordScanner}), so do their sentence numbers
 * ({@link TokenizedDocument#wordSentences()}) and the sentence count, from the token offsets the scan
 * records: they must be those of the full tokenizer path, on texts that mix ASCII, accented Latin,
 * CJK, emoji (two UTF-16 units, four bytes), URLs, e-mail addresses, abbreviations, {@code ?} and
 * {@code !} with quotes, blank lines, and both line layouts; with and without token filters; whether
 * the scan recorded its offsets at once or had to scan again.
 */
class ByteSentencesTest {
  private static final String[] PIECES = {
      "the", "cat", "Sat", "on", "a", "Mat", "mr", "Mr.", "Mr. Smith", "Dr.", "U.S.", "the U.S. envoy",
      "J.", "J. R. Hartley", "I.", "e.g.", "p.m.", "end.", "stop!", "Why?", "\"Go!\" he said",
      "\"Why?\" She", "'", "\u201D", ")", ".", "?", "!", "...", ",", ";", "x", "word".repeat(30),
      "Upper", "lower", "42", "3,200", "3.5", "COVID-19", "caf\u00E9", "\u00E9t\u00E9.", "Stra\u00DFe",
      "na\u00EFve?", "\u4ECA\u65E5\u306F\u3002", "\u674E\u514B\u5F37", "\u6771\u4EAC\u306B\u884C\u304D",
      "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD!", "e\u0301", "https://ex.org/p?q=1.", "www.example.com",
      "me@x.org.", "mail@ex.co.uk?", "a\u00A0b", "\u2019s", "__init__", "x://y", "@", "\u2014",
      "\u2026", "\u201CQuoted.\u201D", "(see p. 4)", "No. 5", "\t"};
  private static final String[] BREAKS = {" ", " ", " ", " ", "  ", "\n", "\n", "\r\n", "\n\n",
      "\r\n\r\n", " \n", "\n ", "\n\n\n", "\u2028", "\r", "\u3000", "\u0085"};

  /** A random text of sentence-like pieces; sometimes with lines of 200 characters or more. */
  static String randomText(Random random) {
    int pieces = 1 + random.nextInt(60);
    boolean longLines = random.nextInt(3) == 0;
    StringBuilder sb = new StringBuilder();
    int lineStart = 0;
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      String next = BREAKS[random.nextInt(BREAKS.length)];
      if (longLines && next.indexOf('\n') >= 0 && sb.length() - lineStart < 200) {
        next = " "; // one paragraph per line: keep the line going to 200 characters
      }
      sb.append(next);
      if (next.indexOf('\n') >= 0) {
        lineStart = sb.length();
      }
    }
    if (random.nextInt(4) == 0) {
      sb.setLength(Math.max(0, sb.length() - 1 - random.nextInt(3))); // no final break
      if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
        sb.setLength(sb.length() - 1);
      }
    }
    return sb.toString();
  }

  /** The word sentences and sentence count by the tokens of a document that tokenizes first. */
  private static int[] bySlowPath(TextProcessor processor, Document document) {
    TokenizedDocument slow = processor.process(document);
    slow.size(); // tokenizes first, so nothing comes from the byte path
    int[] out = Arrays.copyOf(slow.wordSentences(), slow.wordSentences().length + 1);
    out[out.length - 1] = slow.sentenceCount();
    return out;
  }

  /**
   * Asserts that byte-path documents of {@code text} give the word sentences and sentence count of
   * the tokens, asking in the orders analysers ask: word ids first, then sentences (n-grams);
   * sentences first; word ids then the sentence count (corpus info).
   */
  private static void assertSameSentences(TextProcessor bytes, TextProcessor chars, String text) {
    Document document = Document.of(0, "t", text);
    int[] expected = bySlowPath(chars, document);
    int[] expectedWords = Arrays.copyOf(expected, expected.length - 1);
    int expectedCount = expected[expected.length - 1];

    TokenizedDocument idsFirst = bytes.process(document);
    int words = idsFirst.wordIds().length;
    assertThat(idsFirst.wordSentences()).as("word sentences of %s", text).isEqualTo(expectedWords);
    assertThat(idsFirst.sentenceCount()).as("sentences of %s", text).isEqualTo(expectedCount);
    assertThat(words).isEqualTo(expectedWords.length);

    TokenizedDocument sentencesFirst = bytes.process(document);
    assertThat(sentencesFirst.wordSentences()).as("word sentences of %s", text)
        .isEqualTo(expectedWords);
    assertThat(sentencesFirst.wordIds()).hasSize(expectedWords.length);
    assertThat(sentencesFirst.sentenceCount()).isEqualTo(expectedCount);

    TokenizedDocument countOnly = bytes.process(document);
    countOnly.wordCount();
    assertThat(countOnly.sentenceCount()).as("sentences of %s", text).isEqualTo(expectedCount);
    assertThat(countOnly.wordSentences()).isEqualTo(expectedWords);
  }

  /** The offsets the scanner records are the tokenizer's, token by token, in UTF-16 units. */
  private static void assertSameOffsets(TextProcessor processor, Utf8WordScanner scanner, String text) {
    Tokenizer.Tokens tokens = new Tokenizer().tokenize(text);
    byte[] utf8 = Utf8Text.encode(text);
    Object owner = new Object();
    Utf8WordScanner.Words words = scanner.scan(utf8, utf8.length, owner);
    assertThat(scanner.recordedFor(owner)).isTrue();
    int n = tokens.size();
    assertThat(words.tokens()).isEqualTo(n);
    assertThat(Arrays.copyOf(scanner.recordedStarts(), n)).as("starts in %s", text)
        .isEqualTo(Arrays.copyOf(tokens.startsArray(), n));
    assertThat(Arrays.copyOf(scanner.recordedEnds(), n)).as("ends in %s", text)
        .isEqualTo(Arrays.copyOf(tokens.endsArray(), n));
    int[] wordTokens = Arrays.copyOf(scanner.recordedWordTokens(), words.ids().length);
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (tokens.kind(i).isWord()) {
        assertThat(wordTokens[w++]).as("word %s of %s", w, text).isEqualTo(i);
      }
    }
    assertThat(w).isEqualTo(wordTokens.length);
    assertThat(processor).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mr. Smith went to Washington. He saw the U.S. envoy! \"Why?\" she asked. Fine.",
      "\u4ECA\u65E5\u306F\u3002 \u00C9t\u00E9 \u00E0 Paris. \uD83D\uDE00 Next one? Yes! ok",
      "See https://ex.org/a?b=1. Then mail me@x.org! Or www.example.com? no.",
      "line one\nline two\n\nnew paragraph. \r\n\r\nlast\u2028line",
      "", " ", ".", "a", "\n\n", "?!", "\uD83D\uDE00", "Dr. No. 5 p.m. J. R. Hartley I. am"})
  void examplesAgree(String text) {
    TextSettings settings = TextSettings.defaults();
    Vocabulary vocabulary = new Vocabulary();
    assertSameSentences(new TextProcessor(settings, vocabulary), new TextProcessor(settings, vocabulary),
        text);
    assertSameSentences(new TextProcessor(settings, vocabulary), new TextProcessor(settings, vocabulary),
        text + "\n" + "long line ".repeat(30) + "\n" + text);
  }

  @Test
  void randomTextsAgree() {
    Random random = new Random(20261129L);
    Vocabulary vocabulary = new Vocabulary();
    TextSettings settings = TextSettings.defaults();
    TextProcessor bytes = new TextProcessor(settings, vocabulary); // records after the first text
    TextProcessor chars = new TextProcessor(settings, vocabulary);
    for (int round = 0; round < 4000; round++) {
      String text = randomText(random);
      assertSameSentences(bytes, chars, text);
      if (round % 10 == 0) {
        // a fresh processor: the first scan does not record, so the sentences scan again
        assertSameSentences(new TextProcessor(settings, vocabulary), chars, text);
      }
    }
  }

  @Test
  void recordedOffsetsAreTheTokenizers() {
    Random random = new Random(31L);
    TextProcessor processor = new TextProcessor(TextSettings.defaults(), new Vocabulary());
    Utf8WordScanner scanner = new Utf8WordScanner(processor, new Tokenizer(), null);
    for (int round = 0; round < 3000; round++) {
      assertSameOffsets(processor, scanner, randomText(random));
    }
  }

  @Test
  void filtersThatDropWordsKeepTheSentencesOfTheOthers() {
    TokenFilter noNumbers = filter("no-numbers", (form, kind) -> kind == TokenKind.NUMBER ? null
        : form);
    TokenFilter noShort = filter("no-short", (form, kind) -> form.length() < 3 ? null : form);
    TextSettings settings = TextSettings.defaults().withFilters(List.of(noNumbers, noShort));
    Vocabulary vocabulary = new Vocabulary();
    TextProcessor bytes = new TextProcessor(settings, vocabulary);
    TextProcessor chars = new TextProcessor(settings, vocabulary);
    assertSameSentences(bytes, chars, "It is 42. No. 5 is on. The U.S. is far! a b c. \u674E 3.5 x.");
    Random random = new Random(5L);
    for (int round = 0; round < 1500; round++) {
      assertSameSentences(bytes, chars, randomText(random));
    }
  }

  @Test
  void caseSensitiveSettingsAgree() {
    TextSettings settings = new TextSettings(true, Set.of(), "en");
    Vocabulary vocabulary = new Vocabulary();
    TextProcessor bytes = new TextProcessor(settings, vocabulary);
    TextProcessor chars = new TextProcessor(settings, vocabulary);
    Random random = new Random(9L);
    for (int round = 0; round < 500; round++) {
      assertSameSentences(bytes, chars, randomText(random));
    }
  }

  @Test
  void sentencesOfAKnownText() {
    TextProcessor processor = new TextProcessor(TextSettings.defaults(), new Vocabulary());
    String text = "Mr. Smith came. \"Why?\" she asked. \u00C9t\u00E9 \uD83D\uDE00 ended. "
        + "Go to https://x.org/?Q=1 now. Ok!";
    // a URL is not a word; ICU's boundary after its "?" falls inside it and does not count
    TokenizedDocument doc = processor.process(Document.of(0, "t", text));
    assertThat(doc.wordIds()).hasSize(12);
    assertThat(doc.wordSentences()).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5);
    assertThat(doc.sentenceCount()).isEqualTo(5);
    TokenizedDocument tokenized = processor.process(Document.of(0, "t", text));
    tokenized.size();
    assertThat(tokenized.wordSentences()).isEqualTo(doc.wordSentences());
  }

  private static TokenFilter filter(String name,
      java.util.function.BiFunction<String, TokenKind, String> apply) {
    return TestFilters.of(name, apply);
  }
}
