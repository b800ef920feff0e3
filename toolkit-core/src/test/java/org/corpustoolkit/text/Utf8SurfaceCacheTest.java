package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8SurfaceCacheTest {

  private static int get(Utf8SurfaceCache cache, String token) {
    byte[] b = token.getBytes(StandardCharsets.UTF_8);
    long head = Utf8SurfaceCache.head(b, 0, b.length);
    return cache.get(b, 0, b.length, head, Utf8SurfaceCache.hash(head, b, 0, b.length));
  }

  private static void put(Utf8SurfaceCache cache, String token, int entry) {
    byte[] b = token.getBytes(StandardCharsets.UTF_8);
    long head = Utf8SurfaceCache.head(b, 0, b.length);
    cache.put(b, 0, b.length, head, Utf8SurfaceCache.hash(head, b, 0, b.length), entry);
  }

  @Test
  void tokensSharingTheirFirstEightBytesAndLengthAreKeptApart() {
    Utf8SurfaceCache cache = new Utf8SurfaceCache();
    // same first 8 bytes and length: only the bytes after the eighth tell them apart
    String[] tokens = {"governmentx", "governmenty", "informations", "informationz",
        "abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyy",
        "short", "shorts", "a"};
    for (int i = 0; i < tokens.length; i++) {
      assertThat(get(cache, tokens[i])).isEqualTo(-1);
      put(cache, tokens[i], 100 + i);
    }
    for (int round = 0; round < 3; round++) { // the later rounds are served by the front tables
      for (int i = 0; i < tokens.length; i++) {
        assertThat(get(cache, tokens[i])).as(tokens[i]).isEqualTo(100 + i);
      }
    }
    assertThat(get(cache, "governmentz")).isEqualTo(-1);
    assertThat(get(cache, "abcdefghijklmnor")).isEqualTo(-1);
  }

  @Test
  void manyTokensSurviveGrowingTheTable() {
    Utf8SurfaceCache cache = new Utf8SurfaceCache();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      put(cache, "token" + i + (i % 3 == 0 ? "-with-a-long-tail" : ""), i);
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < n; i++) {
        assertThat(get(cache, "token" + i + (i % 3 == 0 ? "-with-a-long-tail" : ""))).isEqualTo(i);
      }
    }
  }
}
