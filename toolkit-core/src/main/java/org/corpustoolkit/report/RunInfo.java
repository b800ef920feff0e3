package org.corpustoolkit.report;

import java.util.Map;
import java.util.function.Supplier;
import org.corpustoolkit.spi.CorpusStats;

/**
 * Provenance of a result, written into JSON, Markdown and HTML output so a result can be reproduced:
 * ctk version, analyser, options as given, and the corpus and its size. It deliberately has no time stamp
 * or thread count, so that the same run gives byte-identical output.
 *
 * @param ctkVersion the ctk version
 * @param analyser the analyser name
 * @param options option names to values, in declaration order
 * @param corpus the corpus description (arguments, or "seed corpus")
 * @param statsSource the corpus size as read; asked when written, because a streaming result knows it
 *     only after its last row
 * @since 0.1 (stable)
 */
public record RunInfo(String ctkVersion, String analyser, Map<String, String> options, String corpus,
    Supplier<CorpusStats> statsSource) {

  /** The corpus size as read so far. */
  public CorpusStats stats() {
    return statsSource.get();
  }
}
