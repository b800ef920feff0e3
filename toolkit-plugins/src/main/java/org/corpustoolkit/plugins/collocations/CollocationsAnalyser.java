package org.corpustoolkit.plugins.collocations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.Vocabulary;

/**
 * {@code ctk collocations}: window-based collocates of a node, collocation extraction for a whole
 * corpus ({@code --all}, {@code --ngram 3}) and collocation networks ({@code --network}).
 *
 * <p>Every score comes from one table, Evert's surface co-occurrence table (S. Evert, "Corpora and
 * collocations", 2008; MEASURES.md): O11 = occurrences of the collocate inside the node's windows,
 * R1 = distinct word positions inside those windows, C1 = f(collocate), N = word tokens. The measures
 * are computed by {@link org.corpustoolkit.stats.Association}. Counting is on int ids in primitive
 * arrays and long-keyed hash maps, per thread, merged by addition, so results do not depend on the
 * number of threads.
 */
public final class CollocationsAnalyser implements Analyser<CollocationOptions> {
  /** Bytes an entry of the pair map costs, with headroom for growth and the merge. */
  static final int BYTES_PER_PAIR = 48;

  static final String HELP = """
      Collocates of NODE in a window of --left/--right word tokens around each occurrence \
      (punctuation is not a position). Windows stop at sentence boundaries unless \
      --cross-sentences, and never cross documents.

      --query QUERY instead of NODE: the node is every match of a query in the language of ctk \
      kwic (see ctk kwic --help), for example --query '"early warning"' (a phrase), --query \
      'bilat*' or --query '[word="ti.*"]'. Matches are leftmost-longest and non-overlapping and \
      stay inside a sentence unless --cross-sentences. The windows are around the whole match: \
      --left word tokens before its first word and --right after its last word; the words inside \
      the match are not in its own windows. f(node) is the number of matches; a match holding no \
      word token (only punctuation) is left out, with a warning. --query '[word="china"]' gives \
      exactly the table of NODE china. A bad query is one error line naming its column (exit 2).

      The table (Evert 2008, "Corpora and collocations", surface co-occurrence): \
      O11 (observed) = occurrences of the collocate inside the node's windows; \
      R1 = number of word positions inside the node's windows (about f(node) x (left+right), less \
      at sentence and document edges); C1 (collocate_frequency) = occurrences of the collocate in \
      the corpus; N = word tokens in the corpus; E11 (expected) = R1 x C1 / N. Overlapping windows \
      of nearby node occurrences are merged: a position inside two windows is one position, counted \
      once in R1 and once in O11, so the 2x2 table partitions the corpus (O11 <= C1, R1 <= N). A \
      node occurrence's own position is not in its window; another occurrence of the node inside \
      the window counts as a collocate. left/right = occurrences inside a window before/after a \
      node occurrence (a position between two nearby occurrences counts on both sides). With \
      --left 0 --right 1 the table is the simple bigram table (f(node), f(collocate), N) of NLTK \
      and Sketch Engine. Stop words (--stopwords) are left out as collocates but still occupy \
      window positions.

      Measures (all from that table): MI = log2(O11/E11) (Church & Hanks 1990); \
      MI3 = log2(O11^3/E11) (Daille 1994); t_score = (O11-E11)/sqrt(O11) (Church, Gale, Hanks & \
      Hindle 1991); z_score = (O11-E11)/sqrt(E11) (Berry-Rogghe 1973); ll = log-likelihood G2 \
      over the 2x2 table, negative when O11 < E11 (Dunning 1993); dice = 2 O11/(R1+C1) (Dice 1945; \
      Smadja et al. 1996); log_dice = 14 + log2(dice) (Rychly 2008); min_sensitivity = \
      min(O11/R1, O11/C1) (Pedersen 1998); delta_p_node = DeltaP(collocate|node) = O11/R1 - O21/R2 \
      and delta_p_collocate = DeltaP(node|collocate) = O11/C1 - O12/C2 (Gries 2013); log_ratio = \
      log2((O11/R1)/(O21/R2)), a zero replaced by 0.5 (Hardie 2014, as in #LancsBox).

      --all lists every pair (node w1, collocate w2 in w1's window) with the same table, \
      R1 = positions inside all windows of w1; --ngram 2 (= --left 0 --right 1) gives adjacent \
      bigrams, --ngram 3 contiguous trigrams with O, E = f1 f2 f3/N^2, MI = log2(O N^2/(f1 f2 \
      f3)) (total correlation, Van de Cruys 2011; NLTK's trigram pmi) and t = (O-E)/sqrt(O). \
      Pairs are counted in primitive long-keyed hash maps (about 30-48 bytes per distinct pair and \
      thread), pruned by --min-observed; words too rare to reach --min-observed are skipped before \
      counting. When the pairs do not fit in half the Java heap the nodes are split into \
      partitions counted in further passes, so memory stays bounded. Memory for 100 million \
      tokens, span 5/5, measured on generated Zipf text (exponent 1.07, 500,000-word vocabulary): \
      about 3.1 distinct pairs per token with a collocate of frequency >= 5, growing about \
      linearly (1M tokens: 3.1M pairs, 2M: 6.1M), so up to about 300 million distinct pairs, \
      9-14 GB if counted at once. With -Xmx2g a thread's map may hold about 7 million pairs, so \
      --all reads the corpus in roughly 30 partitions (passes); real text repeats pairs more than \
      random text and needs fewer. --min-observed prunes after counting, not before.

      --network: the node's (NODE's or the query's) top --network-top collocates (by --measure, after the thresholds), \
      then each collocate's own top collocates, to --depth levels (#LancsBox GraphColl, Brezina, \
      McEnery & Wattam 2015); each level is one pass counting the windows of all its words at \
      once. --format json (nodes and edges), dot (Graphviz) or html (a self-contained SVG \
      drawing) draw it; the other formats list the edges.""";

  private final long maxPairs;

  /** The analyser with a memory budget from the Java heap. */
  public CollocationsAnalyser() {
    this(0);
  }

  /** The analyser with a fixed budget of distinct pairs per thread and pass (0: from the heap). */
  CollocationsAnalyser(long maxPairs) {
    this.maxPairs = maxPairs;
  }

  /** Sentences explaining the table, for the notes of every result. */
  static List<String> tableNotes() {
    return List.of("table (Evert 2008): O11 = observed occurrences of the collocate inside the "
        + "node's windows; R1 = word positions inside the windows (overlapping windows merged, the "
        + "node's own position excluded); C1 = collocate_frequency; N = word tokens; "
        + "expected E11 = R1 x C1 / N");
  }

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("collocations",
        "Collocates of a word or query (--query), collocation extraction (--all) and networks "
            + "(--network)", HELP,
        CollocationOptions.ALL_OPTIONS, List.of(CollocationOptions.NODE), CollocationsResult.class);
  }

  @Override
  public CollocationOptions options(OptionValues values) {
    return CollocationOptions.from(values);
  }

  @Override
  public CollocationsResult analyse(AnalysisContext context, CollocationOptions options) {
    if (options.all()) {
      return options.ngram() == 3 ? trigrams(context, options) : pairs(context, options);
    }
    if (options.hasQuery()) {
      QueryNodeMatcher matcher = new QueryNodeMatcher(
          Query.parse(options.query(), context.textSettings().caseSensitive()),
          options.crossSentences());
      CollocationsResult result = options.network() ? network(context, options, matcher)
          : collocates(context, options, matcher);
      if (matcher.matchesWithoutWords() > 0) {
        context.warn(matcher.matchesWithoutWords() + " matches of '" + options.query()
            + "' hold no word token (only punctuation or symbols) and are left out: windows are "
            + "counted in word tokens");
      }
      return result;
    }
    NodeMatcher matcher = new WordNodeMatcher(options.node(),
        new CountingForm(context.textSettings().caseSensitive()));
    return options.network() ? network(context, options, matcher)
        : collocates(context, options, matcher);
  }

  /** The collocates of the node found by {@code matcher}: the hook for query-based nodes. */
  public CollocationTable collocates(AnalysisContext context, CollocationOptions options,
      NodeMatcher matcher) {
    return new NodeRun(context, options, matcher).table(options.top());
  }

  /** The collocation network around the node found by {@code matcher}. */
  public CollocationNetwork network(AnalysisContext context, CollocationOptions options,
      NodeMatcher matcher) {
    NodeRun root = new NodeRun(context, options, matcher);
    CollocationTable first = root.table(options.networkTop());
    Vocabulary vocabulary = context.vocabulary();
    IntCounts frequency = root.counts.frequency();
    long n = root.corpusSize;
    Map<String, CollocationNetwork.Node> nodes = new LinkedHashMap<>();
    List<CollocationNetwork.Edge> edges = new ArrayList<>();
    nodes.put(first.node(), new CollocationNetwork.Node(first.node(), 0, first.nodeFrequency()));
    List<String> frontier = new ArrayList<>();
    for (Collocation c : first.collocates()) {
      edges.add(new CollocationNetwork.Edge(c, 1));
      if (!nodes.containsKey(c.collocate())) {
        nodes.put(c.collocate(), new CollocationNetwork.Node(c.collocate(), 1,
            c.collocateFrequency()));
        frontier.add(c.collocate());
      }
    }
    Eligibility words = new Eligibility(context, frequency, options);
    for (int level = 2; level <= options.depth() && !frontier.isEmpty(); level++) {
      List<String> current = frontier;
      int[] nodeKey = new int[words.size];
      Arrays.fill(nodeKey, -1);
      for (int k = 0; k < current.size(); k++) {
        nodeKey[vocabulary.idOf(current.get(k))] = k;
      }
      AtomicBoolean never = new AtomicBoolean();
      PairCounter counts = context.processDocuments(
          () -> new PairCounter(nodeKey, current.size(), words.collocate, options.left(),
              options.right(), options.crossSentences(), Long.MAX_VALUE, never),
          PairCounter::add, PairCounter::merge);
      List<List<Collocation>> byNode = new ArrayList<>();
      for (int k = 0; k < current.size(); k++) {
        byNode.add(new ArrayList<>());
      }
      long[] windowPositions = counts.windowPositions();
      counts.pairs().forEach((key, count) -> {
        if (count >= options.minObserved()) {
          int k = (int) (key >>> 32);
          int collocate = (int) key;
          String node = current.get(k);
          byNode.get(k).add(Collocation.of(node, vocabulary.form(collocate), count,
              windowPositions[k], frequency.get(vocabulary.idOf(node)), frequency.get(collocate), n,
              0, 0));
        }
      });
      List<String> next = new ArrayList<>();
      for (List<Collocation> list : byNode) {
        list.sort(Collocation.order(options.sortMeasure()));
        for (Collocation c : list.subList(0, Math.min(options.networkTop(), list.size()))) {
          CollocationNetwork.Node target = nodes.get(c.collocate());
          if (target == null) {
            target = new CollocationNetwork.Node(c.collocate(), level, c.collocateFrequency());
            nodes.put(c.collocate(), target);
            next.add(c.collocate());
          }
          edges.add(new CollocationNetwork.Edge(c, target.level()));
        }
      }
      frontier = next;
    }
    return new CollocationNetwork(first.node(), options.measure(), options.depth(),
        options.networkTop(), new ArrayList<>(nodes.values()), edges, words.anyStopword);
  }

  /** One pass over the corpus counting one node's windows, and its collocate list. */
  private static final class NodeRun {
    final AnalysisContext context;
    final CollocationOptions options;
    final NodeMatcher matcher;
    final NodeWindowCounter counts;
    final long corpusSize;

    NodeRun(AnalysisContext context, CollocationOptions options, NodeMatcher matcher) {
      this.context = context;
      this.options = options;
      this.matcher = matcher;
      this.counts = context.processDocuments(
          () -> new NodeWindowCounter(matcher, options.left(), options.right(),
              options.crossSentences()),
          NodeWindowCounter::add, NodeWindowCounter::merge);
      this.corpusSize = requireWords(context);
      if (counts.nodeOccurrences() == 0) {
        context.warn("'" + matcher.label() + "' does not occur in the corpus");
      }
    }

    CollocationTable table(int top) {
      Vocabulary vocabulary = context.vocabulary();
      TextSettings settings = context.textSettings();
      IntCounts observed = counts.observed();
      List<Collocation> list = new ArrayList<>();
      for (int id = 0; id < observed.capacity(); id++) {
        long o11 = observed.get(id);
        long f = counts.frequency().get(id);
        if (o11 < options.minObserved() || f < options.minFreq()) {
          continue;
        }
        String form = vocabulary.form(id);
        if (settings.isStopword(form)) {
          continue;
        }
        list.add(Collocation.of(matcher.label(), form, o11, counts.windowPositions(),
            counts.nodeOccurrences(), f, corpusSize, counts.left().get(id),
            counts.right().get(id)));
      }
      list.sort(Collocation.order(options.sortMeasure()));
      int candidates = list.size();
      if (top > 0 && list.size() > top) {
        list = list.subList(0, top);
      }
      return new CollocationTable(matcher.label(), counts.nodeOccurrences(),
          counts.windowPositions(), corpusSize, options.left(), options.right(),
          options.crossSentences(), options.measure(), list, candidates,
          !settings.stopwords().isEmpty());
    }
  }

  /** Which words may be nodes and collocates, from their frequencies and the stop list. */
  private static final class Eligibility {
    final int size;
    final boolean[] stopword;
    final boolean[] collocate;
    final boolean anyStopword;

    Eligibility(AnalysisContext context, IntCounts frequency, CollocationOptions options) {
      Vocabulary vocabulary = context.vocabulary();
      TextSettings settings = context.textSettings();
      size = vocabulary.size();
      stopword = new boolean[size];
      collocate = new boolean[size];
      anyStopword = !settings.stopwords().isEmpty();
      long minCollocate = Math.max(options.minFreq(), options.minObserved());
      for (int id = 0; id < size; id++) {
        stopword[id] = anyStopword && settings.isStopword(vocabulary.form(id));
        collocate[id] = !stopword[id] && frequency.get(id) >= minCollocate;
      }
    }
  }

  private CollocationsResult pairs(AnalysisContext context, CollocationOptions options) {
    IntCounts frequency = frequencies(context);
    long n = requireWords(context);
    Vocabulary vocabulary = context.vocabulary();
    Eligibility words = new Eligibility(context, frequency, options);
    int span = options.left() + options.right();
    boolean[] node = new boolean[words.size];
    for (int id = 0; id < words.size; id++) {
      long f = frequency.get(id);
      node[id] = !words.stopword[id] && f >= options.minFreq() && f * span >= options.minObserved();
    }
    long budget = budget(context);
    List<Collocation> kept = new ArrayList<>();
    int passes = 0;
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, 1});
    while (!work.isEmpty()) {
      int[] part = work.pop();
      int[] nodeKey = new int[words.size];
      for (int id = 0; id < words.size; id++) {
        nodeKey[id] = node[id] && partition(id, part[1]) == part[0] ? id : -1;
      }
      AtomicBoolean abandoned = new AtomicBoolean();
      PairCounter counts;
      passes++;
      try {
        counts = context.processDocuments(
            () -> new PairCounter(nodeKey, words.size, words.collocate, options.left(),
                options.right(), options.crossSentences(), budget, abandoned),
            PairCounter::add, PairCounter::merge);
      } catch (PairCounter.TooManyPairs e) {
        split(work, part);
        continue;
      }
      long[] windowPositions = counts.windowPositions();
      counts.pairs().forEach((key, count) -> {
        if (count >= options.minObserved()) {
          int w1 = (int) (key >>> 32);
          int w2 = (int) key;
          kept.add(Collocation.of(vocabulary.form(w1), vocabulary.form(w2), count,
              windowPositions[w1], frequency.get(w1), frequency.get(w2), n, 0, 0));
        }
      });
    }
    kept.sort(Collocation.order(options.sortMeasure()));
    int candidates = kept.size();
    List<Collocation> listed = options.top() > 0 && kept.size() > options.top()
        ? kept.subList(0, options.top()) : kept;
    return new PairTable(n, options.left(), options.right(), options.crossSentences(),
        options.measure(), listed, candidates, passes);
  }

  private CollocationsResult trigrams(AnalysisContext context, CollocationOptions options) {
    IntCounts frequency = frequencies(context);
    long n = requireWords(context);
    Vocabulary vocabulary = context.vocabulary();
    Eligibility words = new Eligibility(context, frequency, options);
    boolean[] eligible = new boolean[words.size];
    long minimum = Math.max(options.minFreq(), options.minObserved());
    for (int id = 0; id < words.size; id++) {
      eligible[id] = frequency.get(id) >= minimum;
    }
    long budget = budget(context);
    List<Trigram> kept = new ArrayList<>();
    Deque<int[]> work = new ArrayDeque<>();
    work.push(new int[] {0, 1});
    while (!work.isEmpty()) {
      int[] part = work.pop();
      boolean[] inPartition = new boolean[words.size];
      for (int id = 0; id < words.size; id++) {
        inPartition[id] = eligible[id] && partition(id, part[1]) == part[0];
      }
      AtomicBoolean abandoned = new AtomicBoolean();
      TrigramCounter counts;
      try {
        counts = context.processDocuments(
            () -> new TrigramCounter(eligible, inPartition, options.crossSentences(), budget,
                abandoned),
            TrigramCounter::add, TrigramCounter::merge);
      } catch (PairCounter.TooManyPairs e) {
        split(work, part);
        continue;
      }
      counts.trigrams().forEach((key, count) -> {
        if (count < options.minObserved()) {
          return;
        }
        int[] ids = {TrigramCounter.word(key, 0), TrigramCounter.word(key, 1),
            TrigramCounter.word(key, 2)};
        if (words.stopword[ids[0]] && words.stopword[ids[1]] && words.stopword[ids[2]]) {
          return;
        }
        String[] forms = new String[3];
        long[] f = new long[3];
        for (int i = 0; i < 3; i++) {
          forms[i] = vocabulary.form(ids[i]);
          f[i] = frequency.get(ids[i]);
        }
        kept.add(new Trigram(forms, count, f, n));
      });
    }
    kept.sort(Trigram.order(options.measure()));
    int candidates = kept.size();
    List<Trigram> listed = options.top() > 0 && kept.size() > options.top()
        ? kept.subList(0, options.top()) : kept;
    return new TrigramTable(n, options.measure(), listed, candidates, options.crossSentences());
  }

  private static void split(Deque<int[]> work, int[] part) {
    if (part[1] >= 1 << 16) {
      throw new CorpusException("not enough memory to count the pairs of even one node word; "
          + "raise the Java heap (-Xmx) or --min-observed");
    }
    work.push(new int[] {part[0] + part[1], part[1] * 2});
    work.push(new int[] {part[0], part[1] * 2});
  }

  private long budget(AnalysisContext context) {
    if (maxPairs > 0) {
      return maxPairs;
    }
    long bytes = Runtime.getRuntime().maxMemory() / 2;
    return Math.max(1 << 16, bytes / (BYTES_PER_PAIR * (context.threads() + 1L)));
  }

  /** A word's partition among {@code parts}; halving work: partition k of 2P ⊂ partition k mod P. */
  static int partition(int id, int parts) {
    int h = id * 0x9E3779B9;
    h ^= h >>> 16;
    return (h & 0x7fffffff) % parts;
  }

  private static IntCounts frequencies(AnalysisContext context) {
    return context.processDocuments(IntCounts::new, (counts, doc) -> {
      for (int id : doc.wordIds()) {
        counts.increment(id);
      }
    }, IntCounts::addAll);
  }

  private static long requireWords(AnalysisContext context) {
    long n = context.corpusStats().wordTokens();
    if (n == 0) {
      throw new CorpusException("the corpus has no word tokens");
    }
    return n;
  }
}
