package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.DocumentSource;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;

/**
 * A large document read in parts gives exactly the concordance of the document read whole: the same
 * lines (sentence numbers and offsets included), counts and plot, for every kind of query and context,
 * whatever the part size and the number of threads. Parts are forced tiny here so that matches,
 * contexts and sentences cross many cuts.
 */
class KwicPartsTest {
  private static final String[] WORDS = {"the", "the", "the", "government", "Government", "of",
      "a", "an", "sat", "on", "mat", "cat", "Mr.", "Dr.", "U.S.", "J.", "said", "\"Stop!\"", "he",
      "It", "was", "na\u00efve", "\u674e", "\ud83d\ude00", "(see", "p.m.)", "42", "people's", "x"};
  private static final String[] ENDS = {".", ".", "!", "?", ".\"", ";", ":", ","};

  /** Hard-wrapped prose: lines under 80 characters, paragraphs parted by blank lines or not at all. */
  static String wrapped(Random random, int sentences, boolean blankLines, String newline) {
    StringBuilder text = new StringBuilder();
    int column = 0;
    for (int s = 0; s < sentences; s++) {
      int words = 1 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        if (w == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        if (column + word.length() > 70) {
          text.append(newline);
          column = 0;
        } else if (column > 0) {
          text.append(' ');
          column++;
        }
        text.append(word);
        column += word.length();
      }
      text.append(ENDS[random.nextInt(ENDS.length)]);
      if (blankLines && random.nextInt(5) == 0) {
        text.append(newline).append(newline).append(random.nextBoolean() ? "  " : "");
        column = 0;
      }
    }
    return text.append(newline).toString();
  }

  /** One paragraph per line: long lines, some ending without a full stop or after "Mr.". */
  static String paragraphPerLine(Random random, int lines) {
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < lines; l++) {
      String line = wrapped(random, 3 + random.nextInt(6), false, " ").strip();
      text.append(line);
      if (random.nextInt(4) == 0) {
        text.append(random.nextBoolean() ? " Mr." : " and then");
      }
      text.append(random.nextInt(6) == 0 ? "\n\n" : "\n");
    }
    return text.toString();
  }

  static Corpus corpus(long seed) {
    Random random = new Random(seed);
    return Corpus.ofStrings(
        wrapped(random, 60, true, "\n"),
        "a short one about the government.",
        paragraphPerLine(random, 14),
        wrapped(random, 50, false, "\r\n"),
        wrapped(random, 30, true, " ").replace("  ", " "), // one long line: cut inside it
        "");
  }

  static final List<KwicOptions> OPTIONS = List.of(
      KwicOptions.of("the"),
      KwicOptions.of("government"),
      new KwicOptions("\"the\" \"government\"", 3, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("gov*", 12, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("/th.*/", 0, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("\"the\" []{0,3} \"of\"", 2, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("[word=\"said\"] [kind!=\"punctuation\"]* [word=\"he\"]", 1, 0, List.of(), 0,
          1, 0, false, false),
      new KwicOptions("(\"a\"|\"an\") []", 4, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("[]", 1, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("[kind=\"punctuation\"] []? \"it\"", 5, 0, List.of(), 0, 1, 0, false, false),
      new KwicOptions("mat", 0, 40, List.of(), 0, 1, 0, false, false),
      new KwicOptions("\"Mr.\" []", 0, 7, List.of(), 0, 1, 0, false, false),
      new KwicOptions("government", 0, 300, SortKey.parseList("L2,R1"), 0, 1, 0, false, false),
      new KwicOptions("the", 2, 0, SortKey.parseList("R1,L3,node"), 0, 1, 0, false, false),
      new KwicOptions("/[a-z]+/", 1, 0, SortKey.parseList("L9,R9"), 0, 1, 25, false, false),
      new KwicOptions("the", 3, 0, List.of(), 7, 5, 0, false, false),
      new KwicOptions("cat", 5, 0, List.of(), 0, 1, 0, true, false),
      KwicOptions.of("the").withLimit(17),
      KwicOptions.of("government").withLimit(3),
      KwicOptions.of("the").withLimit(17).withCountAll(true),
      new KwicOptions("\"the\" [] \"the\"", 2, 0, List.of(), 0, 1, 0, false, true));

  static RunContext context(Corpus corpus, int threads, int segmentBytes) {
    RunContext context = new RunContext(corpus, TextSettings.defaults(), threads, w -> { },
        ProgressListener.NONE);
    return segmentBytes == 0 ? context : context.withSegmentBytes(segmentBytes);
  }

  /** Everything a run shows: every line, the summary, the plot and the hits line. */
  static List<String> everything(RunContext context, KwicOptions options) {
    AnalysisResult result = new KwicAnalyser().analyse(context, options);
    List<String> out = new ArrayList<>();
    if (result instanceof ConcordancePlot plot) {
      plot.documents().forEach(d -> out.add(d.doc() + " " + d.wordTokens() + " " + d.hits() + " "
          + d.positions()));
      out.add(plot.summary().toString());
      return out;
    }
    Concordance c = (Concordance) result;
    c.lines().forEach(l -> out.add(l.toString()));
    out.add(c.hitsLine());
    out.add(c.summary().toString());
    c.plot().forEach(d -> out.add(d.doc() + " " + d.wordTokens() + " " + d.hits() + " "
        + d.positions()));
    return out;
  }

  @Test
  void partsGiveTheConcordanceOfWholeDocuments() {
    for (long seed = 1; seed <= 2; seed++) {
      Corpus corpus = corpus(seed);
      for (KwicOptions options : OPTIONS) {
        List<String> whole = everything(context(corpus, 1, 0), options);
        assertThat(whole.size()).isGreaterThan(1);
        for (int bytes : new int[] {16, 100, 700}) {
          for (int threads : new int[] {1, 2}) {
            assertThat(everything(context(corpus, threads, bytes), options))
                .as("seed %d, %s, parts of %d bytes, %d threads", seed, options, bytes, threads)
                .isEqualTo(whole);
          }
        }
      }
    }
  }

  @Test
  void partsGiveTheSameConcordanceWithCaseAndStopWords() {
    Corpus corpus = corpus(4);
    TextSettings settings = new TextSettings(true, java.util.Set.of("the", "of", "a"), "en");
    for (KwicOptions options : List.of(KwicOptions.of("Government"), KwicOptions.of("government"),
        new KwicOptions("[]", 2, 0, SortKey.parseList("L1,R1"), 0, 1, 0, false, false),
        new KwicOptions("cat", 5, 0, List.of(), 0, 1, 0, true, false))) {
      List<String> whole = everything(new RunContext(corpus, settings, 1, w -> { },
          ProgressListener.NONE), options);
      for (int threads : new int[] {1, 2}) {
        assertThat(everything(new RunContext(corpus, settings, threads, w -> { },
            ProgressListener.NONE).withSegmentBytes(50), options)).isEqualTo(whole);
      }
    }
  }

  @Test
  void theTestCorpusIsReallyCutAndHasHitsAcrossCuts() {
    Corpus corpus = corpus(1);
    RunContext context = context(corpus, 1, 57);
    int parts = 0;
    for (var part : context.segments()) {
      if (part.document().isPartial()) {
        parts++;
      }
    }
    assertThat(parts).isGreaterThan(100);
    assertThat(everything(context(corpus, 1, 0), KwicOptions.of("the")).size()).isGreaterThan(100);
  }

  /** A source that can be read once, as standard input: its layout cannot be measured beforehand. */
  record Once(String id, String text) implements DocumentSource {
    @Override
    public String location() {
      return id;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean rereadable() {
      return false;
    }
  }

  /** A source of bytes. */
  record Bytes(String id, byte[] bytes) implements DocumentSource {
    @Override
    public String location() {
      return id;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }

  @Test
  void aDocumentWithBytesThatAreNotUtf8IsSearchedAsOnePieceWithTheSameResult() {
    Random random = new Random(10);
    String before = wrapped(random, 50, true, "\n");
    String after = paragraphPerLine(random, 8);
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF; // read in parts as U+FFFD, with a warning
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Corpus corpus = new Corpus(List.of(new Bytes("bad.txt", bytes)), ReadOptions.detect(), "bad");
    Corpus expected = Corpus.ofStrings(java.util.Map.of("bad.txt", before + "\ufffd" + after));
    for (KwicOptions options : OPTIONS.subList(0, 13)) {
      for (int threads : new int[] {1, 2}) {
        assertThat(everything(context(corpus, threads, 300), options)).as(options.toString())
            .isEqualTo(everything(context(expected, 1, 0), options));
      }
    }
  }

  @Test
  void aDocumentThatCannotBeReadTwiceIsSearchedWholeWithTheSameResult() {
    Random random = new Random(9);
    String text = paragraphPerLine(random, 10) + wrapped(random, 40, false, "\n");
    Corpus corpus = new Corpus(List.of(new Once("once.txt", text)), ReadOptions.detect(), "once");
    Corpus again = new Corpus(List.of(new Once("once.txt", text)), ReadOptions.detect(), "once");
    for (KwicOptions options : OPTIONS.subList(0, 6)) {
      assertThat(everything(context(corpus, 2, 64), options))
          .isEqualTo(everything(context(again, 1, 0), options));
    }
  }
}
