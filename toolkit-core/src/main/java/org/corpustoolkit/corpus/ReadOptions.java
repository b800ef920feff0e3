package org.corpustoolkit.corpus;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How documents are decoded.
 *
 * @param encoding an explicit encoding ({@code --encoding}); empty means strict UTF-8 first, then
 *     ICU4J's charset detector
 * @since 0.1 (stable)
 */
public record ReadOptions(Optional<Charset> encoding) {
  /** Default policy: detect. */
  public static ReadOptions detect() {
    return new ReadOptions(Optional.empty());
  }
}
