package org.corpustoolkit.plugins.kwic;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * A concordance: the lines of a query's hits, with the counts and the plot behind them.
 *
 * <p>Two shapes. A <em>collected</em> concordance ({@code --sort}, {@code --sample}) found every hit
 * before its first line; its counts are final from the start. A <em>streaming</em> concordance finds
 * hits as its lines are walked (once), part by part of each document, so memory stays flat and
 * {@code --limit} stops the search at the last line shown (unless {@code --count-all}); its counts
 * ({@link #summary()}, {@link #plot()}) are final after the walk. A search stopped at the limit knows
 * the hits shown and how far it read, not the total: {@link #hitsLine()} says so.
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

  /**
   * A concordance whose lines are found as they are walked, from {@code parts} (searched parts in
   * text order) by a {@link HitFinder} made by {@code finder} for the given sink and tally.
   */
  static Concordance streaming(KwicOptions options, Stream<ScannedPart> parts,
      BiFunction<HitFinder.Sink, Tally, HitFinder> finder, int corpusSize) {
    Tally tally = new Tally();
    Iterable<ConcordanceLine> lines = () -> new Lines(options, parts, finder, tally);
    return new Concordance(options, lines, tally, corpusSize, true);
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

  /**
   * The line that sums the result up: {@code 12 hits in 3 documents}, and what is shown of them; or,
   * when {@code --limit} stopped the search, the lines shown, how far the search read, and how to get
   * the total.
   */
  public String hitsLine() {
    if (!tally.complete) {
      return plural(tally.lines, "line") + " shown; the search stopped at --limit " + options.limit()
          + " after " + plural(tally.wordTokens, "word token") + ", in document "
          + tally.documentsSearched + " of " + corpusSize + "; add --count-all to count every hit";
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

  /**
   * Finds lines as they are asked for: feeds searched parts to a {@link HitFinder} until it hands out
   * a line, and stops at {@code --limit} (closing the stream of parts, so reading stops) unless
   * {@code --count-all}, which reads on to count.
   */
  private static final class Lines implements Iterator<ConcordanceLine>, HitFinder.Sink {
    private final Stream<ScannedPart> stream;
    private final Iterator<ScannedPart> parts;
    private final HitFinder finder;
    private final Contexts contexts;
    private final Tally tally;
    private final int limit;
    private final boolean countAll;
    private final ArrayDeque<ConcordanceLine> ready = new ArrayDeque<>();
    private int wanted;
    private int made;
    private int lastDocument = -1;
    private int documentsShown;
    private long stopWords;
    private int stopDocuments;
    private int stopPlots;

    Lines(KwicOptions options, Stream<ScannedPart> parts,
        BiFunction<HitFinder.Sink, Tally, HitFinder> finder, Tally tally) {
      this.stream = parts;
      this.parts = parts.iterator();
      this.finder = finder.apply(this, tally);
      this.contexts = new Contexts(options);
      this.tally = tally;
      this.limit = options.limit();
      this.countAll = options.countAll();
    }

    @Override
    public boolean wants(int docIndex, int start) {
      if (limit > 0 && wanted >= limit) {
        return false;
      }
      wanted++;
      return true;
    }

    @Override
    public void hit(TextWindow window, int start, int end, long word) {
      ready.add(contexts.line(window, start, end));
      made++;
      if (window.documentIndex() != lastDocument) {
        lastDocument = window.documentIndex();
        documentsShown++;
      }
      if (made == limit) {
        long wordAfter = word;
        for (int i = start; i < end; i++) {
          if (window.isWord(i)) {
            wordAfter++;
          }
        }
        stopWords = tally.wordTokens + wordAfter; // the documents before, and this one so far
        stopDocuments = finder.documentsBegun();
        stopPlots = tally.plots.size(); // the documents searched to their end before this one
      }
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (tally.finished) {
          return false;
        }
        if (limit > 0 && tally.lines >= limit && !countAll) {
          stop();
          return false;
        }
        try {
          if (parts.hasNext()) {
            finder.accept(parts.next());
          } else {
            finder.finish();
            tally.finished = true;
            stream.close();
          }
        } catch (RuntimeException | Error e) {
          stream.close();
          throw e;
        }
      }
      return true;
    }

    /** The search stopped at the limit: what is known is the hits shown and how far it read. */
    private void stop() {
      stream.close();
      tally.complete = false;
      tally.finished = true;
      tally.hits = tally.lines;
      tally.documentsWithHits = documentsShown;
      tally.documentsSearched = stopDocuments;
      tally.wordTokens = stopWords;
      tally.plots.subList(stopPlots, tally.plots.size()).clear();
    }

    @Override
    public ConcordanceLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      tally.lines++;
      return ready.poll();
    }
  }
}
