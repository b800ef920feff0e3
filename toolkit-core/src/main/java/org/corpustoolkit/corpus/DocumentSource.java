package org.corpustoolkit.corpus;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a document's bytes come from: a file, standard input, a bundled resource or a string. A source
 * is cheap to hold; its bytes are read only when the document is analysed.
 *
 * @since 0.1 (stable)
 */
public interface DocumentSource {

  /** Identifier shown in results, for example {@code sub/dir/file.txt}. */
  String id();

  /** Human-readable location used in warnings, for example an absolute path. */
  String location();

  /** Opens the raw bytes. Compressed sources ({@code .gz}) are decompressed by the caller. */
  InputStream open() throws IOException;

  /**
   * True if {@link #open()} can be called again to read the same bytes (a file, a string); false for
   * a stream that can be read once (standard input).
   *
   * @since 0.4
   */
  default boolean rereadable() {
    return true;
  }
}
