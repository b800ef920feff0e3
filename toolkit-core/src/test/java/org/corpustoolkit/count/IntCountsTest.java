package org.corpustoolkit.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IntCountsTest {
  @Test
  void incrementAllCountsEachIdOfTheRangeAsIncrementDoes() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      int[] ids = new int[random.nextInt(300)];
      for (int i = 0; i < ids.length; i++) {
        // ids past the initial capacity make the array grow inside the loop
        ids[i] = random.nextInt(random.nextBoolean() ? 20 : 5000);
      }
      int from = ids.length == 0 ? 0 : random.nextInt(ids.length);
      int to = from + random.nextInt(ids.length - from + 1);
      IntCounts bulk = new IntCounts(16);
      IntCounts single = new IntCounts(16);
      bulk.increment(3);
      single.increment(3);
      bulk.incrementAll(ids, from, to);
      for (int i = from; i < to; i++) {
        single.increment(ids[i]);
      }
      assertThat(bulk.total()).isEqualTo(single.total()).isEqualTo(to - from + 1);
      for (int id = 0; id < 5000; id++) {
        assertThat(bulk.get(id)).as("id %d", id).isEqualTo(single.get(id));
      }
    }
  }

  @Test
  void incrementAllCountsRepeatsAndChecksItsRange() {
    IntCounts counts = new IntCounts();
    counts.incrementAll(new int[] {5, 2, 5, 5, 9}, 0, 4);
    assertThat(counts.get(5)).isEqualTo(3);
    assertThat(counts.get(2)).isEqualTo(1);
    assertThat(counts.get(9)).isZero();
    assertThat(counts.total()).isEqualTo(4);
    assertThatThrownBy(() -> counts.incrementAll(new int[] {1}, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(counts.total()).isEqualTo(4);
  }
}
