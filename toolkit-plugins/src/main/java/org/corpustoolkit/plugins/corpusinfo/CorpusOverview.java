package org.corpustoolkit.plugins.corpusinfo;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * Per-document size figures and the corpus total.
 *
 * @param documents one entry per readable document, in corpus order
 * @param total the whole corpus (types counted over the corpus, not summed)
 */
public record CorpusOverview(List<DocumentFigures> documents, DocumentFigures total)
    implements AnalysisResult {

  public CorpusOverview {
    documents = List.copyOf(documents);
  }

  @Override
  public Table table() {
    Table.Builder table = Table.builder("corpus")
        .column(Column.text("doc", "document id, or (total) for the whole corpus"))
        .column(Column.integer("tokens", "tokens of every kind"))
        .column(Column.integer("word_tokens", "word tokens (words, numbers, ideographs, kana)"))
        .column(Column.integer("types", "distinct counting forms of word tokens"))
        .column(Column.integer("sentences", "sentences"))
        .column(Column.integer("characters", "characters (UTF-16 code units)"));
    List<DocumentFigures> rows = new ArrayList<>(documents);
    rows.add(total);
    for (DocumentFigures d : rows) {
      table.row(d.doc(), d.tokens(), d.wordTokens(), d.types(), d.sentences(), d.characters());
    }
    return table.build();
  }
}
