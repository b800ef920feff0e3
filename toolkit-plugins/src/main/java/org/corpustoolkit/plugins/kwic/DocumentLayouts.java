package org.corpustoolkit.plugins.kwic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.text.SentenceSplitter;

/**
 * The line layout of each large document (hard-wrapped, or one paragraph per line: see
 * {@link SentenceSplitter}), which decides how line breaks split sentences and is a statistic of the
 * whole document. A document that comes in parts is read once more, as bytes (a fast scan, no
 * decoding), to measure it before its parts are searched; standard input cannot be read twice, and a
 * document that is not well-formed UTF-8 is read by the engine with replacement characters, so their
 * layout is {@link Layout#UNKNOWN} and they are searched whole. Thread-safe: each document is measured
 * once.
 */
final class DocumentLayouts {
  /** The layout of a document. */
  enum Layout {
    /** Lines are wrapped: a single line break is a space. */
    HARD_WRAPPED,
    /** One paragraph per line: every line break may end a sentence. */
    PARAGRAPH_PER_LINE,
    /** Not measured: search the document whole. */
    UNKNOWN;

    boolean hardWrapped() {
      return this == HARD_WRAPPED;
    }
  }

  private final Corpus corpus;
  private final Map<Integer, Layout> layouts = new ConcurrentHashMap<>();

  DocumentLayouts(Corpus corpus) {
    this.corpus = corpus;
  }

  /** The layout of document {@code index}, measured on first call. */
  Layout of(int index) {
    return layouts.computeIfAbsent(index, this::measure);
  }

  private Layout measure(int index) {
    if (!corpus.sources().get(index).rereadable()) {
      return Layout.UNKNOWN;
    }
    try (InputStream in = corpus.openBytes(index)) {
      return measure(in);
    } catch (IOException | UncheckedIOException e) {
      return Layout.UNKNOWN; // the engine's own read of it will say what is wrong
    }
  }

  /**
   * The layout of UTF-8 bytes, measured on the bytes as {@link SentenceSplitter.LineLayout} measures
   * the decoded text: lines end at {@code \n} or {@code \r}, a line's length is its UTF-16 units, a
   * blank line holds only {@linkplain Character#isWhitespace(int) white space}; a leading byte order
   * mark is not text. UNKNOWN if the bytes are not well-formed UTF-8 (Unicode Table 3-7), which the
   * engine would read with replacement characters.
   */
  static Layout measure(InputStream in) throws IOException {
    SentenceSplitter.LineLayout layout = new SentenceSplitter.LineLayout();
    byte[] buffer = new byte[1 << 16];
    long length = 0;
    boolean blank = true;
    int need = 0; // continuation bytes still to come
    int lo = 0x80; // bounds of the next continuation byte
    int hi = 0xBF;
    int codePoint = 0;
    int n = in.readNBytes(buffer, 0, buffer.length);
    int i = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
    for (; n > 0; n = in.read(buffer), i = 0) {
      while (i < n) {
        if (need == 0) { // a run of printable ASCII and spaces: most bytes
          int run = i;
          while (i < n && buffer[i] >= 0x20) {
            i++;
          }
          length += i - run;
          for (int k = run; blank && k < i; k++) {
            blank = buffer[k] == ' ';
          }
          if (i == n) {
            break;
          }
        }
        int b = buffer[i++] & 0xFF;
        if (need > 0) {
          if (b < lo || b > hi) {
            return Layout.UNKNOWN;
          }
          lo = 0x80;
          hi = 0xBF;
          codePoint = (codePoint << 6) | (b & 0x3F);
          if (--need == 0) {
            length += codePoint >= 0x10000 ? 2 : 1;
            if (blank && !Character.isWhitespace(codePoint)) {
              blank = false;
            }
          }
        } else if (b < 0x80) {
          if (b == '\n' || b == '\r') {
            layout.addLine(length, blank);
            length = 0;
            blank = true;
          } else {
            length++;
            if (blank && !(b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F))) {
              blank = false;
            }
          }
        } else if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
          codePoint = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          codePoint = b & 0x0F;
          lo = b == 0xE0 ? 0xA0 : 0x80;
          hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          codePoint = b & 0x07;
          lo = b == 0xF0 ? 0x90 : 0x80;
          hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          return Layout.UNKNOWN;
        }
      }
    }
    if (need > 0) {
      return Layout.UNKNOWN;
    }
    layout.addLine(length, blank);
    return layout.isHardWrapped() ? Layout.HARD_WRAPPED : Layout.PARAGRAPH_PER_LINE;
  }
}
