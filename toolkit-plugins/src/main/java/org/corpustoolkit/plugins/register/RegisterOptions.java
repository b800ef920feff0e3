package org.corpustoolkit.plugins.register;

import java.util.List;
import java.util.Optional;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;

/**
 * Options of {@code ctk register}.
 *
 * @param segment MSTTR segment size in tokens
 * @param window MATTR window size in tokens
 * @param perDocument one row per document (default); false with {@code --corpus-only}
 * @param compare report each document's features as z-scores
 * @param reference a corpus (file, folder or glob) whose documents give the means and SDs for
 *     {@code --compare}; empty: the analysed corpus itself
 * @param heuristicTags true to use the heuristic tagger even when an annotator is installed
 *     ({@code --pos-tags heuristic}: fast, rough)
 */
public record RegisterOptions(int segment, int window, boolean perDocument, boolean compare,
    Optional<String> reference, boolean heuristicTags) {
  static final OptionDef<Integer> SEGMENT = OptionDef.integer("--segment", 100, "N",
      "MSTTR segment size in tokens.");
  static final OptionDef<Integer> WINDOW = OptionDef.integer("--window", 100, "N",
      "MATTR window size in tokens.");
  static final OptionDef<Boolean> CORPUS_ONLY = OptionDef.flag("--corpus-only",
      "Only the corpus row (per-document rows are shown by default).");
  static final OptionDef<Boolean> COMPARE = OptionDef.flag("--compare",
      "Show each document's features as z-scores against the mean and standard deviation of the "
          + "corpus's documents (or of --reference's documents); --format html draws a heat map.");
  static final OptionDef<String> REFERENCE = OptionDef.string("--reference", null, "CORPUS",
      "Reference corpus (file, folder or glob, resolved against the current folder) for --compare; "
          + "implies --compare.");

  static final OptionDef<String> POS_TAGS = OptionDef.choice("--pos-tags", "annotator",
      List.of("annotator", "heuristic"),
      "Where the part-of-speech features get their tags: 'annotator' (the tagger of --lang, e.g. "
          + "OpenNLP for English; accurate, about 6,000 words a second per thread) or 'heuristic' "
          + "(word lists and suffixes; fast, rough, marked FALLBACK in the output).");

  static final List<OptionDef<?>> ALL = List.of(SEGMENT, WINDOW, CORPUS_ONLY, COMPARE, REFERENCE,
      POS_TAGS);

  /** Options that take tags from the annotator when one is installed. */
  public RegisterOptions(int segment, int window, boolean perDocument, boolean compare,
      Optional<String> reference) {
    this(segment, window, perDocument, compare, reference, false);
  }

  public RegisterOptions {
    if (segment < 1) {
      throw new UsageException("--segment must be 1 or more, not " + segment);
    }
    if (window < 1) {
      throw new UsageException("--window must be 1 or more, not " + window);
    }
    if (!perDocument && (compare || reference.isPresent())) {
      throw new UsageException("--corpus-only cannot be combined with --compare or --reference");
    }
  }

  /** Segment and window 100, per-document rows, no comparison. */
  public static RegisterOptions defaults() {
    return new RegisterOptions(100, 100, true, false, Optional.empty());
  }

  static RegisterOptions from(OptionValues values) {
    Optional<String> reference = Optional.ofNullable(values.get(REFERENCE)).filter(s -> !s.isBlank());
    return new RegisterOptions(values.get(SEGMENT), values.get(WINDOW), !values.get(CORPUS_ONLY),
        values.get(COMPARE) || reference.isPresent(), reference,
        values.get(POS_TAGS).equals("heuristic"));
  }
}
