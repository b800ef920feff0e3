package org.corpustoolkit.plugins.kwic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * A concordance plot alone ({@code ctk kwic --plot}): for each document with hits, its size, its hits,
 * hits per 1,000 word tokens and a bar with a mark where each hit falls, as AntConc's Plot tool.
 *
 * @param query the query
 * @param documents the bars, in corpus order
 * @param hits hits in the corpus
 * @param documentsSearched documents read
 * @param wordTokens word tokens read
 */
public record ConcordancePlot(String query, List<DocumentPlot> documents, long hits,
    int documentsSearched, long wordTokens) implements AnalysisResult {
  /** Characters in the text bar. */
  public static final int BAR_WIDTH = 50;

  public ConcordancePlot {
    documents = List.copyOf(documents);
  }

  @Override
  public Table table() {
    Table.Builder table = Table.builder("concordance plot")
        .column(Column.text("doc", "document id"))
        .column(Column.integer("word_tokens", "word tokens in the document"))
        .column(Column.integer("hits", "hits in the document"))
        .column(Column.decimal("per_thousand_words", 2, "hits per 1,000 word tokens"))
        .column(Column.text("plot", "the document from start to end in " + BAR_WIDTH
            + " slices: | where at least one hit falls, - elsewhere"));
    for (DocumentPlot d : documents) {
      table.row(d.doc(), d.wordTokens(), d.hits(), d.perThousandWords(), d.bar(BAR_WIDTH));
    }
    return table.build();
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("query", query);
    summary.put("hits", hits);
    summary.put("documents_with_hits", documents.size());
    summary.put("documents_searched", documentsSearched);
    summary.put("hits_per_thousand_words", wordTokens == 0 ? 0.0 : hits * 1000.0 / wordTokens);
    return summary;
  }

  @Override
  public List<String> notes() {
    return List.of("positions are relative to the word tokens of each document; "
        + "only documents with hits are listed");
  }
}
