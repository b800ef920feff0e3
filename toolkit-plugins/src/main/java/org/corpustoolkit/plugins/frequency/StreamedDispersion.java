package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.stats.CorpusParts;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Dispersion of chosen words, or word n-grams, from a second reading of the corpus, in memory bounded
 * by the number of items scored, not by the size of the corpus: the measures of
 * {@link DispersionScorer} (range, Juilland's D, DP, DPnorm over documents or {@code --parts N} equal
 * parts, and ARF), without keeping a single position.
 *
 * <p>N-grams ({@link #ofNgrams}): the items are the n-grams of n words within one sentence, in text
 * order, as {@link NgramCounter} counts them, so N is the number of n-grams in the corpus and the
 * size of a document (or equal part) its number of n-grams; a document without any is not a part.
 * The first pass kept each part's sentence starts with its word ids ({@link SegmentLayout}); the
 * second rebuilds the part's n-grams from them (or from the sentences of the part read again) and
 * looks each up among the n-grams scored ({@link NgramTable#find}, read-only, on every worker), an
 * n-gram not scored being skipped by the fold as a word not scored is; everything else is as for
 * words, with the n-grams' positions and part sizes in place of the words'.
 *
 * <p>The first pass counted every word, so the corpus size N, every frequency f and the size of every
 * document and part of a document ({@link SegmentLayout}) are known. The second pass reads the word ids
 * the first pass kept, compressed, if the corpus was small enough ({@link SegmentLayout#keptIds()});
 * else it reads the corpus again ({@link AnalysisContext#mapSegments}, or
 * {@link AnalysisContext#mapDocuments} when the first pass read whole documents), and on worker
 * threads each document or part read is tokenized into its word ids (the UTF-8 byte path); the parts
 * come back in corpus order, a few at a time, and their ids are folded into per-word primitive arrays
 * on the calling thread, word after word in corpus order (kept ids are folded on every worker, each
 * worker taking every t-th word, so that each word is still folded in corpus order; the worker that
 * decodes a part routes each occurrence of a scored word to its word's worker, batch by batch):
 * <ul>
 *   <li>ARF (Savický &amp; Hlaváčová 2002): Σ min(gap, v), v = N/f, over the gaps between successive
 *       occurrences in corpus order (across the cuts between parts too), summed in the same order as
 *       {@link org.corpustoolkit.stats.ArfAccumulator} sums them, so ARF is bitwise that of
 *       {@link DispersionScorer}; at the end the wrapped gap {@code first + N − last} closes the
 *       circle;</li>
 *   <li>per dispersion part i, once the word's count c_i there is complete (a document read in several
 *       parts is one dispersion part): range counts the parts with c_i &gt; 0; DP (Gries 2008) adds
 *       |c_i/f − s_i| of those parts, and the parts without the word contribute their shares s_i, which
 *       sum to (N − Σ size_i of the parts with the word) / N; Juilland's D takes the mean of
 *       x_i = c_i/size_i as {@link org.corpustoolkit.stats.Dispersion#juillandD} sums it, and the sum
 *       of squared deviations from Welford's running update (Welford 1962), with the zeros of the parts
 *       without the word merged as groups (Chan, Golub &amp; LeVeque 1979).</li>
 * </ul>
 * Every sum is folded in corpus order, so the scores do not depend on the number of threads or on how
 * files were cut into parts. Range and ARF equal those of {@link DispersionScorer} exactly; DP, DPnorm
 * and Juilland's D up to rounding in the last bits of a double (there the sums over the parts without
 * the word are associated differently), which is the price of not keeping a count per word and part.
 *
 * <p>Memory: about 100 bytes per word or n-gram scored (and for n-grams a look-up table of them,
 * about 40 bytes each), plus the word ids of the few parts in flight (or, for a small corpus, its kept
 * ids).
 */
final class StreamedDispersion {
  private final SegmentLayout layout;
  /** Words per item: 1 for words, else the n of word n-grams. */
  private final int n;
  /** Where the items lie: words, or the n-grams of n words. */
  private final SegmentLayout.Positions positions;
  /** For n-grams: the n-grams scored, their ids here being their indexes in {@link #ids}; else null. */
  private final NgramTable scored;
  private final int partCount;
  private final CorpusParts parts;
  private final long corpusSize;
  private final int[] ids;
  private final long[] frequencies;
  /** One more than the largest id scored: the size of each fold's map from id to index. */
  private final int idBound;
  /**
   * Items each worker decodes per batch of the kept-ids fold (four parts of 1 MB of English text): a
   * batch ends when it holds this many items a worker, or {@link #BATCH_PARTS} parts. Its decoded items
   * (a few MB) are shared by all workers, and each round waits for all of them once, so a batch of
   * fewer items (eight documents of a corpus of small files once made a batch) spends more on waiting
   * and starting tasks than on folding.
   */
  static final int BATCH_ITEMS = 1 << 19;
  private static final int BATCH_PARTS = 4096;
  /** {@link #BATCH_ITEMS}, or fewer in tests (so that small corpora make many batches). */
  private int batchItems = BATCH_ITEMS;

  /**
   * @param layout the parts the first pass read, sealed
   * @param partCount 0 for documents as parts, else the number of equal-sized parts
   * @param ids the word ids to score
   * @param frequencies their corpus frequencies (each at least 1), from the first pass
   */
  StreamedDispersion(SegmentLayout layout, int partCount, int[] ids, long[] frequencies) {
    this(layout, 1, null, partCount, ids, frequencies);
  }

  /**
   * Dispersion of word n-grams: the n-grams of {@code n} words within sentences, which the second pass
   * rebuilds from each part's words and sentence starts ({@link SegmentLayout#ngrams}) and looks up
   * among those scored.
   *
   * @param layout the parts the first pass read, sealed, with the n-grams of {@code n} words counted
   * @param n the words of an n-gram, at least 2
   * @param tuples the words of the n-grams to score, {@code n} ids each, one n-gram after the other
   * @param partCount 0 for documents as parts, else the number of equal-sized parts
   * @param frequencies the n-grams' corpus frequencies (each at least 1), from the first pass
   */
  static StreamedDispersion ofNgrams(SegmentLayout layout, int n, int[] tuples, int partCount,
      long[] frequencies) {
    if (n < 2 || tuples.length != n * frequencies.length) {
      throw new IllegalArgumentException("n-grams of " + n + " words: " + tuples.length + " ids for "
          + frequencies.length + " n-grams");
    }
    NgramTable scored = new NgramTable(n);
    int[] ids = new int[frequencies.length];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = scored.intern(tuples, k * n);
      if (ids[k] != k) {
        throw new IllegalArgumentException("an n-gram is scored twice");
      }
    }
    return new StreamedDispersion(layout, n, scored, partCount, ids, frequencies);
  }

  private StreamedDispersion(SegmentLayout layout, int n, NgramTable scored, int partCount,
      int[] ids, long[] frequencies) {
    this.layout = layout;
    this.n = n;
    this.positions = layout.positions(n);
    this.scored = scored;
    this.partCount = partCount;
    this.corpusSize = positions.total();
    this.ids = ids;
    this.frequencies = frequencies;
    if (partCount == 0) {
      this.parts = CorpusParts.ofSizes(positions.documentSizes());
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
    idBound = maxId + 1;
  }

  /**
   * Sets the items a worker decodes per batch of the kept-ids fold (default {@link #BATCH_ITEMS}):
   * tests make it small, so that the batches of small corpora alternate as those of large ones do. The
   * scores do not depend on it.
   */
  StreamedDispersion batchItems(int items) {
    if (items < 1) {
      throw new IllegalArgumentException("batch items: " + items);
    }
    batchItems = items;
    return this;
  }

  /** The parts the scores refer to. */
  CorpusParts parts() {
    return parts;
  }

  /**
   * Scores the words, in the order of {@code ids}: from the word ids the first pass kept, else by
   * reading the corpus again (not at all when there is no word to score).
   *
   * @param wholeDocuments true if the first pass read whole documents ({@code processDocuments}), so
   *     that the second reads them the same way
   */
  DispersionScorer.Scores score(AnalysisContext context, boolean wholeDocuments) {
    if (ids.length == 0) {
      return new DispersionScorer.Scores(0);
    }
    if (layout.keptIds()) {
      // The kept ids are read by every worker at once, a batch of parts at a time. Each worker's task
      // decodes its share of the next batch's parts (each part once) and routes each occurrence of a
      // scored item to the fold of its worker (worker w the items k = w mod t), then folds its
      // occurrences in all the current batch's parts, which the tasks of the round before decoded, in
      // corpus order as a single fold would, so the scores are the same whatever t. Each occurrence
      // is looked up once, when it is routed, not once by every worker; one wait per batch. The
      // number of folds is a power of two, so that an item's worker and place are bits of its index.
      int t = Integer.highestOneBit(
          Math.max(1, Math.min(Math.min(context.threads(), ids.length), MAX_FOLDS)));
      int[] route = route();
      List<Fold> folds = new ArrayList<>();
      for (int w = 0; w < t; w++) {
        folds.add(new Fold(w, t));
      }
      List<Integer> starts = new ArrayList<>();
      long items = 0;
      int widest = 0;
      for (int index = 0; index < layout.size(); index++) {
        // a batch of a multiple of t parts (unless the corpus ends), so that equal parts (one large
        // file cut into segments) are decoded in equal shares
        int inBatch = starts.isEmpty() ? 0 : index - starts.get(starts.size() - 1);
        if (starts.isEmpty() || (items >= (long) t * batchItems && inBatch % t == 0)
            || inBatch == BATCH_PARTS) {
          if (!starts.isEmpty()) {
            widest = Math.max(widest, index - starts.get(starts.size() - 1));
          }
          starts.add(index);
          items = 0;
        }
        items += positions.items(index);
      }
      if (!starts.isEmpty()) {
        widest = Math.max(widest, layout.size() - starts.get(starts.size() - 1));
      }
      starts.add(layout.size());
      int batches = starts.size() - 1;
      Routed[][] buffers = new Routed[2][widest];
      // each worker decodes the word ids of its parts into an array of its own, reused
      int[][] decoded = new int[t][];
      for (int b = -1; b < batches; b++) {
        Routed[] current = b < 0 ? null : buffers[b & 1];
        Routed[] next = buffers[(b + 1) & 1];
        int foldFrom = b < 0 ? 0 : starts.get(b);
        int foldTo = b < 0 ? 0 : starts.get(b + 1);
        int decodeFrom = b + 1 < batches ? starts.get(b + 1) : 0;
        int decodeTo = b + 1 < batches ? starts.get(b + 2) : 0;
        int[][] shares = decodeShares(decodeFrom, decodeTo, t);
        List<Callable<Void>> round = new ArrayList<>();
        for (int w = 0; w < t; w++) {
          Fold mine = folds.get(w);
          int worker = w;
          round.add(() -> {
            for (int index : shares[worker]) {
              int[] partItems;
              if (n == 1) {
                partItems = layout.ids(index, decoded[worker]);
                decoded[worker] = partItems;
              } else {
                partItems = kept(index);
              }
              next[index - decodeFrom] = new Routed(partItems, positions.items(index), route, t);
            }
            for (int index = foldFrom; index < foldTo; index++) {
              Routed r = current[index - foldFrom];
              mine.add(index, r.slots[worker], r.offsets[worker]);
            }
            return null;
          });
        }
        context.runTasks(round);
      }
      DispersionScorer.Scores scores = new DispersionScorer.Scores(ids.length);
      for (Fold done : folds) {
        done.finish(scores);
      }
      return scores;
    }
    int[] route = route();
    Fold fold = new Fold(0, 1);
    try (Stream<Part> read = wholeDocuments
        ? context.mapDocuments(() -> this, StreamedDispersion::part)
        : context.mapSegments(() -> this, StreamedDispersion::part)) {
      Iterator<Part> it = read.iterator();
      while (it.hasNext()) {
        Part part = it.next();
        // a copy: the word ids may be the tokenized part's own array
        Routed r = new Routed(part.items().clone(), part.items().length, route, 1);
        fold.add(part.index(), r.slots[0], r.offsets[0]);
      }
    }
    DispersionScorer.Scores scores = new DispersionScorer.Scores(ids.length);
    fold.finish(scores);
    return scores;
  }

  /**
   * The parts {@code [from, to)} of the layout split into {@code t} shares of about the same number of
   * items, for the workers to decode: each part in turn goes to the share with the fewest items so far
   * (the first such). Parts differ in size (the documents of a corpus of small files, the last segment
   * of a file), and a round waits for its slowest worker: dealing parts out in turn left one worker
   * decoding a part more than the other in most batches (measured on 1 GB: each worker busy about half
   * of the second pass).
   */
  private int[][] decodeShares(int from, int to, int t) {
    long[] load = new long[t];
    int[] owner = new int[to - from];
    int[] count = new int[t];
    for (int index = from; index < to; index++) {
      int least = 0;
      for (int w = 1; w < t; w++) {
        if (load[w] < load[least]) {
          least = w;
        }
      }
      owner[index - from] = least;
      load[least] += positions.items(index);
      count[least]++;
    }
    int[][] shares = new int[t][];
    for (int w = 0; w < t; w++) {
      shares[w] = new int[count[w]];
      count[w] = 0;
    }
    for (int index = from; index < to; index++) {
      int w = owner[index - from];
      shares[w][count[w]++] = index;
    }
    return shares;
  }

  /** The most folds (workers) of the kept-ids fold. */
  private static final int MAX_FOLDS = 256;

  /**
   * For each item id, its index k among the items scored, or -1 for an id not scored. With t folds (a
   * power of two) item k is at j = k / t in the fold of worker w = k mod t.
   */
  private int[] route() {
    int[] route = new int[idBound];
    Arrays.fill(route, -1);
    for (int k = 0; k < ids.length; k++) {
      route[ids[k]] = k;
    }
    return route;
  }

  /**
   * The occurrences of scored items in one part, split by fold: for fold w, {@code slots[w]} holds each
   * occurrence's item index j in that fold and {@code offsets[w]} its place in the part, in text order.
   */
  private static final class Routed {
    final int[][] slots;
    final int[][] offsets;

    /**
     * Routes the first {@code length} of {@code items} (which it overwrites with their routes) to
     * {@code t} folds, a power of two.
     */
    Routed(int[] items, int length, int[] route, int t) {
      int mask = t - 1;
      int shift = Integer.numberOfTrailingZeros(t);
      int[] counts = new int[t];
      for (int i = 0; i < length; i++) {
        int id = items[i];
        int r = id < route.length ? route[id] : -1;
        items[i] = r;
        if (r >= 0) {
          counts[r & mask]++;
        }
      }
      slots = new int[t][];
      offsets = new int[t][];
      for (int w = 0; w < t; w++) {
        slots[w] = new int[counts[w]];
        offsets[w] = new int[counts[w]];
      }
      int[] filled = new int[t];
      for (int i = 0; i < length; i++) {
        int r = items[i];
        if (r >= 0) {
          int w = r & mask;
          int at = filled[w]++;
          slots[w][at] = r >>> shift;
          offsets[w][at] = i;
        }
      }
    }
  }

  /**
   * The n-grams of the part at {@code index} from the ids the first pass kept, each as its index among
   * those scored or as {@code ids.length} (not scored). (Word ids are decoded into each worker's own
   * array instead, {@link SegmentLayout#ids(int, int[])}.)
   */
  private int[] kept(int index) {
    int[] items = layout.ngrams(index, n, scored, ids.length);
    if (items.length != positions.items(index)) {
      throw new IllegalStateException("part " + index + " has " + items.length + " items, not "
          + positions.items(index));
    }
    return items;
  }

  /** The items of a document or part of one (as {@link #kept}), and its place in the layout. */
  private record Part(int index, int[] items) {}

  /**
   * Tokenizes a document or part on a worker thread (the byte path: word ids only, and the sentences
   * for n-grams).
   */
  private Part part(TokenizedDocument doc) {
    int index = layout.indexOf(doc.documentIndex(), doc.segment());
    int[] words = doc.wordIds();
    int[] items = words;
    if (n > 1) {
      items = SegmentLayout.ngrams(words, words.length,
          SegmentLayout.sentenceStarts(doc.wordSentences(), words.length), n, scored, ids.length);
    }
    if (index < 0 || layout.words(index) != words.length
        || positions.items(index) != items.length) {
      throw new CorpusException("the corpus changed while it was read a second time for dispersion ("
          + doc.document().id() + ")");
    }
    return new Part(index, items);
  }

  /**
   * The per-word state of the ordered fold, in primitive arrays by dense index, for the words
   * {@code k} with {@code k mod stride == first} (one worker's share; {@code (0, 1)}: every word).
   */
  private final class Fold {
    private final int first;
    private final int stride;
    private final int n = parts.count();
    // What each word of the text touches is held in pairs, so that a word costs one cache line in
    // each of three arrays: (sum of min(gap, v), v), (first, last position), (part being counted, its
    // count so far).
    // Word k is at j = k / stride in these arrays, which hold this fold's share of the words only.
    private final int share;
    private final double[] arf;
    private final long[] ends;
    private final int[] current;
    private final int[] range;
    private final double[] deviations;
    private final long[] sizeWith;
    /** For Juilland's D, which needs two parts or more (else null: D is NaN). */
    private final int[] partsFolded;
    private final double[] sum;
    private final double[] mean;
    private final double[] squares;
    private int expected;

    Fold(int first, int stride) {
      this.first = first;
      this.stride = stride;
      share = (ids.length - first + stride - 1) / stride;
      arf = new double[2 * share];
      ends = new long[2 * share];
      current = new int[2 * share];
      range = new int[share];
      deviations = new double[share];
      sizeWith = new long[share];
      partsFolded = n > 1 ? new int[share] : null;
      sum = n > 1 ? new double[share] : null;
      mean = n > 1 ? new double[share] : null;
      squares = n > 1 ? new double[share] : null;
      for (int k = first; k < ids.length; k += stride) {
        int j = k / stride;
        arf[2 * j + 1] = (double) corpusSize / frequencies[k];
        ends[2 * j] = -1;
        current[2 * j] = -1;
      }
    }

    /**
     * Folds the part at {@code index} of the layout: the occurrences of this fold's items there, each
     * as its item's j in this fold ({@code slots}) and its place in the part ({@code offsets}), in text
     * order.
     */
    void add(int index, int[] slots, int[] offsets) {
      if (index != expected) {
        throw new CorpusException("the corpus changed while it was read a second time for dispersion");
      }
      expected++;
      long base = positions.base(index);
      int length = positions.items(index);
      int count = slots.length;
      for (int i = 0; i < count; ) {
        if (offsets[i] >= length) {
          // (the loop below would not advance)
          throw new IllegalStateException("an occurrence at " + offsets[i] + " of a part of "
              + length + " items");
        }
        // The occurrences inside one dispersion part: the document's, or an equal part's.
        int p;
        int to;
        if (partCount == 0) {
          p = positions.documentPart(index);
          to = length;
        } else {
          p = (int) ((base + offsets[i]) * partCount / corpusSize);
          to = (int) Math.min(length, ceilDiv((p + 1) * corpusSize, partCount) - base);
        }
        for (; i < count && offsets[i] < to; i++) {
          int j = slots[i];
          long position = base + offsets[i];
          // ARF: the gaps in corpus order, summed as ArfAccumulator sums them.
          int at = 2 * j;
          if (ends[at] < 0) {
            ends[at] = position;
          } else {
            // min(gap, v) without Math.min's NaN and signed-zero cases (a gap is at least 1, v > 0),
            // which the launcher's C1 compiler calls instead of inlining: the same double
            double gap = position - ends[at + 1];
            double v = arf[at + 1];
            arf[at] += gap < v ? gap : v;
          }
          ends[at + 1] = position;
          if (current[at] == p) {
            current[at + 1]++;
          } else {
            if (current[at] >= 0) {
              foldPart(j);
            }
            current[at] = p;
            current[at + 1] = 1;
          }
        }
      }
    }

    /**
     * Folds the complete count of the word at j (word k = first + j * stride) in its current part
     * (and the zeros of the parts before).
     */
    private void foldPart(int j) {
      int k = first + j * stride;
      int p = current[2 * j];
      int c = current[2 * j + 1];
      if (n > 1) {
        foldZeros(j, p);
        double x = (double) c / parts.size(p);
        sum[j] += x;
        int folded = ++partsFolded[j];
        double delta = x - mean[j];
        mean[j] += delta / folded;
        squares[j] += delta * (x - mean[j]);
      }
      range[j]++;
      deviations[j] += Math.abs((double) c / frequencies[k] - parts.share(p));
      sizeWith[j] += parts.size(p);
    }

    /**
     * Merges the parts from partsFolded[j] to {@code upTo} (exclusive), where the word at j is
     * absent.
     */
    private void foldZeros(int j, int upTo) {
      int before = partsFolded[j];
      int zeros = upTo - before;
      if (zeros > 0) {
        double all = (double) before + zeros;
        double delta = -mean[j];
        mean[j] += delta * zeros / all;
        squares[j] += delta * delta * ((double) before * zeros / all);
        partsFolded[j] = upTo;
      }
    }

    /** Sets the scores of this fold's words in {@code scores}. */
    void finish(DispersionScorer.Scores scores) {
      if (expected != layout.size()) {
        throw new CorpusException("the corpus changed while it was read a second time for dispersion");
      }
      for (int k = first; k < ids.length; k += stride) {
        int j = k / stride;
        if (current[2 * j] < 0) {
          throw new CorpusException("the corpus changed while it was read a second time for "
              + "dispersion (a word counted in the first reading is missing)");
        }
        foldPart(j);
        if (n > 1) {
          foldZeros(j, n);
        }
        double dp = (deviations[j] + (double) (corpusSize - sizeWith[j]) / corpusSize) / 2;
        double dpNorm = n == 1 ? Double.NaN : dp / (1 - parts.smallestShare());
        double d = Double.NaN;
        if (n > 1) {
          // The mean as Dispersion.juillandD sums it (zeros add nothing); the squared deviations
          // from Welford's running sum.
          double m = sum[j] / n;
          double sd = Math.sqrt(squares[j] / n);
          d = 1 - (sd / m) / Math.sqrt(n - 1);
        }
        double v = arf[2 * j + 1];
        double wrappedGap = ends[2 * j] + corpusSize - ends[2 * j + 1];
        scores.set(k, range[j], d, dp, dpNorm, (arf[2 * j] + Math.min(wrappedGap, v)) / v);
      }
    }
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
