package org.corpustoolkit.plugins.collocations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountListTest {
  @Test
  void sortsStablyInPlaceAndConcatenatesInOrder() {
    Random random = new Random(3);
    List<CountList> lists = new ArrayList<>();
    List<long[]> expected = new ArrayList<>();
    for (int l = 0; l < 3; l++) {
      CountList list = new CountList();
      for (int i = 0; i < 3000 * l + 7; i++) {
        long key = random.nextInt(1_000_000);
        long count = random.nextInt(40);
        list.add(key, count);
        expected.add(new long[] {key, count, expected.size()});
      }
      lists.add(list);
    }
    CountList all = CountList.concat(lists);
    assertThat(all.size()).isEqualTo(expected.size());
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.key(i)).isEqualTo(expected.get(i)[0]);
    }
    // by count descending only: ties keep their order (stable)
    long[] counts = new long[all.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = all.count(i);
    }
    all.sort((i, j) -> Long.compare(counts[j], counts[i]));
    expected.sort(Comparator.comparingLong((long[] e) -> -e[1]).thenComparingLong(e -> e[2]));
    for (int i = 0; i < all.size(); i++) {
      assertThat(new long[] {all.key(i), all.count(i)}).as("entry %d", i)
          .containsExactly(expected.get(i)[0], expected.get(i)[1]);
    }
  }
}
