package org.corpustoolkit.plugins.readability;

import java.util.List;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;

/**
 * Options of {@code ctk readability}.
 *
 * @param perDocument one row per document before the corpus row (default); false with
 *     {@code --corpus-only}
 */
public record ReadabilityOptions(boolean perDocument) {
  static final OptionDef<Boolean> CORPUS_ONLY = OptionDef.flag("--corpus-only",
      "Only the corpus row (per-document rows are shown by default).");

  static final List<OptionDef<?>> ALL = List.of(CORPUS_ONLY);

  /** One row per document and the corpus row. */
  public static ReadabilityOptions defaults() {
    return new ReadabilityOptions(true);
  }

  static ReadabilityOptions from(OptionValues values) {
    return new ReadabilityOptions(!values.get(CORPUS_ONLY));
  }
}
