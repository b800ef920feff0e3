package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corpustoolkit.plugins.frequency.DispersionCounter.DocumentItems;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.stats.ArfAccumulator;
import org.corpustoolkit.stats.CorpusParts;
import org.corpustoolkit.stats.Dispersion;

/**
 * Turns the per-document items of a {@link DispersionCounter} into {@link DispersionScores} for chosen
 * items, with the formulas of {@link Dispersion} and {@link ArfAccumulator}.
 *
 * <p>Corpus positions are the item's index among all counted items of the corpus, documents taken in
 * corpus order: the base of a document is the number of items in the documents before it. Parts are the
 * documents that contain at least one item (an empty document has size 0 and cannot be a part), or
 * {@code partCount} consecutive parts of equal size: position p belongs to part ⌊p·n/N⌋, so part sizes
 * differ by at most one item.
 */
final class DispersionScorer {
  private final List<DocumentItems> documents;
  private final long corpusSize;
  private final CorpusParts parts;
  private final int partCount;
  private final int batchOccurrences;

  /**
   * @param documents per-document items in corpus order
   * @param partCount 0 to use documents as parts, else the number of equal-sized parts
   */
  DispersionScorer(List<DocumentItems> documents, int partCount) {
    this(documents, partCount, BATCH_OCCURRENCES);
  }

  /** As above, gathering at most {@code batchOccurrences} positions at a time (tests use few). */
  DispersionScorer(List<DocumentItems> documents, int partCount, int batchOccurrences) {
    this.batchOccurrences = batchOccurrences;
    List<DocumentItems> nonEmpty = new ArrayList<>();
    long size = 0;
    for (DocumentItems d : documents) {
      if (d.size() > 0) {
        nonEmpty.add(d);
        size += d.size();
      }
    }
    this.documents = nonEmpty;
    this.corpusSize = size;
    this.partCount = partCount;
    if (partCount == 0) {
      long[] sizes = new long[nonEmpty.size()];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = nonEmpty.get(i).size();
      }
      this.parts = CorpusParts.ofSizes(sizes);
    } else {
      if (partCount > size) {
        throw new UsageException("--parts " + partCount + " is more than the " + size
            + " items of the corpus");
      }
      long[] sizes = new long[partCount];
      for (int i = 0; i < partCount; i++) {
        sizes[i] = ceilDiv((i + 1) * size, partCount) - ceilDiv(i * size, partCount);
      }
      this.parts = CorpusParts.ofSizes(sizes);
    }
  }

  /** The parts the scores refer to. */
  CorpusParts parts() {
    return parts;
  }

  /** Number of items in the corpus (N of ARF). */
  long corpusSize() {
    return corpusSize;
  }

  /** Occurrences gathered at a time: bounds the memory of scoring (8 bytes each at most). */
  static final int BATCH_OCCURRENCES = 1 << 23;

  /**
   * Scores for {@code ids} (each with its corpus frequency in {@code frequencies}), in the same order.
   *
   * <p>The occurrences of the items are gathered item by item (their corpus positions, ascending), a
   * batch of items at a time so that at most {@link #BATCH_OCCURRENCES} positions are held (an item
   * more frequent than that is read document by document instead); each item
   * is then scored from its own positions: ARF in corpus order, and its frequency per part. Scores are
   * kept in primitive arrays, not as one object per item.
   */
  List<DispersionScores> score(int[] ids, long[] frequencies) {
    int maxId = 0;
    for (int id : ids) {
      maxId = Math.max(maxId, id);
    }
    int[] wanted = new int[maxId + 1];
    Arrays.fill(wanted, -1);
    for (int k = 0; k < ids.length; k++) {
      wanted[ids[k]] = k;
    }
    long[] bases = new long[documents.size() + 1];
    for (int d = 0; d < documents.size(); d++) {
      bases[d + 1] = bases[d] + documents.get(d).size();
    }
    Scores scores = new Scores(ids.length);
    int[] dense = new int[parts.count()];
    int[] touched = new int[Math.min(parts.count(), 1024)];
    for (int from = 0; from < ids.length; ) {
      int to = from;
      long occurrences = 0;
      while (to < ids.length && (to == from
          || occurrences + frequencies[to] <= batchOccurrences)) {
        occurrences += frequencies[to];
        to++;
      }
      PositionSource positions = occurrences > batchOccurrences
          ? streamed(ids[from], bases) // one very frequent item: its positions are not held
          : gathered(gather(wanted, frequencies, from, to, (int) occurrences, bases));
      for (int k = from; k < to; k++) {
        long f = frequencies[k];
        ArfAccumulator arf = new ArfAccumulator(corpusSize, f);
        int used = 0;
        int doc = 0;
        for (long p = 0; p < f; p++) {
          long position = positions.next();
          arf.add(position);
          int part;
          if (partCount == 0) {
            if (position >= bases[doc + 1]) {
              doc = documentOf(bases, position, doc + 1);
            }
            part = doc;
          } else {
            part = (int) (position * partCount / corpusSize);
          }
          if (dense[part]++ == 0) {
            if (used == touched.length) {
              touched = Arrays.copyOf(touched, used * 2);
            }
            touched[used++] = part;
          }
        }
        scores.set(k, Dispersion.range(dense), Dispersion.juillandD(dense, parts),
            Dispersion.deviationOfProportions(dense, parts),
            Dispersion.deviationOfProportionsNormalised(dense, parts), arf.finish());
        for (int u = 0; u < used; u++) {
          dense[touched[u]] = 0;
        }
      }
      from = to;
    }
    return scores;
  }

  /**
   * The corpus positions of the items {@code k} in {@code [from, to)} (ids in {@code wanted}), item
   * after item, each item's ascending.
   */
  private long[] gather(int[] wanted, long[] frequencies, int from, int to, int occurrences,
      long[] bases) {
    long[] positions = new long[occurrences];
    int[] next = new int[to - from];
    for (int k = from + 1; k < to; k++) {
      next[k - from] = next[k - from - 1] + (int) frequencies[k - 1];
    }
    for (int d = 0; d < documents.size(); d++) {
      DocumentItems items = documents.get(d);
      int[] itemIds = items.ids();
      int[] counts = items.counts();
      int[] within = items.positions();
      long base = bases[d];
      int offset = 0;
      for (int j = 0; j < itemIds.length; j++) {
        int id = itemIds[j];
        int count = counts[j];
        int k = id < wanted.length ? wanted[id] : -1;
        if (k >= from && k < to) {
          int write = next[k - from];
          for (int p = offset; p < offset + count; p++) {
            positions[write++] = base + within[p];
          }
          next[k - from] = write;
        }
        offset += count;
      }
    }
    return positions;
  }

  /** The positions of the items of a batch, item after item, each item's ascending. */
  private interface PositionSource {
    long next();
  }

  private static PositionSource gathered(long[] positions) {
    int[] at = {0};
    return () -> positions[at[0]++];
  }

  /** The positions of item {@code id}, found document by document as they are read. */
  private PositionSource streamed(int id, long[] bases) {
    return new PositionSource() {
      private int doc = -1;
      private int[] within = new int[0];
      private int from;
      private int to;

      @Override
      public long next() {
        while (from == to) {
          doc++;
          DocumentItems items = documents.get(doc);
          int offset = 0;
          for (int j = 0; j < items.ids().length; j++) {
            if (items.ids()[j] == id) {
              within = items.positions();
              from = offset;
              to = offset + items.counts()[j];
              break;
            }
            offset += items.counts()[j];
          }
        }
        return bases[doc] + within[from++];
      }
    };
  }

  /** The document (index into {@code bases}) holding {@code position}, at or after {@code from}. */
  private static int documentOf(long[] bases, long position, int from) {
    int low = from;
    int high = bases.length - 2;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (bases[mid] <= position) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Dispersion scores of many items in primitive arrays; an element is made when read. */
  static final class Scores extends java.util.AbstractList<DispersionScores>
      implements java.util.RandomAccess {
    private final int[] range;
    private final double[] juillandD;
    private final double[] dp;
    private final double[] dpNorm;
    private final double[] arf;

    Scores(int size) {
      range = new int[size];
      juillandD = new double[size];
      dp = new double[size];
      dpNorm = new double[size];
      arf = new double[size];
    }

    void set(int k, int r, double d, double p, double norm, double a) {
      range[k] = r;
      juillandD[k] = d;
      dp[k] = p;
      dpNorm[k] = norm;
      arf[k] = a;
    }

    @Override
    public DispersionScores get(int k) {
      return new DispersionScores(range[k], juillandD[k], dp[k], dpNorm[k], arf[k]);
    }

    @Override
    public int size() {
      return range.length;
    }
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
