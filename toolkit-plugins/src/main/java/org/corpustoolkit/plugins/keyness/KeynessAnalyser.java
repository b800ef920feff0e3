package org.corpustoolkit.plugins.keyness;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.plugins.frequency.FrequencyAnalyser;
import org.corpustoolkit.plugins.frequency.FrequencyEntry;
import org.corpustoolkit.plugins.frequency.FrequencyList;
import org.corpustoolkit.plugins.frequency.FrequencyOptions;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.stats.KeynessScores;
import org.corpustoolkit.stats.MultipleTesting;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TextSettings;

/**
 * {@code ctk keyness}: words over- and under-used in the target corpus compared with a reference corpus
 * or a saved frequency list, with every score of {@link org.corpustoolkit.stats.Keyness}.
 *
 * <p>The target is counted once (the word frequency list of {@link FrequencyAnalyser}, with document
 * range); a reference corpus is counted by a second pass over a context made with
 * {@link AnalysisContext#withCorpus}, so it is tokenized with the same case folding, stop words and
 * language. Both passes keep counts only.
 */
public final class KeynessAnalyser implements Analyser<KeynessOptions> {
  static final String HELP = """
      Compares word frequencies a (target of c word tokens) and b (reference of d word tokens), \
      counting forms as in 'ctk frequency'. Scores, signed negative when a/c < b/d (under-use):
      ll = log-likelihood G2 = 2 sum O ln(O/E) over the full 2x2 table (a, b, c-a, d-b), zero cells \
      dropped (Dunning 1993, Computational Linguistics 19(1); Rayson & Garside 2000; AntConc's \
      default). ll2 = the 2-term form 2(a ln(a/E1) + b ln(b/E2)), E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), \
      of the UCREL log-likelihood calculator and WordSmith. chi2 = Pearson chi-squared on the same \
      table, without continuity correction unless --yates. p = upper tail of chi-squared with 1 df at \
      |ll|. log_ratio = log2((a/c)/(b/d)) (Hardie 2014, CASS), a zero frequency replaced by 0.5; \
      --ci adds a Wald interval, SE(ln RR) = sqrt(1/a + 1/b) (Rothman et al. 2008). pct_diff = \
      100((a/c)-(b/d))/(b/d) (Gabrielatos & Marchi 2011), a zero b replaced by 0.5. simple_maths = \
      (a per million + k)/(b per million + k) (Kilgarriff 2009), k = --smoothing. Multiple testing: \
      Bonferroni alpha/m or Sidak 1-(1-alpha)^(1/m) over the m words tested. A word absent from the \
      reference scores high on every measure, never 0. A saved reference list gives its size through \
      per_million (frequency x 10^6 / per_million), else the sum of its frequencies.""";

  private final FrequencyAnalyser frequency = new FrequencyAnalyser();

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("keyness",
        "Keywords against a reference corpus or frequency list (LL, chi2, Log Ratio, %DIFF, ...)",
        HELP, KeynessOptions.ALL, List.of(), KeywordList.class);
  }

  @Override
  public KeynessOptions options(OptionValues values) {
    return KeynessOptions.from(values);
  }

  @Override
  public KeywordList analyse(AnalysisContext context, KeynessOptions options) {
    FrequencyList target = frequency.analyse(context, new FrequencyOptions(0, 1, 0, 1));
    return compare(target, reference(context, options.reference()), options,
        context.textSettings());
  }

  /**
   * The reference named by {@code argument}: a saved frequency list (a file whose first line is the
   * header of a {@code ctk frequency} TSV or CSV) or a corpus, counted with the settings of
   * {@code context}.
   */
  public ReferenceFrequencies reference(AnalysisContext context, String argument) {
    Path path = null;
    try {
      path = context.corpusResolver().path(argument);
    } catch (InvalidPathException e) {
      // a glob pattern that is not a valid path: a corpus
    }
    if (path != null && Files.isRegularFile(path)) {
      String first = SavedFrequencyList.firstLine(path);
      if (SavedFrequencyList.header(first).isPresent()) {
        return SavedFrequencyList.read(path, argument,
            new CountingForm(context.textSettings().caseSensitive()));
      }
      if (first != null && first.matches("\\s*rank\\s+(word|ngram)\\s+frequency\\b.*")) {
        throw new CorpusException("reference " + argument + " looks like a frequency list in text "
            + "format; save it with 'ctk frequency --format tsv' (or csv)");
      }
    }
    Corpus corpus = context.corpusResolver().load(List.of(argument));
    AnalysisContext referenceContext = context.withCorpus(corpus);
    FrequencyList list;
    try {
      list = frequency.analyse(referenceContext, new FrequencyOptions(0, 1, 0, 1));
    } catch (CorpusException e) {
      throw new CorpusException("reference corpus " + argument + ": " + e.getMessage(), e);
    }
    Map<String, Long> counts = new HashMap<>();
    for (FrequencyEntry e : list.entries()) {
      counts.put(e.item(), e.frequency());
    }
    return new ReferenceFrequencies(counts, list.total(), argument + " (corpus, "
        + list.documents() + " document" + (list.documents() == 1 ? "" : "s") + ")",
        "reference size d = " + list.total() + " word tokens, tokenized with the target's settings");
  }

  /** Keywords of {@code target} (a word list of every word, as {@code ctk frequency} makes it). */
  public KeywordList compare(FrequencyList target, ReferenceFrequencies reference,
      KeynessOptions options, TextSettings settings) {
    if (target.ngram() != 1) {
      throw new IllegalArgumentException("keyness compares word lists");
    }
    long c = target.total();
    long d = reference.size();
    List<Keyword> positive = new ArrayList<>();
    List<Keyword> negative = new ArrayList<>();
    // The reference words that the target has too: usually far fewer than the target's words.
    Set<String> matched = new HashSet<>();
    Map<String, Long> referenceFrequencies = reference.frequencies();
    for (FrequencyEntry e : target.entries()) {
      String word = e.item();
      Long b = referenceFrequencies.get(word);
      if (b != null) {
        matched.add(word);
      }
      score(word, e.frequency(), b == null ? 0 : b, c, d, e.range(), options, positive, negative);
    }
    List<String> absent = new ArrayList<>();
    for (String word : referenceFrequencies.keySet()) {
      if (!matched.contains(word) && !settings.isStopword(word)) {
        absent.add(word);
      }
    }
    absent.sort(Comparator.naturalOrder());
    for (String word : absent) {
      score(word, 0, reference.frequency(word), c, d, 0, options, positive, negative);
    }
    long tested = positive.size() + negative.size();
    double threshold = switch (options.correction()) {
      case "bonferroni" -> tested == 0 ? options.alpha()
          : MultipleTesting.bonferroniAlpha(options.alpha(), tested);
      case "sidak" -> tested == 0 ? options.alpha()
          : MultipleTesting.sidakAlpha(options.alpha(), tested);
      default -> options.alpha();
    };
    if (threshold < 1) {
      positive.removeIf(k -> k.scores().logLikelihoodPValue() > threshold);
      negative.removeIf(k -> k.scores().logLikelihoodPValue() > threshold);
    }
    sort(positive, options.measure(), true);
    sort(negative, options.measure(), false);
    List<Keyword> shownPositive = options.positive() ? cut(positive, options.top()) : List.of();
    List<Keyword> shownNegative = options.negative() ? cut(negative, options.top()) : List.of();
    return new KeywordList(shownPositive, shownNegative, options, c, target.types(),
        target.documents(), reference, tested, threshold);
  }

  private static void score(String word, long a, long b, long c, long d, int range,
      KeynessOptions options, List<Keyword> positive, List<Keyword> negative) {
    if (a * (double) d == b * (double) c) {
      return; // same relative frequency: neither over- nor under-used
    }
    boolean over = a * (double) d > b * (double) c;
    if ((over ? a : b) < options.minFreq()) {
      return;
    }
    KeynessScores scores = KeynessScores.of(a, b, c, d, options.smoothing(),
        options.interval() ? options.confidence() : KeynessScores.DEFAULT_CONFIDENCE_LEVEL);
    double chi2 = options.yates() ? scores.chiSquaredYates() : scores.chiSquared();
    (over ? positive : negative).add(new Keyword(word, scores, chi2, range));
  }

  /**
   * Strongest first: for positive keywords the largest value (the smallest p), for negative ones the
   * most negative value (the smallest Simple Maths ratio, the smallest p); ties by |ll|, then word. The
   * sort keys are computed once per keyword, not once per comparison.
   */
  private static void sort(List<Keyword> keywords, String measure, boolean positive) {
    boolean ascending = measure.equals("p") || !positive;
    record Ranked(Keyword keyword, double value, double strength) {}
    List<Ranked> ranked = new ArrayList<>(keywords.size());
    for (Keyword k : keywords) {
      ranked.add(new Ranked(k, k.value(measure), Math.abs(k.scores().logLikelihood())));
    }
    ranked.sort((x, y) -> {
      int byValue = ascending ? Double.compare(x.value(), y.value())
          : Double.compare(y.value(), x.value());
      if (byValue != 0) {
        return byValue;
      }
      int byStrength = Double.compare(y.strength(), x.strength());
      return byStrength != 0 ? byStrength : x.keyword().word().compareTo(y.keyword().word());
    });
    keywords.clear();
    for (Ranked r : ranked) {
      keywords.add(r.keyword());
    }
  }

  private static List<Keyword> cut(List<Keyword> list, int top) {
    return top > 0 && list.size() > top ? list.subList(0, top) : list;
  }
}
