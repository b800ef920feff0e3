package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackgroundWriterTest {

  @Test
  void writesEverythingInOrderWhateverTheSizesOfTheWrites() throws IOException {
    StringWriter target = new StringWriter();
    StringBuilder expected = new StringBuilder();
    Random random = new Random(3);
    try (Writer out = new BackgroundWriter(target)) {
      for (int i = 0; i < 3000; i++) {
        int size = random.nextInt(10) == 0 ? random.nextInt(3 * BackgroundWriter.BLOCK)
            : random.nextInt(100);
        char[] chars = new char[size];
        for (int k = 0; k < size; k++) {
          chars[k] = (char) ('a' + random.nextInt(26));
        }
        String s = new String(chars);
        switch (random.nextInt(4)) {
          case 0 -> out.write(chars, 0, size);
          case 1 -> out.write(s);
          case 2 -> {
            for (char c : chars) {
              out.write(c);
            }
          }
          default -> {
            out.write(chars, 0, size);
            out.flush();
            expected.append(s);
            assertThat(target.getBuffer().length()).isEqualTo(expected.length());
            continue;
          }
        }
        expected.append(s);
      }
    }
    assertThat(target.toString()).isEqualTo(expected.toString());
  }

  @Test
  void aFailureUnderneathIsThrownByALaterCall() throws IOException {
    Writer failing = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Writer out = new BackgroundWriter(failing);
    out.write(new char[3 * BackgroundWriter.BLOCK]);
    assertThatThrownBy(out::flush).isInstanceOf(IOException.class).hasMessageContaining("disk full");
    assertThatThrownBy(() -> out.write("more")).isInstanceOf(IOException.class);
  }
}
