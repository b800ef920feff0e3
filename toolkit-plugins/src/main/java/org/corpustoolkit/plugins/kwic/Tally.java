package org.corpustoolkit.plugins.kwic;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind a concordance: hits, documents with hits, documents and word tokens searched, and
 * the plot. Filled once for a collected concordance, or as the lines are walked for a streaming one.
 */
final class Tally {
  long hits;
  int documentsWithHits;
  int documentsSearched;
  long wordTokens;
  int lines;
  /** False if the search stopped at {@code --limit} before the end of the corpus. */
  boolean complete = true;
  /** True once every count is final. */
  boolean finished;
  final List<DocumentPlot> plots = new ArrayList<>();

  void document(int words, DocumentPlot plot) {
    documentsSearched++;
    wordTokens += words;
    if (plot != null) {
      documentsWithHits++;
      hits += plot.hits();
      plots.add(plot);
    }
  }

  double perThousandWords() {
    return wordTokens == 0 ? 0 : hits * 1000.0 / wordTokens;
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "12 hits in 3 documents". */
  String hitsInDocuments() {
    return plural(hits, "hit") + " in " + plural(documentsWithHits, "document");
  }
}
