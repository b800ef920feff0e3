package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void internGivesDenseIdsInFirstSeenOrderAndTheSameIdAgain() {
    Vocabulary v = new Vocabulary();
    assertThat(v.intern("the")).isZero();
    assertThat(v.intern("cat")).isEqualTo(1);
    assertThat(v.intern("the")).isZero();
    assertThat(v.idOf("cat")).isEqualTo(1);
    assertThat(v.idOf("dog")).isEqualTo(-1);
    assertThat(v.form(1)).isEqualTo("cat");
    assertThat(v.size()).isEqualTo(2);
  }

  @Test
  void formsWithTheSameHashCodeStayApart() {
    Vocabulary v = new Vocabulary();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    int aa = v.intern("Aa");
    int bb = v.intern("BB");
    assertThat(aa).isNotEqualTo(bb);
    assertThat(v.idOf("Aa")).isEqualTo(aa);
    assertThat(v.idOf("BB")).isEqualTo(bb);
  }

  @Test
  void manyFormsFromSeveralThreadsGetOneIdEach() throws Exception {
    Vocabulary v = new Vocabulary();
    int forms = 200_000;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 7919;
        results.add(pool.submit(() -> {
          int[] ids = new int[forms];
          for (int k = 0; k < forms; k++) {
            int f = (k + offset) % forms;
            ids[f] = v.intern("w" + f);
          }
          return ids;
        }));
      }
      int[] first = results.get(0).get();
      for (Future<int[]> r : results) {
        assertThat(r.get()).isEqualTo(first);
      }
      assertThat(v.size()).isEqualTo(forms);
      Set<Integer> distinct = new HashSet<>();
      for (int f = 0; f < forms; f++) {
        assertThat(v.form(first[f])).isEqualTo("w" + f);
        assertThat(v.idOf("w" + f)).isEqualTo(first[f]);
        distinct.add(first[f]);
      }
      assertThat(distinct).hasSize(forms);
      assertThat(distinct).allMatch(id -> id >= 0 && id < forms);
    } finally {
      pool.shutdownNow();
    }
  }
}
