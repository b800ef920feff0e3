package org.corpustoolkit.spi;

import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Table;

/**
 * What an analyser computed: a domain object that can project itself to a {@link Table}. Renderers
 * write the table, the summary (corpus-level figures such as tokens and types) and the notes (how zeros
 * were handled, which definition was used).
 *
 * @since 0.1 (stable)
 */
public interface AnalysisResult {

  /** The result as rows and named, typed columns. */
  Table table();

  /** Corpus-level figures, in display order (keys in snake_case); empty by default. */
  default Map<String, Object> summary() {
    return Map.of();
  }

  /** Sentences that explain the result (definitions, zero handling); empty by default. */
  default List<String> notes() {
    return List.of();
  }
}
