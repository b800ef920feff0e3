package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The character-path surface cache, front table included: every surface finds its own id, only. */
class SurfaceCacheTest {
  private static int get(SurfaceCache cache, String s) {
    char[] text = ("  " + s + " ").toCharArray();
    return cache.get(text, 2, 2 + s.length(), SurfaceCache.hash(text, 2, 2 + s.length()));
  }

  private static void put(SurfaceCache cache, String s, int id) {
    char[] text = (s + "!").toCharArray();
    cache.put(text, 0, s.length(), SurfaceCache.hash(text, 0, s.length()), id);
  }

  @Test
  void surfacesOfEveryLengthFindTheirOwnIdsAndNoOther() {
    SurfaceCache cache = new SurfaceCache();
    Random random = new Random(5);
    Map<String, Integer> ids = new HashMap<>();
    String alphabet = "ab\u00e9\u4e00\u0000z";
    while (ids.size() < 40_000) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      if (!ids.containsKey(s)) {
        assertThat(get(cache, s)).as(s).isEqualTo(-1);
        ids.put(s, ids.size() * 2 + 1);
        put(cache, s, ids.get(s));
      }
    }
    // twice: the first look-up fills the front table, the second reads it
    for (int round = 0; round < 2; round++) {
      for (Map.Entry<String, Integer> e : ids.entrySet()) {
        assertThat(get(cache, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
    assertThat(get(cache, "abababababababababab")).isEqualTo(-1);
    assertThat(get(cache, "\u0000")).isEqualTo(ids.getOrDefault("\u0000", -1));
  }
}
