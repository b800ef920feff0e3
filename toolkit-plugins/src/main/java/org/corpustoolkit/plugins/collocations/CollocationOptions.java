package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;

/**
 * Options of {@code ctk collocations}.
 *
 * @param node the node word (empty with {@code --all})
 * @param all extract every pair (or n-gram) of the corpus instead of one node's collocates
 * @param left window positions (word tokens) before the node
 * @param right window positions (word tokens) after the node
 * @param crossSentences let windows run across sentence boundaries (never across documents)
 * @param measure the sort key: a {@link Measure} column name, or {@code observed}
 * @param minFreq leave out collocates whose corpus frequency is lower
 * @param minObserved leave out collocates seen fewer times in the windows (O11)
 * @param top keep only the first {@code top} rows (0: all)
 * @param ngram with {@code --all}: 0 for window pairs, 2 for adjacent bigrams, 3 for trigrams
 * @param network build a collocation network around the node
 * @param depth levels of the network (1: the node's collocates; 2: also theirs; at most 3)
 * @param networkTop collocates kept per expanded node of the network
 * @param query a KWIC query ({@code --query}) whose matches are the node, instead of a NODE word
 *     (empty when not given)
 */
public record CollocationOptions(String node, boolean all, int left, int right,
    boolean crossSentences, String measure, int minFreq, int minObserved, int top, int ngram,
    boolean network, int depth, int networkTop, String query) {

  /** The sort keys offered by {@code --measure}. */
  static final List<String> SORT_KEYS;

  static {
    List<String> keys = new ArrayList<>(Measure.names());
    keys.add("observed");
    SORT_KEYS = List.copyOf(keys);
  }

  static final OptionDef<String> NODE = OptionDef.optionalParameter("NODE",
      "The node word, matched on its counting form (omit it with --query or --all).");
  static final OptionDef<String> QUERY = OptionDef.string("--query", "", "QUERY",
      "The node is every match of QUERY, in the query language of ctk kwic (\"early warning\", "
          + "[word=\"ti.*\"], ...), instead of a NODE word; windows are around the whole match.");
  static final OptionDef<Boolean> ALL = OptionDef.flag("--all",
      "Extract all word pairs of the corpus in the span (collocation extraction) instead of the "
          + "collocates of one NODE.");
  static final OptionDef<Integer> LEFT = OptionDef.integer("--left", 5, "N",
      "Window size to the left of the node, in word tokens (punctuation is not a position).");
  static final OptionDef<Integer> RIGHT = OptionDef.integer("--right", 5, "N",
      "Window size to the right of the node, in word tokens.");
  static final OptionDef<Boolean> CROSS_SENTENCES = OptionDef.flag("--cross-sentences",
      "Let windows run across sentence boundaries (they never cross document boundaries).");
  static final OptionDef<String> MEASURE = OptionDef.choice("--measure", "log_dice", SORT_KEYS,
      "Sort by this measure (descending); ties by observed, then alphabetically. With --ngram 3 "
          + "only mi, t_score and observed exist (default then: mi).");
  static final OptionDef<Integer> MIN_FREQ = OptionDef.integer("--min-freq", 1, "N",
      "Leave out collocates that occur fewer than N times in the corpus.");
  static final OptionDef<Integer> MIN_OBSERVED = OptionDef.integer("--min-observed", 3, "N",
      "Leave out collocates seen fewer than N times in the windows (O11), or n-grams seen fewer "
          + "than N times.");
  static final OptionDef<Integer> TOP =
      OptionDef.integer("--top", 0, "N", "Show only the first N rows (0: all).");
  static final OptionDef<Integer> NGRAM = OptionDef.integer("--ngram", 0, "N",
      "With --all: 2 for adjacent bigrams (the same as --left 0 --right 1), 3 for contiguous "
          + "trigrams within a sentence (frequency, MI and t-score); 0 (default): window pairs.");
  static final OptionDef<Boolean> NETWORK = OptionDef.flag("--network",
      "Build a collocation network (like #LancsBox GraphColl): the node's top collocates, then "
          + "their own top collocates, to --depth levels; --format json, dot or html draw it.");
  static final OptionDef<Integer> DEPTH = OptionDef.integer("--depth", 2, "N",
      "Levels of the collocation network, 1 to 3.");
  static final OptionDef<Integer> NETWORK_TOP = OptionDef.integer("--network-top", 10, "K",
      "Collocates kept for each node of the network (by --measure, after the thresholds).");

  static final List<OptionDef<?>> ALL_OPTIONS = List.of(QUERY, ALL, LEFT, RIGHT, CROSS_SENTENCES, MEASURE,
      MIN_FREQ, MIN_OBSERVED, TOP, NGRAM, NETWORK, DEPTH, NETWORK_TOP);

  public CollocationOptions {
    node = node == null ? "" : node.strip();
    query = query == null ? "" : query.strip();
    if (node.isEmpty() && query.isEmpty() && !all) {
      throw new UsageException("give a NODE word, --query QUERY, or --all to extract every pair "
          + "of the corpus");
    }
    if (!query.isEmpty() && all) {
      throw new UsageException("give either --query or --all, not both");
    }
    if (!node.isEmpty() && !query.isEmpty()) {
      throw new UsageException("give either a NODE word or --query, not both");
    }
    if (!node.isEmpty() && all) {
      throw new UsageException("give either a NODE word or --all, not both");
    }
    if (node.codePoints().anyMatch(Character::isWhitespace)) {
      throw new UsageException("NODE must be one word, not '" + node + "'");
    }
    if (left < 0 || right < 0 || left > 50 || right > 50) {
      throw new UsageException("--left and --right must be between 0 and 50, not " + left + " and "
          + right);
    }
    if (left + right == 0) {
      throw new UsageException("--left and --right are both 0: the window is empty");
    }
    if (!SORT_KEYS.contains(measure)) {
      throw new UsageException("--measure: '" + measure + "' is not one of "
          + String.join(", ", SORT_KEYS));
    }
    if (minFreq < 1) {
      throw new UsageException("--min-freq must be 1 or more, not " + minFreq);
    }
    if (minObserved < 1) {
      throw new UsageException("--min-observed must be 1 or more, not " + minObserved);
    }
    if (top < 0) {
      throw new UsageException("--top must be 0 or more, not " + top);
    }
    if (ngram != 0 && ngram != 2 && ngram != 3) {
      throw new UsageException("--ngram must be 2 or 3, not " + ngram);
    }
    if (ngram != 0 && !all) {
      throw new UsageException("--ngram works with --all");
    }
    if (ngram == 3 && !List.of("mi", "t_score", "observed").contains(measure)) {
      throw new UsageException("--ngram 3 offers --measure mi, t_score or observed, not " + measure);
    }
    if (network && all) {
      throw new UsageException("--network needs a NODE word or --query, not --all");
    }
    if (depth < 1 || depth > 3) {
      throw new UsageException("--depth must be between 1 and 3, not " + depth);
    }
    if (networkTop < 1) {
      throw new UsageException("--network-top must be 1 or more, not " + networkTop);
    }
  }

  /** Options without {@code --query} (the constructor before {@code --query} existed). */
  public CollocationOptions(String node, boolean all, int left, int right, boolean crossSentences,
      String measure, int minFreq, int minObserved, int top, int ngram, boolean network, int depth,
      int networkTop) {
    this(node, all, left, right, crossSentences, measure, minFreq, minObserved, top, ngram, network,
        depth, networkTop, "");
  }

  /** Collocates of one node with the defaults (span 5/5 within sentences, sorted by logDice). */
  public static CollocationOptions forNode(String node) {
    return new CollocationOptions(node, false, 5, 5, false, "log_dice", 1, 3, 0, 0, false, 2, 10);
  }

  /** Collocates of the matches of a KWIC query, with the defaults of {@link #forNode}. */
  public static CollocationOptions forQuery(String query) {
    return new CollocationOptions("", false, 5, 5, false, "log_dice", 1, 3, 0, 0, false, 2, 10,
        query);
  }

  /** True if the node is given by {@code --query}. */
  public boolean hasQuery() {
    return !query.isEmpty();
  }

  /** These options with another span. */
  public CollocationOptions withSpan(int newLeft, int newRight, boolean newCrossSentences) {
    return new CollocationOptions(node, all, newLeft, newRight, newCrossSentences, measure, minFreq,
        minObserved, top, ngram, network, depth, networkTop, query);
  }

  /** These options with other thresholds. */
  public CollocationOptions withThresholds(int newMinFreq, int newMinObserved, int newTop) {
    return new CollocationOptions(node, all, left, right, crossSentences, measure, newMinFreq,
        newMinObserved, newTop, ngram, network, depth, networkTop, query);
  }

  /** The sort measure, or null when sorting by observed frequency. */
  Measure sortMeasure() {
    return measure.equals("observed") ? null : Measure.named(measure);
  }

  static CollocationOptions from(OptionValues values) {
    int ngram = values.get(NGRAM);
    int left = values.get(LEFT);
    int right = values.get(RIGHT);
    if (ngram == 2) {
      if ((values.isSet(LEFT) && left != 0) || (values.isSet(RIGHT) && right != 1)) {
        throw new UsageException("--ngram 2 is the span --left 0 --right 1; leave out --left/--right");
      }
      left = 0;
      right = 1;
    }
    if (ngram == 3 && (values.isSet(LEFT) || values.isSet(RIGHT))) {
      throw new UsageException("--ngram 3 counts contiguous trigrams; leave out --left/--right");
    }
    String measure = values.get(MEASURE);
    if (ngram == 3 && !values.isSet(MEASURE)) {
      measure = "mi";
    }
    return new CollocationOptions(values.get(NODE), values.get(ALL), left, right,
        values.get(CROSS_SENTENCES), measure, values.get(MIN_FREQ), values.get(MIN_OBSERVED),
        values.get(TOP), ngram, values.get(NETWORK), values.get(DEPTH), values.get(NETWORK_TOP),
        values.get(QUERY));
  }
}
