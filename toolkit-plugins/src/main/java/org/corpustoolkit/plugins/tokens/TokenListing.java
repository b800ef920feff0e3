package org.corpustoolkit.plugins.tokens;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * The token stream of a corpus, one row per token, produced lazily so that any corpus size streams to
 * the output.
 */
public final class TokenListing implements AnalysisResult {
  static final List<Column> COLUMNS = List.of(
      Column.text("doc", "document id"),
      Column.integer("sentence", "1-based sentence number within the document"),
      Column.integer("position", "1-based token number within the document"),
      Column.integer("start", "offset of the first character (UTF-16 code units, 0-based)"),
      Column.integer("end", "offset just past the last character (exclusive)"),
      Column.text("surface", "the token as written"),
      Column.text("form", "the counting form: NFC, case-folded, apostrophes folded"),
      Column.text("kind", "word, number, ideographic, kana, punctuation, symbol, url or email"));

  private final AnalysisContext context;
  private final boolean wordsOnly;

  TokenListing(AnalysisContext context, boolean wordsOnly) {
    this.context = context;
    this.wordsOnly = wordsOnly;
  }

  @Override
  public Table table() {
    return Table.streaming("tokens", COLUMNS, () -> new Rows(context.documents().iterator()));
  }

  private final class Rows implements Iterator<Object[]> {
    private final Iterator<TokenizedDocument> documents;
    private TokenizedDocument doc;
    private int i;

    Rows(Iterator<TokenizedDocument> documents) {
      this.documents = documents;
    }

    @Override
    public boolean hasNext() {
      while (true) {
        if (doc != null) {
          while (i < doc.size() && wordsOnly && !doc.isWord(i)) {
            i++;
          }
          if (i < doc.size()) {
            return true;
          }
        }
        if (!documents.hasNext()) {
          return false;
        }
        doc = documents.next();
        i = 0;
      }
    }

    @Override
    public Object[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int t = i++;
      return new Object[] {doc.document().id(), doc.sentence(t), t + 1, doc.start(t), doc.end(t),
          doc.surface(t), doc.form(t), doc.kind(t).label()};
    }
  }
}
