package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.corpustoolkit.plugins.kwic.DocumentLayouts.Layout;
import org.corpustoolkit.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** The layout measured on a file's bytes is the layout of its decoded text. */
class DocumentLayoutsTest {
  private static final String[] PIECES = {"a", "word ", "x".repeat(60), "y".repeat(190),
      "y".repeat(195), "z".repeat(199), "\u00e9", "\u674e", "\ud83d\ude00", " ", "\t", "\u00a0", "\u2028", "\u3000", "\u1680", "\u205f",
      "\u2007", "\u0085"};
  private static final String[] BREAKS = {"\n", "\n", "\r\n", "\r", "\n\n", "\n \n"};

  private static Layout measure(byte[] bytes) throws IOException {
    return DocumentLayouts.measure(new ByteArrayInputStream(bytes));
  }

  @Test
  void theLayoutOfTheBytesIsTheLayoutOfTheText() throws IOException {
    Random random = new Random(3);
    int wrapped = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        sb.append(random.nextInt(6) == 0 ? BREAKS[random.nextInt(BREAKS.length)]
            : PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      Layout expected = SentenceSplitter.isHardWrapped(text) ? Layout.HARD_WRAPPED
          : Layout.PARAGRAPH_PER_LINE;
      wrapped += expected == Layout.HARD_WRAPPED ? 1 : 0;
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(measure(bytes)).as(text).isEqualTo(expected);
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      assertThat(measure(withBom)).isEqualTo(expected);
    }
    assertThat(wrapped).isBetween(500, 2500); // both layouts are tested
  }

  @Test
  void bytesThatAreNotWellFormedUtf8HaveNoLayout() throws IOException {
    byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF5}, {'a', (byte) 0x80}, {'a', (byte) 0xE2, (byte) 0x82}, {(byte) 0xC3, 'a'}};
    for (byte[] b : bad) {
      assertThat(measure(b)).isEqualTo(Layout.UNKNOWN);
    }
    assertThat(measure("ok \u20ac \ud83d\ude00".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Layout.HARD_WRAPPED);
  }
}
