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
}
