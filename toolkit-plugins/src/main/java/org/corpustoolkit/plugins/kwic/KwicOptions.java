package org.corpustoolkit.plugins.kwic;

import java.util.List;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.TokenAttributes;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;

/**
 * Options of {@code ctk kwic}.
 *
 * @param query the query text (see {@link org.corpustoolkit.query})
 * @param width context in word tokens on each side (used when {@code chars} is 0)
 * @param chars context in characters on each side, or 0 to use {@code width}
 * @param sort sort keys, most significant first; empty for corpus order
 * @param sample show a uniform random sample of this many hits (0: all)
 * @param seed seed of the sample
 * @param limit show at most this many lines (0: all)
 * @param plot print the concordance plot alone
 * @param crossSentences let matches span sentence boundaries
 * @param countAll with {@code limit}, search on to the end of the corpus to count every hit
 */
public record KwicOptions(String query, int width, int chars, List<SortKey> sort, int sample,
    int seed, int limit, boolean plot, boolean crossSentences, boolean countAll) {
  static final OptionDef<String> QUERY = OptionDef.parameter("QUERY",
      "What to find: a word (china), wildcards (bilat*, wom?n), a /regex/, a \"phrase\", or CQL "
          + "([word=\"ti.*\"], [word!=\"the\"], [lemma=\"be\"], [pos=\"NOUN\"], [], []{0,2}, ?, *, +, "
          + "(\"a\"|\"an\")); see below.");
  static final OptionDef<Integer> WIDTH = OptionDef.integer("--width", 5, "N",
      "Context: N word tokens on each side (punctuation in between is shown but not counted).");
  static final OptionDef<Integer> CHARS = OptionDef.integer("--chars", 0, "N",
      "Context: N characters on each side instead of --width (0: use --width).");
  static final OptionDef<String> SORT = OptionDef.string("--sort", null, "KEYS",
      "Sort lines by a comma-separated list of keys: L1..L9 (k-th word left of the node), R1..R9, "
          + "node, doc, position; by counting form, stable. Default: corpus order.");
  static final OptionDef<Integer> SAMPLE = OptionDef.integer("--sample", 0, "N",
      "Show a uniform random sample of N hits (each hit equally likely), in corpus order unless "
          + "--sort is given (0: all hits).");
  static final OptionDef<Integer> SEED = OptionDef.integer("--seed", 1, "S",
      "Seed of --sample: the same seed on the same corpus gives the same lines.");
  static final OptionDef<Integer> LIMIT = OptionDef.integer("--limit", 0, "N",
      "Show at most N lines (0: all). Without --sort, --sample or --count-all the search stops "
          + "at the N-th hit, so the total is not known.");
  static final OptionDef<Boolean> COUNT_ALL = OptionDef.flag("--count-all",
      "With --limit: search the whole corpus anyway, to count every hit (and plot every document).");
  static final OptionDef<Boolean> PLOT = OptionDef.flag("--plot",
      "Print only the concordance plot: per document the hits, hits per 1,000 words and where they "
          + "fall (an SVG bar in html, a text bar elsewhere).");
  static final OptionDef<Boolean> CROSS = OptionDef.flag("--cross-sentences",
      "Let a match span a sentence boundary (as CQP does); by default matches stay in one sentence.");

  static final List<OptionDef<?>> PARAMETERS = List.of(QUERY);
  static final List<OptionDef<?>> ALL =
      List.of(WIDTH, CHARS, SORT, SAMPLE, SEED, LIMIT, COUNT_ALL, PLOT, CROSS);

  public KwicOptions {
    if (query == null || query.isBlank()) {
      throw new UsageException("give a QUERY, for example: ctk kwic china");
    }
    if (width < 0 || width > 100) {
      throw new UsageException("--width must be between 0 and 100, not " + width);
    }
    if (chars < 0 || chars > 10_000) {
      throw new UsageException("--chars must be between 0 and 10000, not " + chars);
    }
    if (sample < 0) {
      throw new UsageException("--sample must be 0 or more, not " + sample);
    }
    if (limit < 0) {
      throw new UsageException("--limit must be 0 or more, not " + limit);
    }
    sort = List.copyOf(sort);
    // reject a bad query before reading the corpus
    Query.parse(query, false, TokenAttributes.annotated());
  }

  /** Options without {@code --count-all}. */
  public KwicOptions(String query, int width, int chars, List<SortKey> sort, int sample, int seed,
      int limit, boolean plot, boolean crossSentences) {
    this(query, width, chars, sort, sample, seed, limit, plot, crossSentences, false);
  }

  /** Options with the defaults of the command line. */
  public static KwicOptions of(String query) {
    return new KwicOptions(query, 5, 0, List.of(), 0, 1, 0, false, false, false);
  }

  /** These options with {@code --limit N}. */
  public KwicOptions withLimit(int n) {
    return new KwicOptions(query, width, chars, sort, sample, seed, n, plot, crossSentences,
        countAll);
  }

  /** These options with {@code --count-all} on or off. */
  public KwicOptions withCountAll(boolean on) {
    return new KwicOptions(query, width, chars, sort, sample, seed, limit, plot, crossSentences,
        on);
  }

  static KwicOptions from(OptionValues values) {
    if (values.isSet(WIDTH) && values.isSet(CHARS)) {
      throw new UsageException("give --width or --chars, not both");
    }
    if (values.isSet(SEED) && values.get(SAMPLE) == 0) {
      throw new UsageException("--seed only applies to --sample");
    }
    if (values.get(COUNT_ALL) && values.get(LIMIT) == 0) {
      throw new UsageException("--count-all only applies to --limit");
    }
    return new KwicOptions(values.get(QUERY), values.get(WIDTH), values.get(CHARS),
        SortKey.parseList(values.get(SORT)), values.get(SAMPLE), values.get(SEED), values.get(LIMIT),
        values.get(PLOT), values.get(CROSS), values.get(COUNT_ALL));
  }

  /** True if every hit must be found before the first line can be shown. */
  boolean needsAllHits() {
    return !sort.isEmpty() || sample > 0;
  }

  /** The largest L distance in the sort keys. */
  int leftKeys() {
    return sort.stream().filter(k -> k.kind() == SortKey.Kind.LEFT).mapToInt(SortKey::distance)
        .max().orElse(0);
  }

  /** The largest R distance in the sort keys. */
  int rightKeys() {
    return sort.stream().filter(k -> k.kind() == SortKey.Kind.RIGHT).mapToInt(SortKey::distance)
        .max().orElse(0);
  }
}
