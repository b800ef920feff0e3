package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.corpustoolkit.corpus.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceSplitter.PartEdges}: when it says that the parts of a text split on their own give
 * the sentences of the whole text, they do, token by token; and it says so for most cuts of ordinary
 * text.
 */
class PartEdgesTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final TextProcessor processor = new TextProcessor(TextSettings.defaults(), vocabulary);

  /** Each token of {@code text} as "offset:surface#sentence", sentences numbered from {@code base}. */
  private List<String> tokens(String text, int offset, int base) {
    TokenizedDocument doc = processor.process(Document.of(0, "d", text));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      out.add((offset + doc.start(i)) + ":" + doc.surface(i) + "#" + (base + doc.sentence(i)));
    }
    return out;
  }

  /** The tokens of the parts of {@code text} cut at {@code cuts}, sentence numbers running on. */
  private List<String> partTokens(String text, int[] cuts) {
    List<String> out = new ArrayList<>();
    int base = 0;
    int from = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int to = k < cuts.length ? cuts[k] : text.length();
      String part = text.substring(from, to);
      TokenizedDocument doc = processor.process(Document.of(0, "d", part));
      out.addAll(tokens(part, from, base));
      base += doc.sentenceCount();
      from = to;
    }
    return out;
  }

  private static List<SentenceSplitter.PartEdges> edges(String text, int[] cuts) {
    List<SentenceSplitter.PartEdges> edges = new ArrayList<>();
    int from = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int to = k < cuts.length ? cuts[k] : text.length();
      edges.add(SentenceSplitter.PartEdges.of(text.substring(from, to)));
      from = to;
    }
    return edges;
  }

  private static final String[] SHORT = {"The cat sat on the mat with Dr.", "Smith, who said", "Stop!",
      "he shouted.", "J.", "R. Hartley wrote it.", "\u201CReally?\u201D she asked.",
      "e.g. this and that", "the U.S.", "Envoy came.", "  indented line", "trailing spaces   ",
      "a question?", "lower case start here.", "(a bracket) and.", "Mr.", "No.", "end", "I.",
      "\u2028 odd separator", "\u2028he went", " \r and so", "It's over... Next.", "3.5 km. Then"};
  private static final String[] ENDINGS = {" Mr.", " said!", " J.", " the end.", " no stop",
      " asked?\u201D", " e.g.", " I."};

  private static String longLine(Random random) {
    StringBuilder line = new StringBuilder();
    while (line.length() < 210) {
      line.append(SHORT[random.nextInt(SHORT.length)]).append(' ');
    }
    return line.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString();
  }

  private static String text(Random random, double longShare) {
    StringBuilder text = new StringBuilder();
    int lines = 8 + random.nextInt(25);
    String[] breaks = {"\n", "\n", "\n", "\n", "\r\n", "\n\n", "\n \n", "\n\r\n", " \n", "\r"};
    for (int i = 0; i < lines; i++) {
      text.append(random.nextDouble() < longShare ? longLine(random)
          : SHORT[random.nextInt(SHORT.length)]);
      text.append(breaks[random.nextInt(breaks.length)]);
    }
    return text.toString();
  }

  private static int[] lineFeedCuts(String text) {
    return java.util.stream.IntStream.range(1, text.length())
        .filter(i -> text.charAt(i - 1) == '\n').toArray();
  }

  @Test
  void whenTheEdgesSaySoThePartsGiveTheSentencesOfTheWholeText() {
    Random random = new Random(42);
    int judged = 0;
    int same = 0;
    for (int t = 0; t < 150; t++) {
      double longShare = new double[] {0, 0.2, 0.5, 0.8, 1}[t % 5];
      String text = text(random, longShare);
      List<String> whole = tokens(text, 0, 0);
      int[] all = lineFeedCuts(text);
      List<int[]> cutSets = new ArrayList<>();
      for (int c : all) {
        cutSets.add(new int[] {c});
      }
      for (int k = 0; k < 5 && all.length > 2; k++) {
        cutSets.add(random.ints(3, 0, all.length).distinct().sorted().map(i -> all[i]).toArray());
      }
      for (int[] cuts : cutSets) {
        List<SentenceSplitter.PartEdges> edges = edges(text, cuts);
        judged++;
        if (SentenceSplitter.PartEdges.sameSentencesAsWhole(edges)) {
          same++;
          assertThat(partTokens(text, cuts)).as("%s cut at %s", text, Arrays.toString(cuts))
              .isEqualTo(whole);
        }
        if (edges.stream().limit(cuts.length).allMatch(SentenceSplitter.PartEdges::endsWithLineFeed)) {
          assertThat(partTokens(text, cuts)).extracting(s -> s.substring(0, s.lastIndexOf('#')))
              .isEqualTo(whole.stream().map(s -> s.substring(0, s.lastIndexOf('#'))).toList());
        }
      }
    }
    assertThat(judged).isGreaterThan(1500);
    assertThat(same).as("cuts judged exact").isGreaterThan(judged / 10);
  }

  @Test
  void aLineEndingWithAnAbbreviationIsNoSentenceEndInParagraphPerLineText() {
    String line = "word ".repeat(45);
    String text = line + "a letter from Dr.\nSmith came. " + line + "\n";
    int cut = text.indexOf('\n') + 1;
    assertThat(SentenceSplitter.PartEdges.sameSentencesAsWhole(edges(text, new int[] {cut})))
        .isFalse();
    // and indeed the whole text has one sentence across the line break, the parts two
    assertThat(partTokens(text, new int[] {cut})).isNotEqualTo(tokens(text, 0, 0));
    String plain = line + "a letter came.\nSmith came. " + line + "\n";
    int plainCut = plain.indexOf('\n') + 1;
    assertThat(SentenceSplitter.PartEdges.sameSentencesAsWhole(edges(plain, new int[] {plainCut})))
        .isTrue();
  }

  @Test
  void hardWrappedTextIsCutOnlyAfterABlankLine() {
    String text = "The first paragraph\nwraps here.\n\nThe second one\nwraps too.\n";
    int afterBlank = text.indexOf("\n\n") + 2;
    int insideParagraph = text.indexOf('\n') + 1;
    assertThat(SentenceSplitter.PartEdges.sameSentencesAsWhole(edges(text, new int[] {afterBlank})))
        .isTrue();
    assertThat(SentenceSplitter.PartEdges.sameSentencesAsWhole(
        edges(text, new int[] {insideParagraph}))).isFalse();
  }

  @Test
  void aPartWhoseMedianLineDiffersFromTheWholeTextsIsNotJudgedExact() {
    String longLine = "word ".repeat(45) + "end.";
    // whole text: 3 long lines and 2 short ones -> one paragraph per line; the second part alone
    // (2 short lines) would be read as hard-wrapped
    String text = longLine + "\n" + longLine + "\n" + longLine + "\n\nshort one\nshort two\n";
    int cut = text.indexOf("\n\n") + 2;
    assertThat(SentenceSplitter.LineCounts.of(text).joinsLines()).isFalse();
    assertThat(SentenceSplitter.LineCounts.of(text.substring(cut)).joinsLines()).isTrue();
    assertThat(SentenceSplitter.PartEdges.sameSentencesAsWhole(edges(text, new int[] {cut})))
        .isFalse();
  }

  /** The median rule as it was written before LineCounts, to check the two agree. */
  private static boolean joinsByMedian(String text) {
    int[] lengths = text.lines().filter(l -> !l.isBlank()).mapToInt(String::length).sorted()
        .toArray();
    int median = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
    return text.indexOf('\n') >= 0 && median < 200;
  }

  @Test
  void lineLayoutAgreesWithTheMedianLineLengthAndAddsUpOverParts() {
    Random random = new Random(7);
    for (int t = 0; t < 500; t++) {
      String text = text(random, random.nextDouble());
      if (t % 7 == 0) {
        text = text.replace('\n', '\r');
      }
      SentenceSplitter.LineCounts layout = SentenceSplitter.LineCounts.of(text);
      assertThat(layout.joinsLines()).as(text).isEqualTo(joinsByMedian(text));
      int[] cuts = lineFeedCuts(text);
      if (cuts.length > 0) {
        int cut = cuts[random.nextInt(cuts.length)];
        assertThat(SentenceSplitter.LineCounts.of(text.substring(0, cut))
            .plus(SentenceSplitter.LineCounts.of(text.substring(cut)))).isEqualTo(layout);
      }
    }
    assertThat(SentenceSplitter.LineCounts.of("").joinsLines()).isFalse();
    assertThat(SentenceSplitter.LineCounts.of("\n\n").joinsLines()).isTrue();
  }
}
