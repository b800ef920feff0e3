package org.corpustoolkit.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One document read as a sequence of parts, so that a large file never has to be held in memory whole.
 * Made by {@link Corpus#openSegments}; call {@link #next()} until it is empty, then {@link #close()}.
 *
 * <p>Policy. The first {@code 2 × block} bytes are read (after decompression, so a {@code .gz} file is
 * judged by its content). A document no longer than that, or not read as UTF-8 (an explicit other
 * {@code --encoding}, a UTF-16 byte order mark, a first block that is not valid UTF-8 and so needs
 * detection) or claimed by a {@link org.corpustoolkit.spi.CorpusReader}, comes whole, exactly as
 * {@link Corpus#read} gives it. A larger UTF-8 document comes in parts of at most {@code block} bytes,
 * each cut just after a blank line in the second half of the block if there is one, else just after the
 * block's last line break, else at a UTF-8 character boundary. Tokens never span ASCII whitespace, so
 * a cut at a line break changes no token; only a line longer than the block can be cut inside a token.
 * Each part is decoded as strict UTF-8; a later part that is not valid UTF-8 is decoded with replacement
 * characters and a warning.
 *
 * <p>Every part is a {@link Document} with the document's index, id and source, and the metadata
 * {@link Document#SEGMENT}, {@link Document#CHAR_OFFSET} and {@link Document#SPLIT} ({@code "true"});
 * {@code bytes} is the size of the part.
 *
 * @since 0.3
 */
public final class DocumentSegments implements Closeable {
  private final Corpus corpus;
  private final int index;
  private final int block;
  private final Consumer<String> warnings;
  private final DocumentSource source;
  private InputStream in;
  private byte[] buffer;
  private int length;
  private boolean eof;
  private boolean done;
  private boolean split;
  private Document whole;
  private int segment;
  private long charOffset;
  private long byteOffset;
  private boolean warnedInvalid;

  DocumentSegments(Corpus corpus, int index, int block, Consumer<String> warnings) {
    if (block < 16) {
      throw new IllegalArgumentException("block must be at least 16 bytes");
    }
    this.corpus = corpus;
    this.index = index;
    this.block = block;
    this.warnings = warnings;
    this.source = corpus.source(index);
    start();
  }

  private void start() {
    try {
      in = Corpus.open(source);
      buffer = new byte[Math.min(capacity(), FIRST_BUFFER)];
      fill();
      if (eof || !corpus.segmentable(index)) {
        byte[] all = eof ? Arrays.copyOf(buffer, length) : readRest();
        closeQuietly();
        takeWhole(all);
        return;
      }
      byte[] head = Arrays.copyOf(buffer, Math.min(length, 8192));
      boolean utf16Bom = (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
          || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
      int bom = (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
          ? 3 : 0;
      if (utf16Bom || TextDecoder.looksBinary(head, bom)
          || decode(buffer, bom, cut() - bom, false) == null) {
        byte[] all = readRest();
        closeQuietly();
        takeWhole(all);
        return;
      }
      if (bom > 0) {
        System.arraycopy(buffer, bom, buffer, 0, length - bom);
        length -= bom;
        byteOffset = bom;
      }
      split = true;
    } catch (IOException | UncheckedIOException e) {
      closeQuietly();
      warnings.accept("skipped " + source.location() + ": cannot be read (" + e.getMessage() + ")");
      done = true;
    }
  }

  private void takeWhole(byte[] all) {
    whole = corpus.fromBytes(index, all, warnings).orElse(null);
    done = whole == null;
  }

  /** True if the document comes in several parts. */
  public boolean isSplit() {
    return split;
  }

  /**
   * The next part of the document (the whole document if it is not split), or empty at the end. An
   * unreadable document is empty at once, after one warning.
   */
  public Optional<Document> next() {
    return nextPart().map(DocumentPart::document);
  }

  /**
   * As {@link #next()}, but a part of a split document is not decoded here: it comes as its bytes,
   * checked to be well-formed UTF-8, and is decoded by whoever calls {@link DocumentPart#document()}
   * (a part that is not well-formed is decoded here with replacement characters and a warning).
   *
   * @since 0.4
   */
  public Optional<DocumentPart> nextPart() {
    if (done) {
      return Optional.empty();
    }
    if (whole != null) {
      Document d = whole;
      whole = null;
      done = true;
      return Optional.of(DocumentPart.of(d));
    }
    try {
      fill();
      if (length == 0) {
        done = true;
        closeQuietly();
        return Optional.empty();
      }
      int cut = cut();
      Map<String, String> metadata = new HashMap<>();
      metadata.put("encoding", "UTF-8");
      metadata.put("bytes", Integer.toString(cut));
      metadata.put(Document.SEGMENT, Integer.toString(segment));
      metadata.put(Document.CHAR_OFFSET, Long.toString(charOffset));
      metadata.put(Document.SPLIT, "true");
      long units = Utf8.utf16Length(buffer, 0, cut);
      DocumentPart part;
      if (units >= 0) {
        part = new DocumentPart(index, source, metadata, buffer, cut, units);
      } else {
        String text = decode(buffer, 0, cut, true);
        units = text.length();
        part = DocumentPart.of(new Document(index, source.id(), source.location(), metadata, text));
      }
      segment++;
      charOffset += units;
      byteOffset += cut;
      System.arraycopy(buffer, cut, buffer, 0, length - cut);
      length -= cut;
      return Optional.of(part);
    } catch (IOException | UncheckedIOException e) {
      closeQuietly();
      done = true;
      warnings.accept("skipped the rest of " + source.location() + " after byte " + byteOffset
          + ": cannot be read (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  /** Where the next part ends: see the class comment. */
  private int cut() {
    if (eof && length <= block) {
      return length;
    }
    int end = Math.min(block, length);
    for (int i = end - 1; i >= Math.max(1, end / 2); i--) {
      if (buffer[i] == '\n' && (buffer[i - 1] == '\n'
          || (i >= 2 && buffer[i - 1] == '\r' && buffer[i - 2] == '\n'))) {
        return i + 1;
      }
    }
    for (int i = end - 1; i > 0; i--) {
      if (buffer[i] == '\n') {
        return i + 1;
      }
    }
    int i = end;
    while (i > end - 4 && i > 0 && (buffer[i] & 0xC0) == 0x80) {
      i--;
    }
    return i > 0 ? i : end;
  }

  private String decode(byte[] bytes, int offset, int count, boolean lenient) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, count));
      return chars.toString();
    } catch (CharacterCodingException e) {
      if (!lenient) {
        return null;
      }
      if (!warnedInvalid) {
        warnedInvalid = true;
        warnings.accept(source.location() + ": not valid UTF-8 in the part starting at byte "
            + byteOffset + "; invalid bytes read as U+FFFD");
      }
      return new String(bytes, offset, count, StandardCharsets.UTF_8);
    }
  }

  /**
   * The size of the first buffer a document is read into: it grows (by four) to {@link #capacity()}
   * only for a larger document. A buffer of the full capacity (2 MB with the default block) for each
   * of thousands of small files cost more than reading them: the JVM zeroes every new array.
   */
  private static final int FIRST_BUFFER = 1 << 16;

  /**
   * The most bytes held: two blocks and one byte, to tell a document of 2 × block bytes from a longer
   * one.
   */
  private int capacity() {
    return 2 * block + 1;
  }

  private void fill() throws IOException {
    int capacity = capacity();
    while (!eof && length < capacity) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, 4L * buffer.length));
      }
      int r = in.read(buffer, length, buffer.length - length);
      if (r < 0) {
        eof = true;
      } else {
        length += r;
      }
    }
  }

  private byte[] readRest() throws IOException {
    byte[] rest = in.readAllBytes();
    byte[] all = Arrays.copyOf(buffer, length + rest.length);
    System.arraycopy(rest, 0, all, length, rest.length);
    return all;
  }

  private void closeQuietly() {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing to do: the bytes were read
      }
      in = null;
    }
  }

  @Override
  public void close() {
    closeQuietly();
    done = true;
  }
}
