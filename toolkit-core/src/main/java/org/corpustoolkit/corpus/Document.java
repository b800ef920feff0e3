package org.corpustoolkit.corpus;

import java.util.Map;
import java.util.Objects;

/**
 * One text of a corpus, as read: its identifier, where it came from, its metadata and its full text.
 *
 * <p>Documents are short-lived: the corpus reads one when an analyser asks for it and forgets it as soon
 * as the analyser has counted what it needs, so memory does not grow with the number of documents.
 *
 * @param index position of the document in the corpus's stable order (0-based)
 * @param id stable identifier shown in results (a path relative to the corpus argument)
 * @param source where the text came from (a file path, {@code <stdin>} or a bundled resource)
 * @param metadata descriptive fields such as {@code encoding}; never null
 * @param text the decoded text, without byte order mark
 * @since 0.1 (stable)
 */
public record Document(int index, String id, String source, Map<String, String> metadata, String text) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    metadata = Map.copyOf(metadata);
  }

  /**
   * This document with another text (for {@link org.corpustoolkit.spi.CorpusReader}s).
   *
   * @since 0.2
   */
  public Document withText(String newText) {
    return new Document(index, id, source, metadata, newText);
  }

  /**
   * This document with one more metadata field (replacing a field of the same name).
   *
   * @since 0.2
   */
  public Document withMetadata(String key, String value) {
    java.util.Map<String, String> more = new java.util.HashMap<>(metadata);
    more.put(key, value);
    return new Document(index, id, source, more, text);
  }

  /** Metadata key: 0-based number of this part of a document read in segments. */
  public static final String SEGMENT = "segment";
  /** Metadata key: offset (UTF-16 code units) of this part's first character in the whole document. */
  public static final String CHAR_OFFSET = "char_offset";
  /** Metadata key: {@code "true"} if the document was split into several parts. */
  public static final String SPLIT = "split";

  /**
   * True if this is one part of a large document that was read in several consecutive segments (see
   * {@link org.corpustoolkit.spi.AnalysisContext#processSegments}); all parts share the
   * {@link #index()} and {@link #id()} of the document.
   *
   * @since 0.3
   */
  public boolean isPartial() {
    return "true".equals(metadata.get(SPLIT));
  }

  /**
   * 0-based number of this part within its document; 0 for a whole document.
   *
   * @since 0.3
   */
  public int segment() {
    String s = metadata.get(SEGMENT);
    return s == null ? 0 : Integer.parseInt(s);
  }

  /**
   * Offset of this part's first character (UTF-16 code units) in the whole document's text; 0 for a
   * whole document. Token offsets within the part plus this give offsets in the document.
   *
   * @since 0.3
   */
  public long charOffset() {
    String s = metadata.get(CHAR_OFFSET);
    return s == null ? 0 : Long.parseLong(s);
  }

  /** A document built from a string, for tests and library users. */
  public static Document of(int index, String id, String text) {
    return new Document(index, id, id, Map.of(), text);
  }
}
