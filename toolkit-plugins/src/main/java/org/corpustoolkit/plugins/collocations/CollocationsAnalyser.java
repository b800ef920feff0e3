package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.TokenAttributes;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.stats.ContingencyTable;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.UniversalPos;
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
 *
 * <p>Large files are read in parts on every core: one node's windows across part cuts are counted on
 * the {@link Seams}; {@code --all}, {@code --ngram 3} and network levels count over a
 * {@link WordStream} read once, in passes whose memory is bounded by the heap (see the help text and
 * the package README). Either way the result equals that of whole documents.
 */
public final class CollocationsAnalyser implements Analyser<CollocationOptions> {
  static final String HELP = """
      Collocates of NODE in a window of --left/--right word tokens around each occurrence \
      (punctuation is not a position). Windows stop at sentence boundaries unless \
      --cross-sentences, and never cross documents. A file of more than 2 MB is read in parts of \
      about 1 MB on every core, cut after blank lines or line breaks; windows across a cut are \
      counted as in the whole file, and N and every frequency are the whole file's. If the parts \
      cannot be shown to give the file's tokens and sentences (a cut inside a line longer than a \
      part; unless windows cross sentences, a cut inside a hard-wrapped paragraph or after a line \
      ending with an abbreviation, or a part whose lines read otherwise than the file's), the file \
      is read again whole, as it is for a --query that may cross sentences.

      --query QUERY instead of NODE: the node is every match of a query in the language of ctk \
      kwic (see ctk kwic --help), for example --query '"early warning"' (a phrase), --query \
      'bilat*' or --query '[word="ti.*"]'. Matches are leftmost-longest and non-overlapping and \
      stay inside a sentence unless --cross-sentences. The windows are around the whole match: \
      --left word tokens before its first word and --right after its last word; the words inside \
      the match are not in its own windows. f(node) is the number of matches; a match holding no \
      word token (only punctuation) is left out, with a warning. --query '[word="china"]' gives \
      exactly the table of NODE china. A bad query is one error line naming its column (exit 2). \
      Queries may test the lemma and the part of speech, from the annotator of --lang: --query \
      '[lemma="run" & pos="VERB"]' is every form of the verb run (see ctk kwic --help). Documents \
      are tagged only when the query uses lemma or pos (or with --collocate-pos), and lemmatised \
      only when it uses lemma; with no annotator \
      for --lang that is a usage error (exit 2).

      --collocate-pos NOUN,ADJ: only word tokens tagged with one of these Universal Dependencies \
      tags (ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X) are \
      collocates, and a collocate is a (word, tag) pair with a pos column: long ADJ and long ADV \
      are two rows. O11 counts the word with that tag inside the windows and C1 \
      (collocate_frequency) counts the word with that tag in the corpus, so the table still \
      partitions the corpus (O11 <= C1). Words with other tags are not collocates but still occupy \
      window positions (R1 and N unchanged), as stop words do; the node and f(node) do not change \
      (to restrict the node by tag, use --query '[word="light" & pos="ADJ"]'). Not with --all or \
      --network.

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
      Words too rare to reach --min-observed are skipped before counting; --min-observed prunes \
      each pass's counts.

      Memory of --all and --ngram 3: the corpus is read once and kept as word ids, 4 bytes per \
      word token plus 4 per sentence (0.44 GB for 100 million tokens of English; if that would \
      take more than 35% of the Java heap, ctk stops and says how much heap to give it). Pairs are \
      then counted in passes over the word ids, each for a partition of the node words, one pass \
      per thread at a time, the running passes sharing 60% of the heap less the word ids: a \
      frequent node has a row of 4-byte counts, one per possible collocate; the other nodes share \
      a primitive long-keyed hash map of 16-byte slots (21-32 bytes per distinct pair), made for \
      half the pairs their windows could hold and split into two passes if it outgrows its share. \
      Measured on 100 MB of English (13.9 million tokens, span 5/5, --min-observed 5): 61 MB of \
      word ids, 19.2 million distinct pairs in 0.84 GB of rows and maps, 2 passes with -Xmx2g, \
      2.08 million pairs listed (16 bytes each, 32 while sorting), peak RSS 1.4 GB. For 100 \
      million tokens: 0.44 GB of word ids and up to about 6 GB of counts (61 bytes per token, \
      less as pairs repeat), so with -Xmx2g about 16 passes, 8 on each of 2 cores.

      --network: the node's (NODE's or the query's) top --network-top collocates (by --measure, after the thresholds), \
      then each collocate's own top collocates, to --depth levels (#LancsBox GraphColl, Brezina, \
      McEnery & Wattam 2015); the first level is counted as for NODE, the deeper ones in one \
      more reading of the corpus, kept as word ids (as for --all), each level counting the \
      windows of all its words at once. --format json (nodes and edges), dot (Graphviz) or html (a self-contained SVG \
      drawing) draw it; the other formats list the edges.""";

  /**
   * How many of the pairs a node may have ({@link PairCounter#distinctPairsAtMost}) a pass of
   * {@code --all} plans for: one in {@value}. On 100 MB of English a hash-counted node had 28% of
   * its bound on average; a partition that has more than planned is split and counted again.
   */
  static final int PLANNED_SHARE = 2;

  private final long maxPairs;
  private final boolean denseRows;
  private final int plannedShare;

  /** The analyser with a memory budget from the Java heap. */
  public CollocationsAnalyser() {
    this(0);
  }

  /** The analyser with a fixed budget of distinct pairs per thread and pass (0: from the heap). */
  CollocationsAnalyser(long maxPairs) {
    this(maxPairs, true, PLANNED_SHARE);
  }

  /**
   * The analyser with a fixed budget of distinct pairs per thread and pass (0: from the heap), with
   * or without dense rows for frequent nodes of {@code --all}, planning for one in
   * {@code plannedShare} of each node's possible pairs (for tests: the counts are the same whatever
   * these).
   */
  CollocationsAnalyser(long maxPairs, boolean denseRows, int plannedShare) {
    this.maxPairs = maxPairs;
    this.denseRows = denseRows;
    this.plannedShare = plannedShare;
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
    Query query = options.hasQuery() ? Query.parse(options.query(),
        context.textSettings().caseSensitive(), TokenAttributes.annotated()) : null;
    // fails now, not mid-run, when --lang has no annotator; tags alone spare the lemmatiser
    if (query != null) {
      query.requireAnnotations(context);
    }
    if (options.filtersCollocatePos()) {
      context.requireTags();
    }
    if (query != null) {
      QueryNodeMatcher matcher = new QueryNodeMatcher(query, options.crossSentences());
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
    WordStream stream = null;
    Eligibility words = null;
    for (int level = 2; level <= options.depth() && !frontier.isEmpty(); level++) {
      if (stream == null) {
        // One more reading of the corpus, as word ids; every further level counts over them.
        stream = WordStream.read(context, options.crossSentences(),
            Math.max(options.left(), options.right()), streamBudget());
        words = new Eligibility(context, frequency, options);
      }
      List<String> current = frontier;
      int[] nodeKey = new int[words.size];
      Arrays.fill(nodeKey, -1);
      long bound = 0;
      for (int k = 0; k < current.size(); k++) {
        int id = vocabulary.idOf(current.get(k));
        nodeKey[id] = k;
        bound += PairCounter.distinctPairsAtMost(frequency.get(id),
            options.left() + options.right(), words.collocates);
      }
      LongLongHashMap pairs = new LongLongHashMap((int) Math.min(1 << 26, bound));
      long[] windowPositions = new long[current.size()];
      PairCounter.count(stream, nodeKey, words.collocate, options.left(), options.right(), pairs,
          windowPositions);
      List<List<Collocation>> byNode = new ArrayList<>();
      for (int k = 0; k < current.size(); k++) {
        byNode.add(new ArrayList<>());
      }
      pairs.forEach((key, count) -> {
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
        options.networkTop(), new ArrayList<>(nodes.values()), edges,
        !context.textSettings().stopwords().isEmpty());
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
      this.counts = count(context, options, matcher);
      this.corpusSize = requireWords(context);
      if (counts.nodeOccurrences() == 0) {
        context.warn("'" + matcher.label() + "' does not occur in the corpus");
      }
    }

    /**
     * One pass: large files in parts over every core, the windows across the cuts counted on the
     * seams; or, when the parts cannot be shown to match, read and count whole documents, exactly
     * as a pass over whole documents would.
     */
    private static NodeWindowCounter count(AnalysisContext context, CollocationOptions options,
        NodeMatcher matcher) {
      Supplier<NodeWindowCounter> counter = () -> new NodeWindowCounter(matcher, options.left(),
          options.right(), options.crossSentences(), collocateTags(options));
      NodeMatcher.Reach reach = matcher.reach();
      if (reach != NodeMatcher.Reach.DOCUMENT) {
        boolean sentencesMatter = !options.crossSentences() || options.filtersCollocatePos()
            || reach == NodeMatcher.Reach.SENTENCE;
        NodeWindowCounter parts = context.processSegments(counter, NodeWindowCounter::add,
            NodeWindowCounter::merge);
        if (parts.closeSeams(sentencesMatter)) {
          return parts;
        }
        if (matcher instanceof QueryNodeMatcher query) {
          query.forgetCounts();
        }
      }
      return context.processDocuments(counter, NodeWindowCounter::add, NodeWindowCounter::merge);
    }

    CollocationTable table(int top) {
      Vocabulary vocabulary = context.vocabulary();
      TextSettings settings = context.textSettings();
      IntCounts observed = counts.observed();
      List<Collocation> list = new ArrayList<>();
      boolean byTag = options.filtersCollocatePos();
      for (int id = 0; id < observed.capacity(); id++) {
        long o11 = observed.get(id);
        long f = counts.frequency().get(id);
        if (o11 < options.minObserved() || f < options.minFreq()) {
          continue;
        }
        String form = vocabulary.form(byTag ? id / NodeWindowCounter.TAGS : id);
        if (settings.isStopword(form)) {
          continue;
        }
        String pos = byTag ? UniversalPos.of(id % NodeWindowCounter.TAGS).name() : null;
        list.add(Collocation.of(matcher.label(), form, pos, o11, counts.windowPositions(),
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
          !settings.stopwords().isEmpty(),
          options.collocatePos().stream().map(UniversalPos::name).toList());
    }
  }

  /** {@code --collocate-pos} as a lookup by tag ordinal, or null when collocates are all words. */
  private static boolean[] collocateTags(CollocationOptions options) {
    if (!options.filtersCollocatePos()) {
      return null;
    }
    boolean[] tags = new boolean[NodeWindowCounter.TAGS];
    for (UniversalPos tag : options.collocatePos()) {
      tags[tag.ordinal()] = true;
    }
    return tags;
  }

  /** Which words may be nodes and collocates, from their frequencies and the stop list. */
  private static final class Eligibility {
    final int size;
    final boolean[] stopword;
    final boolean[] collocate;
    /** How many words may be collocates. */
    final long collocates;

    Eligibility(AnalysisContext context, IntCounts frequency, CollocationOptions options) {
      Vocabulary vocabulary = context.vocabulary();
      TextSettings settings = context.textSettings();
      size = vocabulary.size();
      stopword = new boolean[size];
      collocate = new boolean[size];
      boolean anyStopword = !settings.stopwords().isEmpty();
      long minCollocate = Math.max(options.minFreq(), options.minObserved());
      long count = 0;
      for (int id = 0; id < size; id++) {
        stopword[id] = anyStopword && settings.isStopword(vocabulary.form(id));
        collocate[id] = !stopword[id] && frequency.get(id) >= minCollocate;
        if (collocate[id]) {
          count++;
        }
      }
      collocates = count;
    }
  }

  /**
   * Node words counted in one pass over the word stream, and how many keys their hash map is made
   * for (the planned keys of the words without a dense row).
   */
  private record Partition(int[] words, long keys) {
    /** The two halves of this partition, for {@code keys} planned keys by word. */
    Partition[] split(long[] keysByWord) {
      int half = words.length / 2;
      int[][] parts = {Arrays.copyOf(words, half), Arrays.copyOfRange(words, half, words.length)};
      Partition[] halves = new Partition[2];
      for (int h = 0; h < 2; h++) {
        long sum = 0;
        for (int id : parts[h]) {
          sum += keysByWord[id];
        }
        halves[h] = new Partition(parts[h], sum);
      }
      return halves;
    }
  }

  /** What the passes of {@code --all} kept, and how many passes there were. */
  private record Counted(CountList kept, int passes) {}

  /**
   * Counts each partition in a pass of its own, on the run's workers ({@link AnalysisContext#runTasks}),
   * as many at a time as there are threads. A pass whose counts
   * outgrow their memory ({@link LongLongHashMap.Full}) is abandoned and its partition split in two,
   * counted again; a partition of one word is never abandoned. The counts do not depend on how the
   * words were split, so neither does the result.
   */
  private static Counted countInPasses(AnalysisContext context, List<Partition> partitions,
      long[] keysByWord, java.util.function.Function<Partition, CountList> pass) {
    int threads = context.threads();
    java.util.Deque<Partition> pending = new java.util.ArrayDeque<>(partitions);
    List<CountList> kept = new ArrayList<>();
    int passes = 0;
    while (!pending.isEmpty()) {
      List<Partition> batch = new ArrayList<>();
      while (batch.size() < threads && !pending.isEmpty()) {
        batch.add(pending.poll());
      }
      List<Callable<CountList>> tasks = new ArrayList<>();
      for (Partition partition : batch) {
        tasks.add(() -> {
          try {
            return pass.apply(partition);
          } catch (LongLongHashMap.Full e) {
            return null;
          }
        });
      }
      List<CountList> results = context.runTasks(tasks);
      passes += batch.size();
      for (int i = batch.size() - 1; i >= 0; i--) {
        if (results.get(i) == null) {
          Partition[] halves = batch.get(i).split(keysByWord);
          pending.addFirst(halves[1]);
          pending.addFirst(halves[0]);
        } else {
          kept.add(results.get(i));
        }
      }
    }
    return new Counted(CountList.concat(kept), passes);
  }

  /**
   * Splits the words with a non-zero {@code cost} (the bytes each may take in a pass) into
   * partitions whose costs add up to at most {@code capacity} bytes, in word id order; a word whose
   * cost alone passes the capacity gets a partition of its own. {@code keys} is the hash map keys
   * each word may add.
   */
  private static List<Partition> partitions(long[] cost, long[] keys, long capacity) {
    List<Partition> partitions = new ArrayList<>();
    int[] words = new int[cost.length];
    int count = 0;
    long sum = 0;
    long keySum = 0;
    for (int id = 0; id < cost.length; id++) {
      if (cost[id] == 0) {
        continue;
      }
      if (count > 0 && sum + cost[id] > capacity) {
        partitions.add(new Partition(Arrays.copyOf(words, count), keySum));
        count = 0;
        sum = 0;
        keySum = 0;
      }
      words[count++] = id;
      sum += cost[id];
      keySum += keys[id];
    }
    if (count > 0) {
      partitions.add(new Partition(Arrays.copyOf(words, count), keySum));
    }
    return partitions;
  }

  /** Bytes a hash map key costs when the map is full: 16 bytes a slot, three quarters full. */
  private static long hashBytes(long keys) {
    return (keys * LongLongHashMap.BYTES_PER_SLOT * 4 + 2) / 3;
  }

  /** What {@code --all} counted: the pairs that passed --min-observed, and R1 by node word. */
  private record PairCounts(CountList kept, long[] windowPositions, IntCounts frequency,
      int passes) {}

  /**
   * Reads the corpus into a word stream and counts every pair in as many passes as memory needs
   * (the stream is dropped when this returns, before the pairs are sorted).
   */
  private PairCounts countPairs(AnalysisContext context, CollocationOptions options) {
    int left = options.left();
    int right = options.right();
    WordStream stream = WordStream.read(context, options.crossSentences(),
        Math.max(left, right), streamBudget());
    IntCounts frequency = stream.frequency();
    long n = requireWords(context);
    Eligibility words = new Eligibility(context, frequency, options);
    int size = words.size;
    int span = left + right;
    int[] collocateIndex = new int[size];
    int[] collocateWord = new int[(int) words.collocates];
    for (int id = 0, k = 0; id < size; id++) {
      collocateIndex[id] = words.collocate[id] ? k : -1;
      if (words.collocate[id]) {
        collocateWord[k++] = id;
      }
    }
    // A node must be able to reach --min-observed: f(node) x span positions in its windows. It
    // costs a dense row of int counts (one per collocate) if that is no more than its hash entries
    // could take, else up to min(f x span, collocates) hash entries.
    long rowBytes = 4 * words.collocates + 16;
    boolean[] dense = new boolean[size];
    long[] cost = new long[size];
    long[] keys = new long[size];
    for (int id = 0; id < size; id++) {
      long f = frequency.get(id);
      if (words.stopword[id] || f < options.minFreq() || f * span < options.minObserved()) {
        continue;
      }
      long bound = Math.max(1, PairCounter.distinctPairsAtMost(f, span, words.collocates));
      dense[id] = denseRows && n <= Integer.MAX_VALUE && hashBytes(bound) >= rowBytes;
      keys[id] = dense[id] ? 0 : Math.max(1, bound / plannedShare);
      cost[id] = dense[id] ? rowBytes : hashBytes(keys[id]);
    }
    long perPass = bytesPerPass(context, stream);
    // per pass: a node key, an R1 and a row reference per word
    long perWord = 20L * size;
    long[] windowPositions = new long[size];
    Counted counted = countInPasses(context, partitions(cost, keys, perPass), keys,
        partition -> {
          int[] nodeKey = new int[size];
          Arrays.fill(nodeKey, -1);
          int[][] rows = new int[size][];
          long rowsBytes = 0;
          for (int id : partition.words()) {
            nodeKey[id] = id;
            if (dense[id]) {
              rows[id] = new int[collocateWord.length];
              rowsBytes += rowBytes;
            }
          }
          long limit = partition.words().length == 1 ? Long.MAX_VALUE
              : mapLimit(perPass, rowsBytes, perWord);
          LongLongHashMap pairs = new LongLongHashMap(
              (int) Math.min(Integer.MAX_VALUE / 2, partition.keys()), limit);
          long[] positions = new long[size];
          PairCounter.count(stream, nodeKey, words.collocate, left, right, pairs, positions, rows,
              collocateIndex);
          CountList kept = new CountList();
          for (int id : partition.words()) {
            windowPositions[id] = positions[id]; // each partition writes only its own words
            int[] row = rows[id];
            for (int k = 0; row != null && k < row.length; k++) {
              if (row[k] >= options.minObserved()) {
                kept.add((long) id << 32 | collocateWord[k], row[k]);
              }
            }
          }
          kept.addAtLeast(pairs, options.minObserved());
          return kept;
        });
    return new PairCounts(counted.kept(), windowPositions, frequency, counted.passes());
  }

  private CollocationsResult pairs(AnalysisContext context, CollocationOptions options) {
    PairCounts counts = countPairs(context, options);
    long n = requireWords(context);
    Vocabulary vocabulary = context.vocabulary();
    IntCounts frequency = counts.frequency();
    long[] windowPositions = counts.windowPositions();
    int left = options.left();
    int right = options.right();
    CountList kept = counts.kept();
    Measure measure = options.sortMeasure();
    double[] sortKey = new double[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      long key = kept.key(i);
      int node = (int) (key >>> 32);
      int collocate = (int) key;
      long observed = kept.count(i);
      ContingencyTable table = ContingencyTable.fromMarginals(observed, windowPositions[node],
          frequency.get(collocate), n);
      double score = measure == null ? observed
          : table.hasEmptyMarginal() ? Double.NaN : measure.of(table);
      sortKey[i] = Double.isNaN(score) ? Double.POSITIVE_INFINITY : -score;
    }
    // The order of Collocation.order: score descending (NaN last), observed descending, node, collocate.
    kept.sort((i, j) -> {
      int c = Double.compare(sortKey[i], sortKey[j]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(kept.count(j), kept.count(i));
      if (c != 0) {
        return c;
      }
      c = vocabulary.form((int) (kept.key(i) >>> 32))
          .compareTo(vocabulary.form((int) (kept.key(j) >>> 32)));
      return c != 0 ? c
          : vocabulary.form((int) kept.key(i)).compareTo(vocabulary.form((int) kept.key(j)));
    });
    int candidates = kept.size();
    int listed = options.top() > 0 ? Math.min(options.top(), candidates) : candidates;
    return new PairTable(n, left, right, options.crossSentences(), options.measure(),
        new PairRows(kept, listed, vocabulary, frequency, windowPositions, n), candidates,
        counts.passes());
  }

  private CollocationsResult trigrams(AnalysisContext context, CollocationOptions options) {
    WordStream stream = WordStream.read(context, options.crossSentences(), 2, streamBudget());
    IntCounts frequency = stream.frequency();
    long n = requireWords(context);
    Vocabulary vocabulary = context.vocabulary();
    Eligibility words = new Eligibility(context, frequency, options);
    boolean[] eligible = new boolean[words.size];
    long minimum = Math.max(options.minFreq(), options.minObserved());
    long[] keys = new long[words.size];
    long[] cost = new long[words.size];
    for (int id = 0; id < words.size; id++) {
      eligible[id] = frequency.get(id) >= minimum;
      // every occurrence of the first word starts at most one trigram
      keys[id] = eligible[id] ? Math.max(1, frequency.get(id) / plannedShare) : 0;
      cost[id] = hashBytes(keys[id]);
    }
    long perPass = bytesPerPass(context, stream);
    Counted counted = countInPasses(context, partitions(cost, keys, perPass), keys,
        partition -> {
          boolean[] inPartition = new boolean[words.size];
          for (int id : partition.words()) {
            inPartition[id] = true;
          }
          long limit = partition.words().length == 1 ? Long.MAX_VALUE
              : mapLimit(perPass, 0, words.size);
          LongLongHashMap trigrams = new LongLongHashMap(
              (int) Math.min(Integer.MAX_VALUE / 2, partition.keys()), limit);
          TrigramCounter.count(stream, eligible, inPartition, trigrams);
          CountList kept = new CountList();
          trigrams.forEach((key, count) -> {
            if (count >= options.minObserved() && !(words.stopword[TrigramCounter.word(key, 0)]
                && words.stopword[TrigramCounter.word(key, 1)]
                && words.stopword[TrigramCounter.word(key, 2)])) {
              kept.add(key, count);
            }
          });
          return kept;
        });
    CountList kept = counted.kept();
    // The order of Trigram.order: the measure descending, observed descending, then the text.
    TrigramRows all = new TrigramRows(kept, kept.size(), vocabulary, frequency, n);
    double[] sortKey = new double[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      sortKey[i] = -all.get(i).sortKey(options.measure());
    }
    kept.sort((i, j) -> {
      int c = Double.compare(sortKey[i], sortKey[j]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(kept.count(j), kept.count(i));
      return c != 0 ? c : text(vocabulary, kept.key(i)).compareTo(text(vocabulary, kept.key(j)));
    });
    int candidates = kept.size();
    int listed = options.top() > 0 ? Math.min(options.top(), candidates) : candidates;
    return new TrigramTable(n, options.measure(),
        new TrigramRows(kept, listed, vocabulary, frequency, n), candidates,
        options.crossSentences());
  }

  private static String text(Vocabulary vocabulary, long trigram) {
    return vocabulary.form(TrigramCounter.word(trigram, 0)) + " "
        + vocabulary.form(TrigramCounter.word(trigram, 1)) + " "
        + vocabulary.form(TrigramCounter.word(trigram, 2));
  }

  /**
   * Bytes the counts of one pass may take: the passes running at once (one per thread) share 60% of
   * the Java heap left by the word stream. With a fixed budget of pairs, as many bytes as that many
   * hash entries.
   */
  private long bytesPerPass(AnalysisContext context, WordStream stream) {
    if (maxPairs > 0) {
      return hashBytes(maxPairs);
    }
    long forCounts = Runtime.getRuntime().maxMemory() * 3 / 5 - stream.bytes();
    return Math.max(16L << 20, forCounts / context.threads());
  }

  /**
   * The bytes a pass's hash map may grow to: the pass's bytes less its dense rows and its arrays by
   * word, at least 1 MB; with a fixed budget of pairs (tests), the budget less the rows.
   */
  private long mapLimit(long perPass, long rows, long byWord) {
    return maxPairs > 0 ? Math.max(LongLongHashMap.BYTES_PER_SLOT * 16, perPass - rows)
        : Math.max(1L << 20, perPass - rows - byWord);
  }

  /** Memory the word stream may take: 35% of the Java heap. */
  private static long streamBudget() {
    return Runtime.getRuntime().maxMemory() * 7 / 20;
  }

  private static long requireWords(AnalysisContext context) {
    long n = context.corpusStats().wordTokens();
    if (n == 0) {
      throw new CorpusException("the corpus has no word tokens");
    }
    return n;
  }
}
