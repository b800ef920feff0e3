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
}
