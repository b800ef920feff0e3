package org.corpustoolkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8#utf16Length} accepts exactly what Java's strict UTF-8 decoder accepts, and measures it. */
class Utf8Test {
  /** The decoded length, or -1 if the strict decoder rejects the bytes. */
  private static long decodedLength(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).length();
    } catch (CharacterCodingException e) {
      return -1;
    }
  }

  @Test
  void wellFormedTextIsMeasuredInUtf16Units() {
    String text = "plain ASCII, café, Straße, 李克強, 😀 and 👍🏽 (two surrogate pairs)";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.utf16Length(bytes, 0, bytes.length)).isEqualTo(text.length());
  }

  @Test
  void illFormedSequencesAreRejected() {
    int[][] bad = {
        {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF0, 0x80, 0x80, 0x80},
        {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xBF}, {0xC3}, {0xE2, 0x82},
        {0xF0, 0x9F, 0x98}, {0xFF}, {0xFE}, {'a', 0xC3, 'b'}};
    for (int[] sequence : bad) {
      byte[] bytes = new byte[sequence.length];
      for (int i = 0; i < sequence.length; i++) {
        bytes[i] = (byte) sequence[i];
      }
      assertThat(decodedLength(bytes)).isEqualTo(-1);
      assertThat(Utf8.utf16Length(bytes, 0, bytes.length)).isEqualTo(-1);
    }
  }

  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(11);
    int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    for (int round = 0; round < 200_000; round++) {
      byte[] bytes = new byte[1 + random.nextInt(8)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
            : random.nextInt(256));
      }
      assertThat(Utf8.utf16Length(bytes, 0, bytes.length)).as("bytes %s",
          java.util.HexFormat.of().formatHex(bytes)).isEqualTo(decodedLength(bytes));
    }
  }

  @Test
  void asciiRunsOfAnyLengthBeforeAndAfterOtherBytesAreMeasuredFromAnyOffset() {
    // The ASCII loop tests eight bytes at a time: runs of every length around it, ended by a
    // well-formed or an ill-formed sequence, at offsets that are not multiples of eight.
    int[][] ends = {{}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80}, {0x80}, {0xC3},
        {0xE2, 0x82}, {0xED, 0xA0, 0x80}};
    for (int run = 0; run <= 25; run++) {
      for (int[] end : ends) {
        for (int after = 0; after <= 9; after += 3) {
          for (int offset = 0; offset <= 3; offset++) {
            byte[] bytes = new byte[offset + run + end.length + after + 2];
            java.util.Arrays.fill(bytes, (byte) 0xFF); // outside the range measured
            for (int i = 0; i < run; i++) {
              bytes[offset + i] = (byte) ('a' + i % 26);
            }
            for (int i = 0; i < end.length; i++) {
              bytes[offset + run + i] = (byte) end[i];
            }
            for (int i = 0; i < after; i++) {
              bytes[offset + run + end.length + i] = (byte) ('0' + i);
            }
            int length = run + end.length + after;
            byte[] measured = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
            assertThat(Utf8.utf16Length(bytes, offset, length))
                .as("run %d, end %s, after %d, offset %d", run, java.util.Arrays.toString(end), after,
                    offset)
                .isEqualTo(decodedLength(measured));
          }
        }
      }
    }
  }
}
