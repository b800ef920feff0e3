package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interning n-grams of item ids: the same tuple always gets the same dense id, whether its ids fit in
 * one packed key or not, and joining two tables maps every id of the other to the same tuple.
 */
class NgramTableTest {
  private static int[] randomTuple(Random random, int n) {
    int[] tuple = new int[n];
    for (int k = 0; k < n; k++) {
      // Mostly small ids (packed keys), sometimes ids too large to pack (tuple keys).
      tuple[k] = random.nextInt(10) == 0 ? (1 << 21) + random.nextInt(5) : random.nextInt(6);
    }
    return tuple;
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 6})
  void sameTupleSameIdAndJoinedTablesAgree(int n) {
    Random random = new Random(n);
    NgramTable first = new NgramTable(n);
    NgramTable second = new NgramTable(n);
    Map<List<Integer>, Integer> firstIds = new HashMap<>();
    Map<List<Integer>, Integer> secondIds = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      int[] tuple = randomTuple(random, n);
      List<Integer> key = java.util.Arrays.stream(tuple).boxed().toList();
      NgramTable table = i % 3 == 0 ? second : first;
      Map<List<Integer>, Integer> ids = i % 3 == 0 ? secondIds : firstIds;
      int[] padded = new int[n + 2];
      System.arraycopy(tuple, 0, padded, 1, n);
      int id = table.intern(padded, 1);
      Integer before = ids.putIfAbsent(key, id);
      assertThat(id).isEqualTo(before == null ? ids.size() - 1 : before);
      assertThat(table.find(tuple, 0)).isEqualTo(id);
    }
    assertThat(first.size()).isEqualTo(firstIds.size());
    if (n == 2) {
      assertThat(first.find(new int[] {Integer.MAX_VALUE, 0}, 0)).isEqualTo(-1);
    }
    int[] map = first.absorb(second);
    secondIds.forEach((key, id) -> {
      for (int k = 0; k < n; k++) {
        assertThat(first.item(map[id], k)).isEqualTo(key.get(k));
      }
    });
    java.util.Set<List<Integer>> union = new java.util.HashSet<>(firstIds.keySet());
    union.addAll(secondIds.keySet());
    assertThat(first.size()).isEqualTo(union.size());
    firstIds.forEach((key, id) -> {
      for (int k = 0; k < n; k++) {
        assertThat(first.item(id, k)).isEqualTo(key.get(k));
      }
    });
  }

  /**
   * Absorbing takes the other table's packed keys in the order of its slots and rebuilds their tuples
   * from the keys: ids up to the largest that packs ({@code 2^(63/n) - 1}, any int for bigrams) come
   * back exactly, through growing tables on both sides.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void absorbedTablesKeepEveryTupleOfLargeIds(int n) {
    Random random = new Random(100 + n);
    long limit = n == 2 ? Integer.MAX_VALUE : 1L << (63 / n);
    NgramTable first = new NgramTable(n);
    NgramTable second = new NgramTable(n);
    Map<List<Integer>, Integer> secondIds = new HashMap<>();
    java.util.Set<List<Integer>> all = new java.util.HashSet<>();
    for (int i = 0; i < 30_000; i++) {
      int[] tuple = new int[n];
      for (int k = 0; k < n; k++) {
        int pick = random.nextInt(4);
        tuple[k] = pick == 0 ? (int) (limit - 1 - random.nextInt(3))
            : pick == 1 ? random.nextInt(50) : (int) (random.nextDouble() * limit);
      }
      List<Integer> key = java.util.Arrays.stream(tuple).boxed().toList();
      all.add(key);
      if (i % 2 == 0) {
        first.intern(tuple, 0);
      } else {
        secondIds.putIfAbsent(key, second.intern(tuple, 0));
      }
    }
    int[] map = first.absorb(second);
    assertThat(first.size()).isEqualTo(all.size());
    secondIds.forEach((key, id) -> {
      int[] tuple = key.stream().mapToInt(Integer::intValue).toArray();
      assertThat(first.find(tuple, 0)).isEqualTo(map[id]);
      for (int k = 0; k < n; k++) {
        assertThat(first.item(map[id], k)).isEqualTo(key.get(k));
      }
    });
    for (List<Integer> key : all) {
      int id = first.find(key.stream().mapToInt(Integer::intValue).toArray(), 0);
      assertThat(id).isBetween(0, first.size() - 1);
      for (int k = 0; k < n; k++) {
        assertThat(first.item(id, k)).isEqualTo(key.get(k));
      }
    }
  }
}
