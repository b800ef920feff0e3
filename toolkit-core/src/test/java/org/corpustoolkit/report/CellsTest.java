package org.corpustoolkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellsTest {
  /** The reference: what the renderers printed before {@link Cells#fixed} replaced the formatter. */
  private static String formatted(double d, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", d);
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  @Test
  void fixedDecimalsAreThoseOfStringFormat() {
    Random random = new Random(7);
    double[] edges = {0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 0.15, 0.25, 0.35, 1.005, 2.675, -0.0001,
        -0.00049, 1e-7, 123456789.987654, 1e20, -1e20, 0.9999995, 4.35, 63551.40186915888};
    for (int decimals = 0; decimals <= 6; decimals++) {
      for (double d : edges) {
        assertThat(Cells.fixed(d, decimals)).as("%s %d", d, decimals)
            .isEqualTo(formatted(d, decimals));
      }
      for (int i = 0; i < 20_000; i++) {
        double d = switch (i % 4) {
          case 0 -> random.nextDouble();
          case 1 -> (random.nextDouble() - 0.5) * 1e6;
          case 2 -> Math.round(random.nextDouble() * 1e6) / 1e4 + 0.00005;
          default -> random.nextGaussian() * 1e-3;
        };
        assertThat(Cells.fixed(d, decimals)).as("%s %d", d, decimals)
            .isEqualTo(formatted(d, decimals));
      }
    }
  }

  @Test
  void displayWidthOfAsciiIsItsLengthAndWideCharactersTakeTwo() {
    assertThat(DisplayWidth.of("hello, world")).isEqualTo(12);
    assertThat(DisplayWidth.of("日本語")).isEqualTo(6);
    assertThat(DisplayWidth.of("naïve")).isEqualTo(5);
  }
}
