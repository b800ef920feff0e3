package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpustoolkit.stats.ArfAccumulator;
import org.corpustoolkit.stats.CorpusParts;
import org.corpustoolkit.stats.Dispersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scoring the dispersion of items from their gathered positions, a batch at a time (an item more
 * frequent than a batch read document by document), gives the scores of the definitions: part
 * frequencies over documents or equal parts, and ARF from corpus positions.
 */
class DispersionScorerTest {

  /** The plain computation: every item's per-part frequencies and its positions, in corpus order. */
  private static List<DispersionScores> reference(List<int[]> documents, int[] ids, int parts) {
    List<int[]> nonEmpty = documents.stream().filter(d -> d.length > 0).toList();
    long size = nonEmpty.stream().mapToLong(d -> d.length).sum();
    long[] partSizes;
    if (parts == 0) {
      partSizes = nonEmpty.stream().mapToLong(d -> d.length).toArray();
    } else {
      partSizes = new long[parts];
      for (long p = 0; p < size; p++) {
        partSizes[(int) (p * parts / size)]++;
      }
    }
    CorpusParts corpusParts = CorpusParts.ofSizes(partSizes);
    List<DispersionScores> scores = new ArrayList<>();
    for (int id : ids) {
      int[] frequencies = new int[partSizes.length];
      List<Long> positions = new ArrayList<>();
      long base = 0;
      for (int d = 0; d < nonEmpty.size(); d++) {
        int[] items = nonEmpty.get(d);
        for (int i = 0; i < items.length; i++) {
          if (items[i] == id) {
            long position = base + i;
            positions.add(position);
            frequencies[parts == 0 ? d : (int) (position * parts / size)]++;
          }
        }
        base += items.length;
      }
      ArfAccumulator arf = new ArfAccumulator(size, positions.size());
      positions.forEach(arf::add);
      scores.add(new DispersionScores(Dispersion.range(frequencies),
          Dispersion.juillandD(frequencies, corpusParts),
          Dispersion.deviationOfProportions(frequencies, corpusParts),
          Dispersion.deviationOfProportionsNormalised(frequencies, corpusParts), arf.finish()));
    }
    return scores;
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 1", "2, 0, 3", "3, 0, 50", "4, 7, 2", "5, 7, 1000000", "6, 3, 17"})
  void batchesGiveTheScoresOfTheDefinitions(long seed, int parts, int batch) {
    Random random = new Random(seed);
    List<int[]> documents = new ArrayList<>();
    DispersionCounter counter = new DispersionCounter();
    for (int d = 0; d < 12; d++) {
      int[] items = new int[d == 4 ? 0 : 1 + random.nextInt(80)];
      for (int i = 0; i < items.length; i++) {
        // Zipf-like: item 0 very often, high ids rarely.
        items[i] = (int) Math.min(30, Math.abs(random.nextGaussian() * 6));
      }
      documents.add(items);
      counter.add(d, items, items.length);
    }
    int[] ids = {0, 1, 2, 3, 5, 8, 13, 21, 30, 29};
    long[] frequencies = new long[ids.length];
    for (int k = 0; k < ids.length; k++) {
      for (int[] items : documents) {
        for (int item : items) {
          frequencies[k] += item == ids[k] ? 1 : 0;
        }
      }
    }
    int[] present = java.util.stream.IntStream.range(0, ids.length)
        .filter(k -> frequencies[k] > 0).map(k -> ids[k]).toArray();
    long[] presentFrequencies = java.util.Arrays.stream(frequencies).filter(f -> f > 0).toArray();
    DispersionScorer scorer = new DispersionScorer(counter.documents(), parts, batch);
    assertThat(scorer.score(present, presentFrequencies))
        .isEqualTo(reference(documents, present, parts));
    assertThat(presentFrequencies[0]).as("one item above the small batches")
        .isGreaterThan(batch == 1000000 ? 0 : Math.min(batch, 50));
  }
}
