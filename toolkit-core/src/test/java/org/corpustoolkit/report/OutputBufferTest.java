package org.corpustoolkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputBufferTest {
  private static final long[] EDGES = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 9999, 10_000,
      Integer.MAX_VALUE, 0xFFFF_FFFFL, 0x1_0000_0000L, 999_999_999L, 1_000_000_000L,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};

  private static String digits(long value) throws IOException {
    StringWriter out = new StringWriter();
    OutputBuffer buffer = new OutputBuffer(out);
    buffer.append(value);
    assertThat(buffer.length()).as("width of %s", value).isEqualTo(OutputBuffer.width(value));
    buffer.flush();
    return out.toString();
  }

  @Test
  void wholeNumbersAreWrittenAsLongToStringWritesThem() throws IOException {
    for (long edge : EDGES) {
      for (long v : new long[] {edge, -edge, edge - 1, edge + 1}) {
        assertThat(digits(v)).isEqualTo(Long.toString(v));
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      long v = switch (i % 3) {
        case 0 -> random.nextInt();
        case 1 -> random.nextLong() >> random.nextInt(64);
        default -> random.nextInt(1 << 20);
      };
      assertThat(digits(v)).isEqualTo(Long.toString(v));
    }
  }

  @Test
  void handsOnWholeRowsInBlocksAndGrowsForALongRow() throws IOException {
    StringWriter out = new StringWriter();
    OutputBuffer buffer = new OutputBuffer(out);
    String row = "x".repeat(1000) + "\n";
    buffer.append(row);
    buffer.endRow();
    assertThat(out.toString()).isEmpty();
    buffer.truncate(0);
    for (int i = 0; i < 66; i++) {
      buffer.append(row);
      buffer.endRow();
    }
    assertThat(out.toString()).isEqualTo(row.repeat(66)); // 66,066 characters: a block is full
    buffer.append("y".repeat(3 * OutputBuffer.BLOCK));
    assertThat(buffer.length()).isEqualTo(3 * OutputBuffer.BLOCK);
    buffer.truncate(5);
    buffer.flush();
    assertThat(out.toString()).endsWith("\nyyyyy");
  }
}
