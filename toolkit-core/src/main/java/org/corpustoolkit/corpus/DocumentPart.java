package org.corpustoolkit.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One part of a document as {@link DocumentSegments#nextPart()} reads it: either a whole document
 * already decoded, or a part of a large UTF-8 file kept as its bytes (checked to be well-formed) and
 * decoded only when {@link #document()} is first called. The worker thread that tokenizes a part decodes
 * it, so the reading thread only reads; and the word-counting fast path can tokenize the bytes without
 * any text at all ({@link #utf8()}).
 *
 * <p>Not thread-safe: a part belongs to the thread that took it from the reader's queue.
 *
 * @since 0.4
 */
public final class DocumentPart {
  private Document document;
  private final byte[] utf8;
  private final int length;
  private final int index;
  private final DocumentSource source;
  private final Map<String, String> metadata;
  private final long characters;

  private DocumentPart(Document document) {
    this.document = document;
    this.utf8 = null;
    this.length = 0;
    this.index = document.index();
    this.source = null;
    this.metadata = document.metadata();
    this.characters = document.text().length();
  }

  /**
   * A part kept as {@code length} bytes of well-formed UTF-8, copied from {@code bytes}, that decode to
   * {@code characters} UTF-16 code units.
   */
  DocumentPart(int index, DocumentSource source, Map<String, String> metadata, byte[] bytes,
      int length, long characters) {
    this.utf8 = java.util.Arrays.copyOf(bytes, length);
    this.length = length;
    this.index = index;
    this.source = source;
    this.metadata = Map.copyOf(metadata);
    this.characters = characters;
  }

  /** A part that is {@code document}, whole and decoded. */
  public static DocumentPart of(Document document) {
    return new DocumentPart(document);
  }

  /** True if this is one of several parts of a document (see {@link Document#isPartial()}). */
  public boolean isPartial() {
    return "true".equals(metadata.get(Document.SPLIT));
  }

  /** 0-based number of this part within its document (see {@link Document#segment()}). */
  public int segment() {
    String s = metadata.get(Document.SEGMENT);
    return s == null ? 0 : Integer.parseInt(s);
  }

  /** Length of the part's text in UTF-16 code units, known without decoding it. */
  public long characters() {
    return characters;
  }

  /** The document's index in its corpus. */
  public int index() {
    return index;
  }

  /** The part as a document, decoded on first call. */
  public Document document() {
    if (document == null) {
      document = new Document(index, source.id(), source.location(), metadata,
          new String(utf8, 0, length, StandardCharsets.UTF_8));
    }
    return document;
  }

  /**
   * The part's bytes, well-formed UTF-8 without byte order mark, of length {@link #utf8Length()}; or
   * null if the part came decoded (a whole document, another encoding, a reader's output).
   */
  public byte[] utf8() {
    return utf8;
  }

  /** Number of bytes of {@link #utf8()}; 0 if there are none. */
  public int utf8Length() {
    return length;
  }
}
