package org.corpustoolkit.spi;

/**
 * An analysis of a corpus: the unit plugins contribute. An analyser computes; it never prints. It turns
 * typed options into a {@link AnalysisResult}, which renderers then write as a table, CSV, JSON and so
 * on.
 *
 * <p>Implementations are bound with {@link Extensions#analyser} in a {@link PluginModule}, get their
 * collaborators by constructor injection, and must be thread-safe (one instance serves every run):
 * keep per-run state in locals or in the state objects of
 * {@link AnalysisContext#processDocuments}.
 *
 * @param <O> the analyser's typed options, usually a record built in {@link #options}
 * @since 0.1 (stable)
 */
public interface Analyser<O> {

  /** Name, help, options and result type; the CLI builds the subcommand from it. */
  AnalyserDescriptor descriptor();

  /**
   * Builds the typed options from the values given. Reject invalid values or combinations here with a
   * {@link UsageException} whose message names the option.
   */
  O options(OptionValues values);

  /** Runs the analysis over the context's corpus. */
  AnalysisResult analyse(AnalysisContext context, O options);
}
