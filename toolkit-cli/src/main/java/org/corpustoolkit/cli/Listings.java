package org.corpustoolkit.cli;

import java.io.IOException;
import java.util.Map;
import org.corpustoolkit.plugin.CtkVersion;
import org.corpustoolkit.plugin.Toolkit;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.RunInfo;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.CorpusStats;

/**
 * Writes the listings of the fixed commands ({@code ctk analysers}, {@code ctk plugins}) through the
 * same output formats as the analysers, with provenance that names no corpus.
 */
final class Listings {
  private Listings() {}

  static int render(Toolkit toolkit, CliEnvironment env, String format, String command,
      AnalysisResult result, boolean footer) throws IOException {
    toolkit.formats().check(format, AnalysisResult.class);
    RunInfo run = new RunInfo(CtkVersion.version(), command, Map.of(), "none",
        () -> new CorpusStats(0, 0, 0, 0, 0));
    toolkit.formats().render(format, new RenderRequest(result, run, false, footer), env.out());
    env.out().flush();
    return 0;
  }
}
