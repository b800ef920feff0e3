package org.corpustoolkit.plugins.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpustoolkit.plugins.frequency.FrequencyList;
import org.corpustoolkit.plugins.keyness.KeywordList;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * Everything a corpus report shows: the top of the word list with dispersion, the rank/frequency curve
 * of every word, the top n-grams, and keywords when a reference was given. As a plain result its table is
 * the word list; {@link ReportHtmlRenderer}, {@link ReportMarkdownRenderer} and
 * {@link ReportJsonRenderer} write the whole report.
 *
 * @param words the most frequent words, with dispersion
 * @param frequencies the frequency of every word type, descending (the Zipf curve)
 * @param ngrams the most frequent n-grams, or empty
 * @param keywords keywords against the reference, or empty
 * @param options the options used
 * @param generated when the report was made (shown in the report, for provenance)
 */
public record CorpusReport(FrequencyList words, long[] frequencies, Optional<FrequencyList> ngrams,
    Optional<KeywordList> keywords, ReportOptions options, Instant generated)
    implements AnalysisResult {

  @Override
  public Table table() {
    return words.table();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>(words.summary());
    keywords.ifPresent(k -> {
      s.put("reference", k.reference().description());
      s.put("reference_tokens", k.reference().size());
    });
    return s;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>(words.notes());
    ngrams.ifPresent(n -> notes.add("n-grams: " + n.ngram() + " consecutive word tokens within a "
        + "sentence; per_million relative to all " + n.ngram() + "-grams"));
    keywords.ifPresent(k -> notes.addAll(k.notes()));
    notes.add("Zipf plot: rank against frequency of every word type, both axes log10");
    return notes;
  }
}
