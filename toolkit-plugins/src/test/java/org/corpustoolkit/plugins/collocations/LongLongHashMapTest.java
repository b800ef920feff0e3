package org.corpustoolkit.plugins.collocations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongLongHashMapTest {
  @Test
  void countsLikeAHashMapThroughGrowthAndMerge() {
    Random random = new Random(7);
    LongLongHashMap a = new LongLongHashMap(4);
    LongLongHashMap b = new LongLongHashMap();
    Map<Long, Long> expected = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      long key = (long) random.nextInt(3000) << 32 | random.nextInt(50);
      (i % 2 == 0 ? a : b).addTo(key, 1);
      expected.merge(key, 1L, Long::sum);
    }
    a.addAll(b);
    assertThat(a.size()).isEqualTo(expected.size());
    Map<Long, Long> actual = new HashMap<>();
    a.forEach(actual::put);
    assertThat(actual).isEqualTo(expected);
    assertThat(a.get(0L)).isEqualTo(expected.getOrDefault(0L, 0L));
    assertThat(a.get(Long.MAX_VALUE)).isZero();
  }

  @Test
  void aMapMadeForNKeysHoldsThemWithoutGrowingWhateverN() {
    for (int expected : new int[] {1, 12, 1000, 12345}) {
      LongLongHashMap map = new LongLongHashMap(expected);
      long bytes = map.bytes();
      assertThat(bytes).isLessThanOrEqualTo(Math.max(16, (long) Math.ceil(expected / 0.75)) * 16);
      for (int i = 0; i < expected; i++) {
        map.addTo((long) i << 32 | (i * 31), i + 1);
      }
      assertThat(map.bytes()).isEqualTo(bytes);
      assertThat(map.size()).isEqualTo(expected);
      for (int i = 0; i < expected; i++) {
        assertThat(map.get((long) i << 32 | (i * 31))).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void aMapWithALimitGrowsWhileOldAndNewTableFitThenSaysItIsFull() {
    long limit = 100_000; // bytes: 6,250 slots for old and new table together
    LongLongHashMap map = new LongLongHashMap(100, limit);
    int added = 0;
    try {
      while (true) {
        map.addTo((long) added << 32 | 7, 1);
        added++;
        assertThat(map.bytes()).isLessThanOrEqualTo(limit);
      }
    } catch (LongLongHashMap.Full e) {
      // the last table and the one it would grow into do not fit together
      assertThat(map.bytes() + map.bytes() * 5 / 4).isGreaterThan(limit);
    }
    assertThat(added).isGreaterThan(1000);
  }
}
