package org.corpustoolkit.plugins.wordids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compressed word ids kept between passes (dispersion, MTLD). */
class WordIdCodecTest {

  @Test
  void idsComeBackAsTheyWentIn() {
    int[] edges = {0, 1, 127, 128, 255, 16_383, 16_384, (1 << 21) - 1, 1 << 21, (1 << 28) - 1,
        1 << 28, Integer.MAX_VALUE};
    assertThat(WordIdCodec.decode(WordIdCodec.encode(edges), edges.length)).containsExactly(edges);
    // One byte below 128, two below 2^14, ..., five for the largest.
    assertThat(WordIdCodec.encode(new int[] {127})).hasSize(1);
    assertThat(WordIdCodec.encode(new int[] {128})).hasSize(2);
    assertThat(WordIdCodec.encode(new int[] {16_384})).hasSize(3);
    assertThat(WordIdCodec.encode(new int[] {Integer.MAX_VALUE})).hasSize(5);
    Random random = new Random(3);
    int[] ids = new int[10_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(1 << random.nextInt(31));
    }
    assertThat(WordIdCodec.decode(WordIdCodec.encode(ids), ids.length)).containsExactly(ids);
    assertThat(WordIdCodec.decode(WordIdCodec.encode(new int[0]), 0)).isEmpty();
  }

  @Test
  void decodingIntoAnArrayOfOnesOwnFillsItsFirstPlacesOnly() {
    int[] ids = {5, 300, 0, 1 << 20, 127, 128};
    int[] buffer = new int[10];
    java.util.Arrays.fill(buffer, -7);
    assertThat(WordIdCodec.decode(WordIdCodec.encode(ids), ids.length, buffer)).isSameAs(buffer);
    assertThat(buffer).containsExactly(5, 300, 0, 1 << 20, 127, 128, -7, -7, -7, -7);
    int[] shorter = {9, 9};
    assertThat(WordIdCodec.decode(WordIdCodec.encode(shorter), 2, buffer)).startsWith(9, 9, 0);
  }
}
