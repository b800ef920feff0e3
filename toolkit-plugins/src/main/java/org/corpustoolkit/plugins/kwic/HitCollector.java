package org.corpustoolkit.plugins.kwic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.QueryMatcher;
import org.corpustoolkit.query.TokenSpan;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Finds the hits of one thread's documents: counts every hit and records the plot, and keeps lines
 * as the mode asks: every hit ({@code --sort}), a bounded random sample ({@code --sample}), or none
 * ({@code --plot}). States of different threads merge into the same result whatever the thread count.
 *
 * <p>Sampling is bottom-k ("reservoir sampling with random keys"): every hit gets a key from a
 * SplitMix64 hash of (seed, document index, token position), and the sample is the {@code k} hits with
 * the smallest keys. Keys behave as independent uniform numbers, so every set of {@code k} hits is
 * equally likely; and since a hit's key does not depend on which thread found it or when, the sample
 * is the same for the same seed whatever {@code --threads}.
 */
final class HitCollector {
  /** What to keep of each hit. */
  enum Mode { ALL, SAMPLE, NONE }

  private static final Comparator<Hit> BY_KEY = Comparator.comparingLong(Hit::randomKey)
      .thenComparing(Hit.CORPUS_ORDER);

  private final Mode mode;
  private final int sample;
  private final int seed;
  private final QueryMatcher matcher;
  private final Contexts contexts;
  private final List<Hit> hits = new ArrayList<>();
  private final PriorityQueue<Hit> reservoir = new PriorityQueue<>(BY_KEY.reversed());
  private final List<IndexedPlot> plots = new ArrayList<>();
  private long hitCount;
  private int documents;
  private long wordTokens;

  HitCollector(Mode mode, Query query, KwicOptions options) {
    this.mode = mode;
    this.sample = options.sample();
    this.seed = options.seed();
    this.matcher = query.matcher(options.crossSentences());
    this.contexts = new Contexts(options);
  }

  private record IndexedPlot(int docIndex, DocumentPlot plot) {}

  void add(TokenizedDocument doc) {
    documents++;
    wordTokens += doc.wordCount();
    List<TokenSpan> spans = matcher.findAll(doc);
    if (spans.isEmpty()) {
      return;
    }
    hitCount += spans.size();
    plots.add(new IndexedPlot(doc.document().index(), plot(doc, spans)));
    int docIndex = doc.document().index();
    for (TokenSpan span : spans) {
      switch (mode) {
        case ALL -> hits.add(contexts.hit(doc, span.start(), span.end(), 0));
        case SAMPLE -> {
          long key = randomKey(seed, docIndex, span.start());
          Hit worst = reservoir.peek();
          if (reservoir.size() < sample || key < worst.randomKey()) {
            reservoir.add(contexts.hit(doc, span.start(), span.end(), key));
            if (reservoir.size() > sample) {
              reservoir.poll();
            }
          }
        }
        case NONE -> { }
      }
    }
  }

  /** The plot bar of one document: which thousandths of its word tokens hold a hit. */
  static DocumentPlot plot(TokenizedDocument doc, List<TokenSpan> spans) {
    BitSet bins = new BitSet(DocumentPlot.BINS);
    int words = doc.wordCount();
    int token = 0;
    int wordsBefore = 0;
    for (TokenSpan span : spans) {
      for (; token < span.start(); token++) {
        if (doc.isWord(token)) {
          wordsBefore++;
        }
      }
      int bin = words == 0 ? 0 : (int) ((long) wordsBefore * DocumentPlot.BINS / words);
      bins.set(Math.min(DocumentPlot.BINS - 1, bin));
    }
    return new DocumentPlot(doc.document().id(), words, spans.size(), bins);
  }

  HitCollector merge(HitCollector other) {
    hits.addAll(other.hits);
    for (Hit h : other.reservoir) {
      reservoir.add(h);
      if (reservoir.size() > sample) {
        reservoir.poll();
      }
    }
    plots.addAll(other.plots);
    hitCount += other.hitCount;
    documents += other.documents;
    wordTokens += other.wordTokens;
    return this;
  }

  /** The kept hits in corpus order. */
  List<Hit> hits() {
    List<Hit> kept = new ArrayList<>(mode == Mode.SAMPLE ? reservoir : hits);
    kept.sort(Hit.CORPUS_ORDER);
    return kept;
  }

  /** The plot bars of the documents with hits, in corpus order. */
  List<DocumentPlot> plots() {
    return plots.stream().sorted(Comparator.comparingInt(IndexedPlot::docIndex))
        .map(IndexedPlot::plot).toList();
  }

  long hitCount() {
    return hitCount;
  }

  int documents() {
    return documents;
  }

  long wordTokens() {
    return wordTokens;
  }

  /** The sampling key of a hit: SplitMix64 (Steele, Lea and Flood 2014) over seed, document, token. */
  static long randomKey(int seed, int docIndex, int startToken) {
    long z = mix(seed ^ 0x9E3779B97F4A7C15L);
    z = mix(z ^ (docIndex * 0xC2B2AE3D27D4EB4FL));
    return mix(z ^ (startToken * 0x165667B19E3779F9L));
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
