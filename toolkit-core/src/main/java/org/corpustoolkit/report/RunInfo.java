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
 * @param commandLine the command line as typed, shell-quoted ({@code ctk report --top 50 texts}), or
 *     empty when not run from the command line (since 0.2)
 * @since 0.1 (stable)
 */
public record RunInfo(String ctkVersion, String analyser, Map<String, String> options, String corpus,
    Supplier<CorpusStats> statsSource, String commandLine) {

  public RunInfo {
    commandLine = commandLine == null ? "" : commandLine;
  }

  /** Provenance without a command line (the 0.1 constructor). */
  public RunInfo(String ctkVersion, String analyser, Map<String, String> options, String corpus,
      Supplier<CorpusStats> statsSource) {
    this(ctkVersion, analyser, options, corpus, statsSource, "");
  }

  /** The corpus size as read so far. */
  public CorpusStats stats() {
    return statsSource.get();
  }
}
