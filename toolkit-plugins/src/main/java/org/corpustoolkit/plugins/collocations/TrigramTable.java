package org.corpustoolkit.plugins.collocations;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;

/**
 * Contiguous trigrams of the corpus ({@code --all --ngram 3}), best first.
 *
 * @param corpusSize N: word tokens in the corpus
 * @param measure the sort key ({@code mi}, {@code t_score} or {@code observed})
 * @param trigrams the listed trigrams, after thresholds and {@code --top}
 * @param candidates trigrams that passed the thresholds, before {@code --top}
 * @param crossSentences whether trigrams could span sentences
 */
public record TrigramTable(long corpusSize, String measure, List<Trigram> trigrams, int candidates,
    boolean crossSentences) implements CollocationsResult {

  public TrigramTable {
    trigrams = trigrams instanceof TrigramRows ? trigrams : List.copyOf(trigrams);
  }

  /** The trigram with this text (words joined by one space), or null. */
  public Trigram trigram(String text) {
    return trigrams.stream().filter(t -> t.text().equals(text)).findFirst().orElse(null);
  }

  /** The rows: a trigram's scores are computed as it is written. */
  @Override
  public Table table() {
    List<Column> columns = List.of(
        Column.text("ngram", "counting forms of three consecutive word tokens"),
        Column.integer("observed", "O: occurrences of the trigram"),
        Column.decimal("expected", 3, "E = f1 x f2 x f3 / N^2"),
        Column.integer("frequency_1", "f1: corpus frequency of the first word"),
        Column.integer("frequency_2", "f2: corpus frequency of the second word"),
        Column.integer("frequency_3", "f3: corpus frequency of the third word"),
        Column.decimal("mi", 3, "MI = log2(O x N^2 / (f1 x f2 x f3)) (total correlation; "
            + "Van de Cruys 2011)"),
        Column.decimal("t_score", 3, "t = (O - E) / sqrt(O) (Church et al. 1991)"));
    // Rows made when read from the finished counts: readable on several threads at once (see
    // PairTable).
    List<Trigram> listed = trigrams;
    return Table.ofThreadSafe("trigrams", columns, new AbstractList<>() {
      @Override
      public Object[] get(int index) {
        Trigram t = listed.get(index);
        return new Object[] {t.text(), t.observed(), t.expected(), t.frequencies()[0],
            t.frequencies()[1], t.frequencies()[2], t.mutualInformation(), t.tScore()};
      }

      @Override
      public int size() {
        return listed.size();
      }
    });
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("corpus_word_tokens", corpusSize);
    summary.put("measure", measure);
    summary.put("trigrams", candidates);
    return summary;
  }

  @Override
  public List<String> notes() {
    return List.of("trigrams are three consecutive word tokens (punctuation skipped) within a "
        + (crossSentences ? "document" : "sentence") + "; N = word tokens; trigrams made only of "
        + "stop words are left out");
  }
}
