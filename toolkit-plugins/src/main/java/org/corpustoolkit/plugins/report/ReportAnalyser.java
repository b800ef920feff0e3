package org.corpustoolkit.plugins.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpustoolkit.plugins.frequency.FrequencyAnalyser;
import org.corpustoolkit.plugins.frequency.FrequencyList;
import org.corpustoolkit.plugins.frequency.FrequencyOptions;
import org.corpustoolkit.plugins.frequency.ItemType;
import org.corpustoolkit.plugins.keyness.KeynessAnalyser;
import org.corpustoolkit.plugins.keyness.KeynessOptions;
import org.corpustoolkit.plugins.keyness.KeywordList;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.OptionValues;

/**
 * {@code ctk report}: a self-contained report of a corpus (HTML by default, also Markdown and JSON).
 *
 * <p>The target corpus is read once: the full word list (for the Zipf curve and keyness), the top words
 * with dispersion and the top n-grams are counted in one pass by
 * {@link FrequencyAnalyser#analyseTogether} (the two word lists share one count; a large file is read
 * in parts on every core, n-grams included); a reference corpus takes one more pass over itself.
 */
public final class ReportAnalyser implements Analyser<ReportOptions> {
  static final String HELP = """
      Writes one self-contained file (HTML by default: inline CSS and SVG, a small inline script to \
      sort tables, no network needed) with: the corpus summary (tokens, types, type/token ratio, \
      hapax and dis legomena, documents); the top words with per_million, range and dispersion \
      (Juilland's D, Gries' DP, DPnorm of Lijffijt & Gries 2012, ARF of Savicky & Hlavacova 2002; \
      definitions in 'ctk frequency --help'); a log-log rank/frequency (Zipf) plot of every word type; \
      a bar chart of the top words; the top n-grams; with --reference, keywords (log-likelihood, \
      chi-squared, Log Ratio, %DIFF, Simple Maths; definitions in 'ctk keyness --help') and a \
      keyness chart of Log Ratio; and the exact command line, ctk version and date. All corpus text \
      is escaped. --format md writes the same report in Markdown, --format json the data behind it.""";

  private final FrequencyAnalyser frequency = new FrequencyAnalyser();
  private final KeynessAnalyser keyness = new KeynessAnalyser();
  private final Clock clock;

  public ReportAnalyser() {
    this(Clock.systemUTC());
  }

  ReportAnalyser(Clock clock) {
    this.clock = clock;
  }

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("report",
        "Self-contained HTML report: frequencies, dispersion, Zipf plot, n-grams, keywords",
        HELP, ReportOptions.ALL, List.of(), CorpusReport.class).withDefaultFormat("html");
  }

  @Override
  public ReportOptions options(OptionValues values) {
    return ReportOptions.from(values);
  }

  @Override
  public CorpusReport analyse(AnalysisContext context, ReportOptions options) {
    List<FrequencyOptions> lists = new ArrayList<>();
    lists.add(new FrequencyOptions(0, 1, 0, 1));
    lists.add(new FrequencyOptions(options.top(), 1, 0, 1, ItemType.WORD, true, options.parts()));
    if (options.ngram() > 0) {
      lists.add(new FrequencyOptions(options.top(), 1, 0, options.ngram()));
    }
    List<FrequencyList> counted = frequency.analyseTogether(context, lists);
    FrequencyList all = counted.get(0);
    long[] frequencies = all.entries().stream().mapToLong(e -> e.frequency()).toArray();
    Optional<FrequencyList> ngrams = options.ngram() > 0 ? Optional.of(counted.get(2))
        : Optional.empty();
    Optional<KeywordList> keywords = Optional.empty();
    if (!options.reference().isEmpty()) {
      KeynessOptions k = new KeynessOptions(options.reference(), options.measure(), true, true, 1,
          options.top(), 1.0, "none", 1.0, 0.95, false);
      keywords = Optional.of(keyness.compare(all, keyness.reference(context, options.reference()),
          k, context.textSettings()));
    }
    return new CorpusReport(counted.get(1), frequencies, ngrams, keywords, options,
        clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }
}
