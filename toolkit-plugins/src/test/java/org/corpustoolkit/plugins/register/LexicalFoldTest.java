package org.corpustoolkit.plugins.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.corpustoolkit.stats.LexicalDiversity;
import org.corpustoolkit.stats.TypeFrequencies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The folded measures ({@link LexicalFold}, {@link MtldPass}) against the array implementations of
 * {@link LexicalDiversity}: bitwise the same values, for texts fed in chunks of any size, one text after
 * another through the same fold (which must forget the previous text), with ids that are sparse and a
 * vocabulary that grows as the texts arrive.
 */
class LexicalFoldTest {

  /** A random text of {@code length} ids over {@code types} types, sparse (ids far apart). */
  private static int[] text(Random random, int length, int types) {
    int[] ids = new int[length];
    for (int i = 0; i < length; i++) {
      // a few frequent types and a long tail, so that MTLD ends factors and MATTR windows repeat
      int type = random.nextInt(3) == 0 ? random.nextInt(Math.min(types, 5)) : random.nextInt(types);
      ids[i] = type * 13 + 7;
    }
    return ids;
  }

  /** The same double, bit for bit (NaN included). */
  private static void assertSame(String what, double actual, double expected) {
    assertThat(Double.doubleToLongBits(actual)).as(what + ": " + actual + " vs " + expected)
        .isEqualTo(Double.doubleToLongBits(expected));
  }

  @ParameterizedTest
  @CsvSource({"1, 100, 100, true", "2, 7, 11, true", "3, 1, 1, true", "4, 50, 3, false",
      "5, 100, 100, false", "6, 13, 200, true"})
  void foldedMeasuresEqualTheArrayImplementations(long seed, int segment, int window,
      boolean listTypes) {
    Random random = new Random(seed);
    LexicalFold fold = new LexicalFold(segment, window, listTypes);
    MtldPass backward = new MtldPass();
    int bound = 0;
    for (int t = 0; t < 40; t++) {
      int length = t % 10 == 0 ? random.nextInt(3) : random.nextInt(2_000);
      int types = 1 + random.nextInt(t % 3 == 0 ? 20 : 400);
      int[] ids = text(random, length, types);
      // fed in chunks, the vocabulary growing as a part with new ids arrives
      for (int from = 0; from < ids.length; ) {
        int to = Math.min(ids.length, from + 1 + random.nextInt(300));
        int[] chunk = Arrays.copyOfRange(ids, from, to);
        for (int id : chunk) {
          if (id + 1 > bound) {
            bound = id + 1;
            fold.ensure(bound);
            backward.ensure(bound);
          }
        }
        fold.add(chunk);
        from = to;
      }
      for (int i = ids.length - 1; i >= 0; i--) {
        backward.add(ids[i]);
      }
      LexicalFold.Values values = fold.finish();
      String text = "text " + t + " of " + length + " tokens";
      assertThat(values.tokens()).as(text).isEqualTo(length);
      assertThat(values.frequencies()).as(text).isEqualTo(TypeFrequencies.of(ids));
      assertSame(text + ": msttr", values.msttr(),
          LexicalDiversity.meanSegmentalTypeTokenRatio(ids, segment));
      assertSame(text + ": mattr", values.mattr(),
          LexicalDiversity.movingAverageTypeTokenRatio(ids, window));
      assertSame(text + ": mtld", (values.mtldForward() + backward.finish()) / 2,
          LexicalDiversity.mtld(ids));
    }
  }

  @ParameterizedTest
  @CsvSource({"100, 5", "3, 2", "1, 1"})
  void shortAndEmptyTextsAreUndefinedAsInTheArrayImplementations(int window, int length) {
    LexicalFold fold = new LexicalFold(window, window, true);
    fold.ensure(10);
    int[] ids = new int[length];
    for (int i = 0; i < length; i++) {
      ids[i] = i % 3;
    }
    fold.add(ids);
    LexicalFold.Values values = fold.finish();
    assertSame("mattr", values.mattr(), LexicalDiversity.movingAverageTypeTokenRatio(ids, window));
    assertSame("msttr", values.msttr(), LexicalDiversity.meanSegmentalTypeTokenRatio(ids, window));
    LexicalFold.Values empty = fold.finish();
    assertThat(empty.tokens()).isZero();
    assertThat(empty.msttr()).isNaN();
    assertThat(empty.mattr()).isNaN();
    assertThat(empty.mtldForward()).isNaN();
    assertThat(empty.frequencies().types()).isZero();
  }
}
