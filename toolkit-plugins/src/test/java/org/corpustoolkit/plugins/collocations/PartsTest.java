package org.corpustoolkit.plugins.collocations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.function.Supplier;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large files are read in parts (tiny parts here, with {@link RunContext#withSegmentBytes}); every
 * result must equal the result of reading whole documents: windows cut at sentences and documents,
 * never at part cuts, and the same N and collocate frequencies.
 */
class PartsTest {
  private static final String[] PLAIN = {"tea", "cup", "the", "milk", "sugar", "pot", "hot",
      "cold", "a", "of", "and", "green", "black"};
  /** With abbreviations and exclamations, which can make a line break no sentence end. */
  private static final String[] WORDS = {"tea", "cup", "the", "milk", "sugar", "pot", "hot", "cold",
      "a", "of", "and", "green", "black", "Dr.", "said!", "u.s."};

  /** Hard-wrapped paragraphs of one to three short lines, blank lines between them. */
  static String wrapped(Random random, int paragraphs) {
    return wrapped(random, paragraphs, WORDS);
  }

  static String wrapped(Random random, int paragraphs, String[] words) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int lines = 1 + random.nextInt(3);
      for (int l = 0; l < lines; l++) {
        text.append(sentenceWords(random, 3 + random.nextInt(8), words)).append('\n');
      }
      text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
    }
    return text.toString();
  }

  /** One long paragraph per line (200 characters or more), no blank lines. */
  static String linePerParagraph(Random random, int lines) {
    return linePerParagraph(random, lines, WORDS);
  }

  static String linePerParagraph(Random random, int lines, String[] words) {
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < lines; l++) {
      StringBuilder line = new StringBuilder();
      while (line.length() < 210) {
        line.append(sentenceWords(random, 4 + random.nextInt(10), words)).append(' ');
      }
      text.append(line.toString().strip()).append('\n');
    }
    return text.toString();
  }

  private static String sentenceWords(Random random, int count, String[] words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        s.append(random.nextInt(6) == 0 ? ", " : " ");
      }
      String word = words[random.nextInt(words.length)];
      s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return s.append(random.nextInt(3) == 0 ? "." : random.nextInt(2) == 0 ? "?" : "").toString();
  }

  static Corpus corpus() {
    Random random = new Random(11);
    return Corpus.ofStrings(wrapped(random, 120), "a small one: tea and a cup.",
        linePerParagraph(random, 40), wrapped(random, 60).toUpperCase());
  }

  private static RunContext context(Corpus corpus, int threads) {
    return new RunContext(corpus, TextSettings.defaults(), threads, w -> {}, ProgressListener.NONE);
  }

  private static CollocationOptions node(String node, int left, int right, boolean cross) {
    return CollocationOptions.forNode(node).withSpan(left, right, cross).withThresholds(1, 1, 0);
  }

  private static CollocationOptions query(String query, int left, int right, boolean cross) {
    return new CollocationOptions("", false, left, right, cross, "log_dice", 1, 1, 0, 0, false, 2,
        10, query, null);
  }

  private final CollocationsAnalyser analyser = new CollocationsAnalyser();

  static List<CollocationOptions> nodeOptions() {
    List<CollocationOptions> options = new ArrayList<>();
    for (boolean cross : new boolean[] {false, true}) {
      for (int[] span : new int[][] {{5, 5}, {2, 3}, {0, 1}, {4, 0}, {1, 7}}) {
        for (String word : new String[] {"tea", "the", "sugar", "dr"}) {
          options.add(node(word, span[0], span[1], cross));
        }
        options.add(query("\"a cup\"", span[0], span[1], cross));
        options.add(query("[word=\"c.*\"]", span[0], span[1], cross));
      }
    }
    return options;
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 100, 333, 1000})
  void oneNodeInTinyPartsEqualsWholeDocuments(int segmentBytes) {
    Corpus corpus = corpus();
    for (CollocationOptions options : nodeOptions()) {
      CollocationsResult whole = analyser.analyse(context(corpus, 1), options);
      for (int threads : new int[] {1, 2}) {
        RunContext parts = context(corpus, threads).withSegmentBytes(segmentBytes);
        assertThat(analyser.analyse(parts, options)).as("%s, %d threads", options, threads)
            .isEqualTo(whole);
      }
    }
  }

  /** The seams, not the fall-back to whole documents, count these: the parts are exact. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void seamsCountTheWindowsAcrossCuts(boolean cross) {
    Random random = new Random(5);
    // Cut after blank lines (hard-wrapped text) or after line feeds (one paragraph per line, no
    // abbreviation at a line end); across sentences any line feed will do.
    Corpus corpus = Corpus.ofStrings(wrapped(random, 80, PLAIN),
        linePerParagraph(random, 30, PLAIN));
    List<NodeMatcher> matchers = new ArrayList<>(List.of(
        new WordNodeMatcher("tea", new CountingForm(false)),
        new WordNodeMatcher("the", new CountingForm(false))));
    if (!cross) {
      for (String q : new String[] {"\"a cup\"", "[word=\"c.*\"]", "\"of\" []{0,2} \"tea\""}) {
        matchers.add(new QueryNodeMatcher(Query.parse(q, false), false));
      }
    }
    for (NodeMatcher matcher : matchers) {
      for (int[] span : new int[][] {{5, 5}, {2, 3}, {0, 1}, {4, 0}, {1, 7}}) {
        Supplier<NodeWindowCounter> counter =
            () -> new NodeWindowCounter(matcher, span[0], span[1], cross, null);
        RunContext wholeContext = context(corpus, 1);
        NodeWindowCounter whole = wholeContext.processDocuments(counter,
            NodeWindowCounter::add, NodeWindowCounter::merge);
        for (int threads : new int[] {1, 2}) {
          RunContext partsContext = context(corpus, threads).withSegmentBytes(400);
          NodeWindowCounter counts = partsContext.processSegments(counter,
              NodeWindowCounter::add, NodeWindowCounter::merge);
          String what = matcher + " " + span[0] + "/" + span[1];
          assertThat(counts.seamParts()).isGreaterThan(10);
          assertThat(counts.closeSeams(!cross)).as(what).isTrue();
          assertThat(counts.windowPositions()).as(what).isEqualTo(whole.windowPositions());
          assertThat(counts.nodeOccurrences()).as(what).isEqualTo(whole.nodeOccurrences());
          assertThat(byForm(partsContext, counts)).as(what)
              .isEqualTo(byForm(wholeContext, whole));
        }
      }
    }
  }

  /** Frequency, observed, left and right of every word, by its form. */
  private static Map<String, List<Long>> byForm(RunContext context, NodeWindowCounter counts) {
    Map<String, List<Long>> out = new TreeMap<>();
    for (int id = 0; id < counts.frequency().capacity(); id++) {
      if (counts.frequency().get(id) > 0) {
        out.put(context.vocabulary().form(id), List.of(counts.frequency().get(id),
            counts.observed().get(id), counts.left().get(id), counts.right().get(id)));
      }
    }
    return out;
  }

  @Test
  void hardWrappedTextCutInsideAParagraphIsCountedWhole() {
    // Cuts after single line feeds of hard-wrapped text: a sentence there may run on across the
    // cut, so the parts are not exact; the counter says so and the analyser reads whole documents.
    String text = "tea cup the milk\nsugar pot tea\n".repeat(40);
    Corpus corpus = Corpus.ofStrings(text);
    NodeMatcher tea = new WordNodeMatcher("tea", new CountingForm(false));
    NodeWindowCounter counts = context(corpus, 1).withSegmentBytes(64).processSegments(
        () -> new NodeWindowCounter(tea, 5, 5, false, null), NodeWindowCounter::add,
        NodeWindowCounter::merge);
    assertThat(counts.seamParts()).isGreaterThan(10);
    assertThat(counts.closeSeams(true)).isFalse();
    CollocationOptions options = node("tea", 5, 5, false);
    assertThat(analyser.analyse(context(corpus, 2).withSegmentBytes(64), options))
        .isEqualTo(analyser.analyse(context(corpus, 1), options));
  }

  private static CollocationOptions all(int left, int right, boolean cross, int ngram) {
    return new CollocationOptions("", true, left, right, cross, ngram == 3 ? "mi" : "log_dice", 1,
        2, 0, ngram, false, 2, 10);
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 100, 333, 1000})
  void allPairsTrigramsAndNetworksInTinyPartsEqualWholeDocuments(int segmentBytes) {
    Corpus corpus = corpus();
    List<CollocationOptions> options = new ArrayList<>();
    for (boolean cross : new boolean[] {false, true}) {
      options.add(all(5, 5, cross, 0));
      options.add(all(2, 3, cross, 0));
      options.add(all(0, 1, cross, 2));
      options.add(all(5, 5, cross, 3));
      options.add(new CollocationOptions("tea", false, 3, 4, cross, "log_dice", 1, 2, 0, 0, true,
          3, 4));
    }
    for (CollocationOptions o : options) {
      CollocationsResult whole = analyser.analyse(context(corpus, 1), o);
      for (int threads : new int[] {1, 2}) {
        RunContext parts = context(corpus, threads).withSegmentBytes(segmentBytes);
        CollocationsResult result = analyser.analyse(parts, o);
        // a budget of 50 pairs a pass: many partitions, counted two at a time
        CollocationsResult small = new CollocationsAnalyser(50).analyse(parts, o);
        assertThat(result.table().materialize()).as("%s, %d threads", o, threads)
            .usingRecursiveFieldByFieldElementComparator()
            .isEqualTo(whole.table().materialize());
        assertThat(small.table().materialize()).as("%s, %d threads, small budget", o, threads)
            .usingRecursiveFieldByFieldElementComparator()
            .isEqualTo(whole.table().materialize());
        assertThat(result.summary().get("corpus_word_tokens"))
            .isEqualTo(whole.summary().get("corpus_word_tokens"));
      }
    }
  }

  @Test
  void denseRowsForFrequentNodesCountWhatTheHashMapCounts() {
    Random random = new Random(9);
    // a larger vocabulary, so that rare nodes are counted in the hash map and frequent ones in rows
    String[] many = new String[300];
    for (int i = 0; i < many.length; i++) {
      many[i] = i < PLAIN.length ? PLAIN[i] : "w" + Integer.toString(i * 7919, 36);
    }
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 2000; s++) {
      for (int w = 0; w < 8; w++) {
        // Zipf-like: a few words very often, most rarely
        int rank = (int) Math.min(many.length - 1, Math.floor(Math.pow(random.nextDouble(), 3) * many.length));
        text.append(many[rank]).append(' ');
      }
      text.append(".\n");
    }
    Corpus corpus = Corpus.ofStrings(text.toString());
    for (CollocationOptions o : List.of(all(5, 5, false, 0), all(1, 3, true, 0))) {
      CollocationsResult hashOnly = new CollocationsAnalyser(0, false, 2)
          .analyse(context(corpus, 1), o);
      CollocationsResult rows = new CollocationsAnalyser(0, true, 2).analyse(context(corpus, 2), o);
      CollocationsResult rowsInPasses = new CollocationsAnalyser(200, true, 2)
          .analyse(context(corpus, 2), o);
      // planned for almost nothing: passes outgrow their budget and are split until they fit
      CollocationsResult split = new CollocationsAnalyser(400, false, 1000)
          .analyse(context(corpus, 2), o);
      assertThat(((PairTable) hashOnly).pairs()).hasSizeGreaterThan(500);
      assertThat(rows.table().materialize()).usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(hashOnly.table().materialize());
      assertThat(rowsInPasses.table().materialize()).usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(hashOnly.table().materialize());
      assertThat(((PairTable) rowsInPasses).passes()).isGreaterThan(3);
      assertThat(split.table().materialize()).usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(hashOnly.table().materialize());
      assertThat(((PairTable) split).passes()).isGreaterThan(((PairTable) rowsInPasses).passes());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void taggedPartsAreTaggedAsTheWholeFile(boolean cross) {
    Random random = new Random(13);
    StringBuilder text = new StringBuilder();
    String[] sentences = {"We saw a light rain.", "They saw the light.", "Light rain fell.",
        "A dog saw light."};
    for (int p = 0; p < 60; p++) {
      for (int s = 0; s < 1 + random.nextInt(3); s++) {
        text.append(sentences[random.nextInt(sentences.length)]).append(random.nextBoolean() ? ' ' : '\n');
      }
      text.append("\n\n");
    }
    Corpus corpus = Corpus.ofStrings(text.toString());
    CollocatePosTest.RuleAnnotator annotator = new CollocatePosTest.RuleAnnotator();
    List<CollocationOptions> options = List.of(
        CollocationOptions.forNode("saw").withSpan(2, 3, cross).withThresholds(1, 1, 0)
            .withCollocatePos(java.util.EnumSet.of(org.corpustoolkit.text.UniversalPos.NOUN,
                org.corpustoolkit.text.UniversalPos.ADJ)),
        query("[pos=\"NOUN\"]", 3, 2, false),
        query("[lemma=\"see\"] []", 1, 4, false));
    for (CollocationOptions o : options) {
      CollocationsResult whole = analyser.analyse(RunContext.forTesting(corpus, annotator), o);
      for (int threads : new int[] {1, 2}) {
        RunContext parts = RunContext.forTesting(corpus, annotator).withThreads(threads)
            .withSegmentBytes(120);
        assertThat(analyser.analyse(parts, o)).as("%s, %d threads", o, threads).isEqualTo(whole);
      }
    }
  }

  @Test
  void aPassRedoneWithWholeDocumentsWarnsOnceAboutMatchesWithoutWords() {
    // hard-wrapped text cut inside paragraphs: the parts are not exact, the pass is redone whole
    Corpus corpus = Corpus.ofStrings("tea cup, the milk\nsugar pot; tea\n".repeat(40));
    CollocationOptions options = query("[kind=\"punctuation\"]", 2, 2, false);
    List<String> wholeWarnings = new ArrayList<>();
    List<String> partsWarnings = new ArrayList<>();
    CollocationsResult whole = analyser.analyse(new RunContext(corpus, TextSettings.defaults(), 1,
        wholeWarnings::add, ProgressListener.NONE), options);
    CollocationsResult parts = analyser.analyse(new RunContext(corpus, TextSettings.defaults(), 2,
        partsWarnings::add, ProgressListener.NONE).withSegmentBytes(64), options);
    assertThat(parts).isEqualTo(whole);
    assertThat(wholeWarnings).anyMatch(w -> w.startsWith("80 matches of"));
    assertThat(partsWarnings).as("the matches of the abandoned pass are forgotten")
        .isEqualTo(wholeWarnings);
  }

  @Test
  void theWordStreamOfTinyPartsIsTheStreamOfWholeDocuments() {
    Random random = new Random(3);
    Corpus corpus = Corpus.ofStrings(wrapped(random, 60, PLAIN), "one more",
        linePerParagraph(random, 20, PLAIN));
    for (boolean cross : new boolean[] {false, true}) {
      RunContext wholeContext = context(corpus, 1);
      List<String> whole = forms(wholeContext,
          WordStream.read(wholeContext, cross, 3, Long.MAX_VALUE));
      RunContext partsContext = context(corpus, 2).withSegmentBytes(400);
      WordStream parts = WordStream.read(partsContext, cross, 3, Long.MAX_VALUE);
      assertThat(parts.chunks()).isGreaterThan(20);
      assertThat(forms(partsContext, parts)).isEqualTo(whole);
    }
  }

  /**
   * Every word position of the stream with the words around it as far as the margin reaches ("|"
   * for a boundary): what a counter sees.
   */
  private static List<String> forms(RunContext context, WordStream stream) {
    List<String> out = new ArrayList<>();
    int m = stream.margin();
    for (int c = 0; c < stream.chunks(); c++) {
      int[] a = stream.chunk(c);
      for (int p = m; p < m + stream.length(c); p++) {
        if (a[p] < 0) {
          continue;
        }
        // beyond the first boundary on either side a counter never looks: shown as boundaries
        String[] window = new String[2 * m + 1];
        for (int side : new int[] {-1, 1}) {
          boolean stopped = false;
          for (int d = 0; d <= m; d++) {
            int q = p + side * d;
            stopped |= a[q] < 0;
            window[m + side * d] = stopped ? "|" : context.vocabulary().form(a[q]);
          }
        }
        out.add(String.join(" ", window));
      }
    }
    return out;
  }
}
