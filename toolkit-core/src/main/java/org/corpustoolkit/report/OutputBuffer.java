package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * A reusable character buffer in front of a renderer's {@link Writer}: cells are copied (or their
 * digits written) straight into one array, and the array goes to the writer in blocks of 64 K
 * characters, instead of a {@code String} per cell and a writer call per character.
 *
 * <p>A row is always whole in the buffer: the buffer is handed on only between rows ({@link #endRow}),
 * and grows for a row longer than a block. So a renderer may look back over the row it is writing (to
 * trim trailing spaces, or to replace a cell it has just copied) and may drop a row it has begun.
 */
final class OutputBuffer {
  /** Block handed to the writer; as large as the CLI's {@code BufferedWriter}, so it is passed through. */
  static final int BLOCK = 1 << 16;

  private final Writer out;
  private char[] chars = new char[BLOCK + 1024];
  private int length;

  OutputBuffer(Writer out) {
    this.out = out;
  }

  /** Characters written and not yet handed on. */
  int length() {
    return length;
  }

  /** Drops everything written after {@code mark} (a former {@link #length()} within this row). */
  void truncate(int mark) {
    length = mark;
  }

  char charAt(int index) {
    return chars[index];
  }

  /** The array written into (valid up to {@link #length()}); for renderers that scan what they copied. */
  char[] array() {
    return chars;
  }

  /** Makes room for {@code more} characters. */
  void reserve(int more) {
    if (length + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }
  }

  void append(char c) {
    if (length == chars.length) {
      reserve(1);
    }
    chars[length++] = c;
  }

  void append(String s) {
    append(s, 0, s.length());
  }

  /** Appends {@code s.substring(start, end)}. */
  void append(String s, int start, int end) {
    int n = end - start;
    reserve(n);
    s.getChars(start, end, chars, length);
    length += n;
  }

  /** Appends {@code chars[0, count)}. */
  void append(char[] source, int count) {
    reserve(count);
    System.arraycopy(source, 0, chars, length, count);
    length += count;
  }

  void spaces(int count) {
    if (count <= 0) {
      return;
    }
    reserve(count);
    Arrays.fill(chars, length, length + count, ' ');
    length += count;
  }

  /** Appends the decimal digits of {@code value} ({@link Long#toString(long)}, without the String). */
  void append(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        append(Long.toString(value));
        return;
      }
      append('-');
      value = -value;
    }
    if (value > 0xFFFF_FFFFL) {
      append(Long.toString(value));
      return;
    }
    int n = digitCount(value);
    reserve(n);
    int p = length + n;
    // Two digits a step; x / 100 as a multiplication and shift, exact for every x below 2^32 (the JIT
    // the launcher uses, C1, divides for real).
    long x = value;
    while (x >= 100) {
      long q = (x * 0x51EB851FL) >>> 37;
      int r = (int) (x - q * 100);
      chars[--p] = DIGIT_ONES[r];
      chars[--p] = DIGIT_TENS[r];
      x = q;
    }
    int r = (int) x;
    chars[--p] = DIGIT_ONES[r];
    if (r >= 10) {
      chars[--p] = DIGIT_TENS[r];
    }
    length += n;
  }

  /** Characters {@link #append(long)} writes for {@code value}. */
  static int width(long value) {
    if (value < 0) {
      return value == Long.MIN_VALUE ? 20 : 1 + width(-value);
    }
    return value > 0xFFFF_FFFFL ? Long.toString(value).length() : digitCount(value);
  }

  /** Digits of {@code value}, 0 to 2^32 - 1. */
  private static int digitCount(long value) {
    int n = 1;
    while (n < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[n]) {
      n++;
    }
    return n;
  }

  private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
      10_000_000L, 100_000_000L, 1_000_000_000L};
  private static final char[] DIGIT_TENS = new char[100];
  private static final char[] DIGIT_ONES = new char[100];

  static {
    for (int i = 0; i < 100; i++) {
      DIGIT_TENS[i] = (char) ('0' + i / 10);
      DIGIT_ONES[i] = (char) ('0' + i % 10);
    }
  }

  /** Ends a row: hands the buffer on once a block is full. */
  void endRow() throws IOException {
    if (length >= BLOCK) {
      flush();
    }
  }

  /** Hands everything written so far to the writer (which is not flushed). */
  void flush() throws IOException {
    if (length > 0) {
      out.write(chars, 0, length);
      length = 0;
    }
  }
}
