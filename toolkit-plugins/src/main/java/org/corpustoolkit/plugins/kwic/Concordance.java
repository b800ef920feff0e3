package org.corpustoolkit.plugins.kwic;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.corpustoolkit.query.QueryMatcher;
import org.corpustoolkit.query.TokenSpan;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * A concordance: the lines of a query's hits, with the counts and the plot behind them.
 *
 * <p>Two shapes. A <em>collected</em> concordance ({@code --sort}, {@code --sample}) found every hit
 * before its first line; its counts are final from the start. A <em>streaming</em> concordance finds
 * hits as its lines are walked (once), document by document, so memory stays flat and
 * {@code --limit} stops the search early; its counts ({@link #summary()}, {@link #plot()}) are final
 * after the walk.
 */
public final class Concordance implements AnalysisResult {
  static final List<Column> COLUMNS = List.of(
      Column.text("doc", "document id"),
      Column.integer("sentence", "1-based number of the sentence in which the node starts"),
      Column.integer("start", "offset of the node's first character (UTF-16 code units, 0-based)"),
      Column.integer("end", "offset just past the node's last character"),
      Column.text("left", "context before the node"),
      Column.text("node", "the matched text"),
      Column.text("right", "context after the node"));

  private final KwicOptions options;
  private final Iterable<ConcordanceLine> lines;
  private final Tally tally;
  private final int corpusSize;
  private final boolean streaming;
  private boolean walked;

  private Concordance(KwicOptions options, Iterable<ConcordanceLine> lines, Tally tally,
      int corpusSize, boolean streaming) {
    this.options = options;
    this.lines = lines;
    this.tally = tally;
    this.corpusSize = corpusSize;
    this.streaming = streaming;
  }

  /** A concordance of lines already found (and sorted, sampled and limited). */
  static Concordance collected(KwicOptions options, List<ConcordanceLine> lines, Tally tally,
      int corpusSize) {
    tally.lines = lines.size();
    tally.finished = true;
    return new Concordance(options, List.copyOf(lines), tally, corpusSize, false);
  }

  /** A concordance that searches {@code context}'s documents as its lines are walked. */
  static Concordance streaming(KwicOptions options, AnalysisContext context, QueryMatcher matcher) {
    Tally tally = new Tally();
    Contexts contexts = new Contexts(options);
    Iterable<ConcordanceLine> lines = () -> new Lines(context.documents().iterator(), matcher,
        contexts, tally, options.limit());
    return new Concordance(options, lines, tally, context.corpus().size(), true);
  }

  /** The options the concordance was made with. */
  public KwicOptions options() {
    return options;
  }

  /** The lines; a streaming concordance can be walked once. */
  public Iterable<ConcordanceLine> lines() {
    if (streaming) {
      if (walked) {
        throw new IllegalStateException("a streaming concordance can be walked once");
      }
      walked = true;
    }
    return lines;
  }

  /** True once the counts are final (always for a collected concordance; after the walk otherwise). */
  public boolean countsFinal() {
    return tally.finished;
  }

  /** Hits found (in the documents searched). */
  public long hits() {
    return tally.hits;
  }

  /** Documents with at least one hit. */
  public int documentsWithHits() {
    return tally.documentsWithHits;
  }

  /** False if the search stopped at {@code --limit} before the end of the corpus. */
  public boolean complete() {
    return tally.complete;
  }

  /** The plot bars of the documents with hits, in corpus order. */
  public List<DocumentPlot> plot() {
    return List.copyOf(tally.plots);
  }

  /** The line that sums the result up: {@code 12 hits in 3 documents}, and what is shown of them. */
  public String hitsLine() {
    if (!tally.complete) {
      return plural(tally.lines, "line") + " shown; the search stopped at --limit " + options.limit()
          + " after " + tally.documentsSearched + " of " + corpusSize + " documents ("
          + tally.hitsInDocuments() + " so far)";
    }
    String line = tally.hitsInDocuments();
    if (options.sample() > 0 && tally.hits > options.sample()) {
      line += "; showing a random sample of " + tally.lines + " (seed " + options.seed() + ")";
    } else if (tally.lines < tally.hits) {
      line += "; showing the first " + tally.lines;
    }
    return line;
  }

  private static String plural(long n, String word) {
    return Tally.plural(n, word);
  }

  @Override
  public Table table() {
    Iterable<Object[]> rows = () -> {
      Iterator<ConcordanceLine> it = lines().iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Object[] next() {
          ConcordanceLine l = it.next();
          return new Object[] {l.doc(), l.sentence(), l.start(), l.end(), l.left(), l.node(),
              l.right()};
        }
      };
    };
    return Table.streaming("concordance", COLUMNS, rows);
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("query", options.query());
    if (!tally.finished) {
      return summary;
    }
    summary.put("hits", tally.hits);
    summary.put("documents_with_hits", tally.documentsWithHits);
    summary.put("documents_searched", tally.documentsSearched);
    summary.put("word_tokens_searched", tally.wordTokens);
    summary.put("hits_per_thousand_words", tally.perThousandWords());
    summary.put("lines", tally.lines);
    summary.put("search_complete", tally.complete);
    summary.put("result", hitsLine());
    return summary;
  }

  @Override
  public List<String> notes() {
    return List.of("matches are leftmost-longest and non-overlapping (as in CQP)"
            + (options.crossSentences() ? "" : " and never span two sentences"),
        options.chars() > 0 ? "context: " + options.chars() + " characters on each side"
            : "context: " + options.width() + " word tokens on each side");
  }

  /** Searches document by document as lines are asked for. */
  private static final class Lines implements Iterator<ConcordanceLine> {
    private final Iterator<TokenizedDocument> documents;
    private final QueryMatcher matcher;
    private final Contexts contexts;
    private final Tally tally;
    private final int limit;
    private TokenizedDocument doc;
    private List<TokenSpan> spans = List.of();
    private int k;

    Lines(Iterator<TokenizedDocument> documents, QueryMatcher matcher, Contexts contexts, Tally tally,
        int limit) {
      this.documents = documents;
      this.matcher = matcher;
      this.contexts = contexts;
      this.tally = tally;
      this.limit = limit;
    }

    @Override
    public boolean hasNext() {
      if (tally.finished) {
        return false;
      }
      if (limit > 0 && tally.lines >= limit) {
        tally.complete = false;
        tally.finished = true;
        return false;
      }
      while (k >= spans.size()) {
        if (!documents.hasNext()) {
          tally.finished = true;
          return false;
        }
        doc = documents.next();
        spans = matcher.findAll(doc);
        k = 0;
        tally.document(doc.wordCount(), spans.isEmpty() ? null : HitCollector.plot(doc, spans));
      }
      return true;
    }

    @Override
    public ConcordanceLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      TokenSpan span = spans.get(k++);
      tally.lines++;
      return contexts.line(doc, span.start(), span.end());
    }
  }
}
