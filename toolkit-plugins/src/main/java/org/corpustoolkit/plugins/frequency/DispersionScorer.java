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

  /**
   * @param documents per-document items in corpus order
   * @param partCount 0 to use documents as parts, else the number of equal-sized parts
   */
  DispersionScorer(List<DocumentItems> documents, int partCount) {
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

  /**
   * Scores for {@code ids} (each with its corpus frequency in {@code frequencies}), in the same order.
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
    ArfAccumulator[] arf = new ArfAccumulator[ids.length];
    for (int k = 0; k < ids.length; k++) {
      arf[k] = new ArfAccumulator(corpusSize, frequencies[k]);
    }
    // Sparse per-item part frequencies, gathered in corpus order: (part, count) pairs.
    int[][] partIndexes = new int[ids.length][];
    int[][] partCounts = new int[ids.length][];
    int[] used = new int[ids.length];
    long base = 0;
    for (int docOrdinal = 0; docOrdinal < documents.size(); docOrdinal++) {
      DocumentItems d = documents.get(docOrdinal);
      int offset = 0;
      for (int j = 0; j < d.ids().length; j++) {
        int id = d.ids()[j];
        int count = d.counts()[j];
        int k = id < wanted.length ? wanted[id] : -1;
        if (k >= 0) {
          for (int p = offset; p < offset + count; p++) {
            long position = base + d.positions()[p];
            arf[k].add(position);
            int part = partCount == 0 ? docOrdinal : (int) (position * partCount / corpusSize);
            addPart(partIndexes, partCounts, used, k, part);
          }
        }
        offset += count;
      }
      base += d.size();
    }
    int[] dense = new int[parts.count()];
    List<DispersionScores> scores = new ArrayList<>(ids.length);
    for (int k = 0; k < ids.length; k++) {
      for (int u = 0; u < used[k]; u++) {
        dense[partIndexes[k][u]] = partCounts[k][u];
      }
      scores.add(new DispersionScores(Dispersion.range(dense),
          Dispersion.juillandD(dense, parts),
          Dispersion.deviationOfProportions(dense, parts),
          Dispersion.deviationOfProportionsNormalised(dense, parts),
          arf[k].finish()));
      for (int u = 0; u < used[k]; u++) {
        dense[partIndexes[k][u]] = 0;
      }
      partIndexes[k] = null;
      partCounts[k] = null;
    }
    return scores;
  }

  /** Counts one occurrence in {@code part}; parts arrive in ascending order for each item. */
  private static void addPart(int[][] indexes, int[][] counts, int[] used, int k, int part) {
    int n = used[k];
    if (n > 0 && indexes[k][n - 1] == part) {
      counts[k][n - 1]++;
      return;
    }
    if (indexes[k] == null) {
      indexes[k] = new int[4];
      counts[k] = new int[4];
    } else if (n == indexes[k].length) {
      indexes[k] = Arrays.copyOf(indexes[k], n * 2);
      counts[k] = Arrays.copyOf(counts[k], n * 2);
    }
    indexes[k][n] = part;
    counts[k][n] = 1;
    used[k] = n + 1;
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
