package org.corpustoolkit.plugins.tokens;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.RowCursor;
import org.corpustoolkit.report.RowSink;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * The token stream of a corpus, one row per token, produced lazily so that any corpus size streams to
 * the output. A large file is read in parts ({@link AnalysisContext#mapSegments}); positions, offsets and
 * sentence numbers continue from one part to the next, so the rows are those of the whole document.
 * Parts are decoded, tokenized, split into sentences (and annotated, with {@code --annotate}) on the
 * worker threads, a few parts ahead of the thread that writes the rows, which writes each row's cells
 * straight to the renderer ({@link Table#streamingTyped}): no array, boxed number or surface
 * {@code String} per token.
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
  static final List<Column> ANNOTATION_COLUMNS = List.of(
      Column.text("lemma", "lemma, as a counting form (punctuation, numbers, symbols: the form)"),
      Column.text("pos", "Universal Dependencies part-of-speech tag (UPOS)"));
  /** {@link TokenKind#label()} by ordinal, made once instead of once a row. */
  private static final String[] KIND_LABELS = java.util.Arrays.stream(TokenKind.values())
      .map(TokenKind::label).toArray(String[]::new);

  private final AnalysisContext context;
  private final boolean wordsOnly;
  private final boolean annotate;

  TokenListing(AnalysisContext context, boolean wordsOnly, boolean annotate) {
    this.context = context;
    this.wordsOnly = wordsOnly;
    this.annotate = annotate;
  }

  @Override
  public Table table() {
    List<Column> columns = COLUMNS;
    if (annotate) {
      columns = new ArrayList<>(COLUMNS);
      columns.addAll(ANNOTATION_COLUMNS);
    }
    // Annotations follow the sentences of each part, as the sentence column does: a part ends after a
    // blank line where it can, so only a paragraph longer than half a part is tagged as two sentences.
    return Table.streamingTyped("tokens", columns, () -> new Rows(
        context.mapSegments(Object::new, (state, doc) -> prepared(doc)).iterator()));
  }

  /**
   * {@code doc} with everything the rows read computed now, on the worker that made it: the text, the
   * tokens, the sentences and (with {@code --annotate}) the annotations. The consuming thread then only
   * reads it.
   */
  private TokenizedDocument prepared(TokenizedDocument doc) {
    if (doc.size() > 0) {
      doc.sentenceCount();
      if (annotate) {
        doc.annotations();
      }
    }
    return doc;
  }

  private final class Rows implements RowCursor {
    private final Iterator<TokenizedDocument> documents;
    private TokenizedDocument doc;
    private String text;
    private int i;
    /** Tokens, sentences and characters of the earlier parts of the current document. */
    private long tokenBase;
    private int sentenceBase;
    private long charBase;

    Rows(Iterator<TokenizedDocument> documents) {
      this.documents = documents;
    }

    private boolean hasNext() {
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
        TokenizedDocument previous = doc;
        doc = documents.next();
        i = 0;
        if (previous != null && doc.document().segment() > 0
            && previous.document().index() == doc.document().index()) {
          tokenBase += previous.size();
          sentenceBase += previous.size() == 0 ? 0 : previous.sentenceCount();
        } else {
          tokenBase = 0;
          sentenceBase = 0;
        }
        charBase = doc.document().charOffset();
        text = doc.text();
      }
    }

    @Override
    public boolean next(RowSink row) {
      if (!hasNext()) {
        return false;
      }
      int t = i++;
      int start = doc.start(t);
      int end = doc.end(t);
      row.text(doc.document().id());
      row.integer(sentenceBase + doc.sentence(t));
      row.integer(tokenBase + t + 1);
      row.integer(charBase + start);
      row.integer(charBase + end);
      row.text(text, start, end);
      row.text(doc.form(t));
      row.text(KIND_LABELS[doc.kind(t).ordinal()]);
      if (annotate) {
        var a = doc.annotations();
        row.text(a.lemma(t));
        row.text(a.pos(t).name());
      }
      return true;
    }
  }
}
