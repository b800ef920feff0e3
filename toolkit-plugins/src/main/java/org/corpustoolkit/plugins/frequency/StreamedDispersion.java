package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.stats.CorpusParts;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Dispersion of chosen words from a second reading of the corpus, in memory bounded by the number of
 * words scored, not by the size of the corpus: the measures of {@link DispersionScorer} (range,
 * Juilland's D, DP, DPnorm over documents or {@code --parts N} equal parts, and ARF), without keeping
 * a single position.
 *
 * <p>The first pass counted every word, so the corpus size N, every frequency f and the size of every
 * document and part of a document ({@link SegmentLayout}) are known. The second pass reads the corpus
 * again ({@link AnalysisContext#mapSegments}, or {@link AnalysisContext#mapDocuments} when the first
 * pass read whole documents), and each part read is summarised on a worker thread: for each wanted word
 * in it, its first and last corpus position, the gaps between its successive occurrences inside the
 * part (the sum of those shorter than v = N/f, and the number of the others, each of which counts v),
 * and its count in each dispersion part the text touches. The summaries come back in corpus order and
 * are folded into per-word primitive arrays on the calling thread:
 * <ul>
 *   <li>ARF (Savický &amp; Hlaváčová 2002): the gap between the last occurrence before a part and the
 *       first inside it is added when the part is folded; at the end the wrapped gap
 *       {@code first + N − last} closes the circle: ARF = (Σ min(gap, v)) / v, with the sum held
 *       exactly as an integer sum of the short gaps plus v times the number of long ones;</li>
 *   <li>per dispersion part i, once the word's count c_i there is complete (a document read in several
 *       parts is one dispersion part): range counts the parts with c_i &gt; 0; DP (Gries 2008) adds
 *       |c_i/f − s_i| of those parts, and the parts without the word contribute their shares s_i, which
 *       is (N − Σ size_i of the parts with the word) / N; Juilland's D folds x_i = c_i/size_i, with the
 *       zeros of the parts between, into a running mean and sum of squared deviations (Welford 1962;
 *       runs of zeros merged as groups, Chan, Golub &amp; LeVeque 1979), giving the population sd.</li>
 * </ul>
 * Every sum is folded in corpus order, so the scores do not depend on the number of threads or on how
 * files were cut into parts. They equal those of {@link DispersionScorer} up to rounding in the last
 * bits of a double (its sums run over the parts in another association).
 *
 * <p>Memory: about 100 bytes per word scored, plus the summaries of the few parts in flight.
 */
final class StreamedDispersion {
  private final SegmentLayout layout;
  private final int partCount;
  private final CorpusParts parts;
  private final long corpusSize;
  private final int[] ids;
  private final long[] frequencies;
  /** Dense index of each wanted id, or -1. */
  private final int[] slotOf;
  /** Per dense index: the smallest gap that is not shorter than v = N/f, i.e. ⌈N/f⌉. */
  private final long[] longGap;

  /**
   * @param layout the parts the first pass read, sealed
   * @param partCount 0 for documents as parts, else the number of equal-sized parts
   * @param ids the word ids to score
   * @param frequencies their corpus frequencies (each at least 1), from the first pass
   */
  StreamedDispersion(SegmentLayout layout, int partCount, int[] ids, long[] frequencies) {
    this.layout = layout;
    this.partCount = partCount;
    this.corpusSize = layout.total();
    this.ids = ids;
    this.frequencies = frequencies;
    if (partCount == 0) {
      this.parts = CorpusParts.ofSizes(layout.documentSizes());
    } else {
      if (partCount > corpusSize) {
        throw new UsageException("--parts " + partCount + " is more than the " + corpusSize
            + " items of the corpus");
      }
      long[] sizes = new long[partCount];
      for (int i = 0; i < partCount; i++) {
        sizes[i] = ceilDiv((i + 1) * corpusSize, partCount) - ceilDiv(i * corpusSize, partCount);
      }
      this.parts = CorpusParts.ofSizes(sizes);
    }
    int maxId = -1;
    for (int id : ids) {
      maxId = Math.max(maxId, id);
    }
    slotOf = new int[maxId + 1];
    Arrays.fill(slotOf, -1);
    longGap = new long[ids.length];
    for (int k = 0; k < ids.length; k++) {
      slotOf[ids[k]] = k;
      longGap[k] = ceilDiv(corpusSize, frequencies[k]);
    }
  }

  /** The parts the scores refer to. */
  CorpusParts parts() {
    return parts;
  }

  /**
   * Reads the corpus again and scores the words, in the order of {@code ids}.
   *
   * @param wholeDocuments true if the first pass read whole documents ({@code processDocuments}), so
   *     that the second reads them the same way
   */
  DispersionScorer.Scores score(AnalysisContext context, boolean wholeDocuments) {
    Fold fold = new Fold();
    try (Stream<Summary> summaries = wholeDocuments
        ? context.mapDocuments(Scanner::new, Scanner::summarise)
        : context.mapSegments(Scanner::new, Scanner::summarise)) {
      Iterator<Summary> it = summaries.iterator();
      while (it.hasNext()) {
        fold.add(it.next());
      }
    }
    return fold.finish();
  }

  private CorpusException changed(TokenizedDocument doc) {
    return new CorpusException("the corpus changed while it was read a second time for dispersion ("
        + doc.document().id() + ")");
  }

  /**
   * What one document or part of one holds of the wanted words: per word (slot s), its dense index,
   * first and last corpus position, the sum of its short inner gaps and the number of long ones; and
   * its count in each dispersion part touched, as (part, word, count) triples in ascending part order.
   */
  private static final class Summary {
    final int index;
    int words;
    int[] word = new int[256];
    long[] first = new long[256];
    long[] last = new long[256];
    long[] shortGaps = new long[256];
    int[] longGaps = new int[256];
    int triples;
    int[] triplePart = new int[256];
    int[] tripleWord = new int[256];
    int[] tripleCount = new int[256];

    Summary(int index) {
      this.index = index;
    }

    int addWord(int k, long position) {
      if (words == word.length) {
        int capacity = words * 2;
        word = Arrays.copyOf(word, capacity);
        first = Arrays.copyOf(first, capacity);
        last = Arrays.copyOf(last, capacity);
        shortGaps = Arrays.copyOf(shortGaps, capacity);
        longGaps = Arrays.copyOf(longGaps, capacity);
      }
      word[words] = k;
      first[words] = position;
      last[words] = position;
      return words++;
    }

    int addTriple(int part, int k) {
      if (triples == triplePart.length) {
        int capacity = triples * 2;
        triplePart = Arrays.copyOf(triplePart, capacity);
        tripleWord = Arrays.copyOf(tripleWord, capacity);
        tripleCount = Arrays.copyOf(tripleCount, capacity);
      }
      triplePart[triples] = part;
      tripleWord[triples] = k;
      tripleCount[triples] = 1;
      return triples++;
    }
  }

  /** One worker's scratch arrays (stamps by dense index), reused for every part it summarises. */
  private final class Scanner {
    private final int[] seen = new int[ids.length];
    private final int[] slot = new int[ids.length];
    private final int[] seenInRun = new int[ids.length];
    private final int[] tripleOf = new int[ids.length];
    private int stamp;
    private int runStamp;

    Summary summarise(TokenizedDocument doc) {
      int index = layout.indexOf(doc.documentIndex(), doc.segment());
      int[] words = doc.wordIds();
      int length = words.length;
      if (index < 0 || layout.items(index) != length) {
        throw changed(doc);
      }
      Summary summary = new Summary(index);
      long base = layout.base(index);
      stamp++;
      int[] slotOf = StreamedDispersion.this.slotOf;
      for (int from = 0; from < length; ) {
        // A run of the text inside one dispersion part: the document's, or an equal part's.
        int part;
        int to;
        if (partCount == 0) {
          part = layout.documentPart(index);
          to = length;
        } else {
          long start = base + from;
          part = (int) (start * partCount / corpusSize);
          long next = ceilDiv((part + 1) * corpusSize, partCount);
          to = (int) Math.min(length, next - base);
        }
        runStamp++;
        for (int i = from; i < to; i++) {
          int id = words[i];
          int k = id < slotOf.length ? slotOf[id] : -1;
          if (k < 0) {
            continue;
          }
          long position = base + i;
          if (seen[k] != stamp) {
            seen[k] = stamp;
            slot[k] = summary.addWord(k, position);
          } else {
            int s = slot[k];
            long gap = position - summary.last[s];
            if (gap < longGap[k]) {
              summary.shortGaps[s] += gap;
            } else {
              summary.longGaps[s]++;
            }
            summary.last[s] = position;
          }
          if (seenInRun[k] != runStamp) {
            seenInRun[k] = runStamp;
            tripleOf[k] = summary.addTriple(part, k);
          } else {
            summary.tripleCount[tripleOf[k]]++;
          }
        }
        from = to;
      }
      return summary;
    }
  }

  /** The per-word state of the ordered fold, in primitive arrays by dense index. */
  private final class Fold {
    private final int n = parts.count();
    private final long[] first = new long[ids.length];
    private final long[] last = new long[ids.length];
    private final long[] shortGaps = new long[ids.length];
    private final long[] longGaps = new long[ids.length];
    /** The part being counted, its count so far, and the parts folded (0 .. partsFolded - 1). */
    private final int[] part = new int[ids.length];
    private final int[] count = new int[ids.length];
    private final int[] partsFolded = new int[ids.length];
    private final int[] range = new int[ids.length];
    private final double[] deviations = new double[ids.length];
    private final long[] sizeWith = new long[ids.length];
    private final double[] mean = new double[ids.length];
    private final double[] squares = new double[ids.length];
    private int expected;

    Fold() {
      Arrays.fill(first, -1);
      Arrays.fill(part, -1);
    }

    void add(Summary summary) {
      if (summary.index != expected) {
        throw new CorpusException("the corpus changed while it was read a second time for dispersion");
      }
      expected++;
      for (int s = 0; s < summary.words; s++) {
        int k = summary.word[s];
        if (first[k] < 0) {
          first[k] = summary.first[s];
        } else {
          long gap = summary.first[s] - last[k];
          if (gap < longGap[k]) {
            shortGaps[k] += gap;
          } else {
            longGaps[k]++;
          }
        }
        shortGaps[k] += summary.shortGaps[s];
        longGaps[k] += summary.longGaps[s];
        last[k] = summary.last[s];
      }
      for (int t = 0; t < summary.triples; t++) {
        int k = summary.tripleWord[t];
        int p = summary.triplePart[t];
        if (part[k] == p) {
          count[k] += summary.tripleCount[t];
        } else {
          if (part[k] >= 0) {
            foldPart(k);
          }
          part[k] = p;
          count[k] = summary.tripleCount[t];
        }
      }
    }

    /** Folds the complete count of word k in part[k] (and the zeros of the parts before it). */
    private void foldPart(int k) {
      int p = part[k];
      int c = count[k];
      foldZeros(k, p);
      double x = (double) c / parts.size(p);
      int folded = ++partsFolded[k];
      double delta = x - mean[k];
      mean[k] += delta / folded;
      squares[k] += delta * (x - mean[k]);
      range[k]++;
      deviations[k] += Math.abs((double) c / frequencies[k] - parts.share(p));
      sizeWith[k] += parts.size(p);
    }

    /** Merges the parts from partsFolded[k] to {@code upTo} (exclusive), where word k is absent. */
    private void foldZeros(int k, int upTo) {
      int before = partsFolded[k];
      int zeros = upTo - before;
      if (zeros > 0) {
        double all = (double) before + zeros;
        double delta = -mean[k];
        mean[k] += delta * zeros / all;
        squares[k] += delta * delta * ((double) before * zeros / all);
        partsFolded[k] = upTo;
      }
    }

    DispersionScorer.Scores finish() {
      if (expected != layout.size()) {
        throw new CorpusException("the corpus changed while it was read a second time for dispersion");
      }
      DispersionScorer.Scores scores = new DispersionScorer.Scores(ids.length);
      for (int k = 0; k < ids.length; k++) {
        if (part[k] < 0) {
          throw new CorpusException("the corpus changed while it was read a second time for "
              + "dispersion (a word counted in the first reading is missing)");
        }
        foldPart(k);
        foldZeros(k, n);
        double dp = (deviations[k] + (double) (corpusSize - sizeWith[k]) / corpusSize) / 2;
        double dpNorm = n == 1 ? Double.NaN : dp / (1 - parts.smallestShare());
        double d = Double.NaN;
        if (n > 1) {
          double sd = Math.sqrt(squares[k] / n);
          d = 1 - (sd / mean[k]) / Math.sqrt(n - 1);
        }
        double evenGap = (double) corpusSize / frequencies[k];
        double wrapped = first[k] + corpusSize - last[k];
        double arf = (shortGaps[k] + longGaps[k] * evenGap + Math.min(wrapped, evenGap)) / evenGap;
        scores.set(k, range[k], d, dp, dpNorm, arf);
      }
      return scores;
    }
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
