/**
 * The plugin SPI of Corpus Toolkit (ctk): everything a plugin jar needs to add analysers, input
 * formats, token filters and output formats. This page is a tutorial; {@code docs/plugins.md} in the
 * ctk repository has the same walk-through with the build, packaging and installation commands, and
 * {@code examples/plugin-example} is a complete project.
 *
 * <h2>1. An analyser in four small classes</h2>
 *
 * <p>A plugin is a Guice module ({@link org.corpustoolkit.spi.PluginModule}) found with
 * {@link java.util.ServiceLoader}. The module binds extensions with the {@link
 * org.corpustoolkit.spi.Extensions} helpers. The main extension is an
 * {@link org.corpustoolkit.spi.Analyser}: it describes itself (name, help, typed options), turns option
 * values into a typed options record, and computes an {@link org.corpustoolkit.spi.AnalysisResult} that
 * projects itself to a {@link org.corpustoolkit.report.Table}. Analysers compute; they never print: ctk
 * renders the table as text, CSV, TSV, JSON, Markdown or HTML.
 *
 * <p>A complete plugin, {@code ctk sentence-lengths}, the distribution of sentence lengths in word
 * tokens (this is {@code examples/plugin-example}, slightly shortened):
 *
 * <pre>{@code
 * // The analyser: descriptor, options, computation.
 * public final class SentenceLengthAnalyser implements Analyser<SentenceLengthAnalyser.Options> {
 *   static final OptionDef<Integer> MIN_WORDS = OptionDef.integer("--min-words", 1, "N",
 *       "Leave out sentences of fewer than N word tokens.");
 *
 *   public record Options(int minWords) {}
 *
 *   public AnalyserDescriptor descriptor() {
 *     return new AnalyserDescriptor("sentence-lengths",
 *         "Distribution of sentence lengths in word tokens",          // one line for ctk --help
 *         "Counts sentences by their number of word tokens ... Yule (1939).",  // ctk NAME --help
 *         List.of(MIN_WORDS), List.of(), SentenceLengths.class);
 *   }
 *
 *   public Options options(OptionValues values) {
 *     int minWords = values.get(MIN_WORDS);
 *     if (minWords < 1) {
 *       throw new UsageException("--min-words must be 1 or more, not " + minWords);  // exit code 2
 *     }
 *     return new Options(minWords);
 *   }
 *
 *   public AnalysisResult analyse(AnalysisContext context, Options options) {
 *     // documents are read, tokenized and handed to each worker thread with its own state;
 *     // the states are then merged, so the merge must not depend on order
 *     LengthCounts counts = context.processDocuments(LengthCounts::new,
 *         (state, doc) -> count(state, doc, options.minWords()), LengthCounts::merge);
 *     return new SentenceLengths(counts.toArray());
 *   }
 *
 *   static void count(LengthCounts state, TokenizedDocument doc, int minWords) {
 *     int[] sentences = doc.wordSentences();     // sentence number of each word token
 *     for (int i = 0, j; i < sentences.length; i = j) {
 *       for (j = i; j < sentences.length && sentences[j] == sentences[i]; j++) {}
 *       if (j - i >= minWords) {
 *         state.add(j - i);
 *       }
 *     }
 *   }
 * }
 *
 * // The result: a domain object that projects itself to a table with snake_case columns.
 * public record SentenceLengths(long[] counts) implements AnalysisResult {
 *   public Table table() {
 *     Table.Builder t = Table.builder("sentence-lengths")
 *         .column(Column.integer("length", "sentence length in word tokens"))
 *         .column(Column.integer("sentences", "sentences of this length"));
 *     for (int n = 0; n < counts.length; n++) {
 *       if (counts[n] > 0) {
 *         t.row(n, counts[n]);
 *       }
 *     }
 *     return t.build();
 *   }
 * }
 *
 * // The module: the plugin's entry point.
 * public final class SentenceLengthModule extends PluginModule {
 *   protected void configure() {
 *     Extensions.analyser(binder(), SentenceLengthAnalyser.class);
 *   }
 * }
 * }</pre>
 *
 * <p>and the file {@code META-INF/services/org.corpustoolkit.spi.PluginModule} containing the line
 * {@code org.corpustoolkit.examples.sentencelengths.SentenceLengthModule}. The jar's manifest names the
 * plugin and the SPI version it was built for:
 *
 * <pre>
 * Ctk-Plugin-Id: sentence-lengths
 * Ctk-Plugin-Version: 0.1.0
 * Ctk-Spi-Version: 1
 * </pre>
 *
 * <p>Copy the jar into {@code ~/.ctk/plugins/} (or a folder named in {@code CTK_PLUGIN_PATH}) and
 * {@code ctk sentence-lengths} exists, with ctk's common options ({@code --format}, {@code -o},
 * {@code --encoding}, {@code --case-sensitive}, {@code --stopwords}, {@code --filter}, {@code --lang},
 * {@code --threads}, {@code -q}, {@code -v}) added for free. {@code ctk plugin new NAME} writes such a
 * project for you.
 *
 * <h2>2. Testing</h2>
 *
 * <p>The {@code toolkit-testkit} artifact builds corpora from strings, runs analysers with options and
 * asserts on tables:
 *
 * <pre>{@code
 * AnalysisResult result = AnalyserRun.of(new SentenceLengthAnalyser())
 *     .option("--min-words", "2")
 *     .on("The cat sat. Why? It rained, and rained.");
 * assertThatTable(result.table()).hasColumns("length", "sentences", ...)
 *     .row(0).hasValue("length", 3).hasValue("sentences", 1);
 * }</pre>
 *
 * <h2>3. The extension points</h2>
 *
 * <ul>
 *   <li>{@link org.corpustoolkit.spi.Analyser} ({@link org.corpustoolkit.spi.Extensions#analyser}):
 *       a subcommand {@code ctk NAME}.
 *   <li>{@link org.corpustoolkit.spi.CorpusReader} ({@link
 *       org.corpustoolkit.spi.Extensions#corpusReader}): an input format chosen by file extension.
 *   <li>{@link org.corpustoolkit.spi.TokenFilter} ({@link
 *       org.corpustoolkit.spi.Extensions#tokenFilter}): a step on counting forms, chosen per run with
 *       {@code --filter NAME}.
 *   <li>{@link org.corpustoolkit.report.Renderer} ({@link org.corpustoolkit.spi.Extensions#renderer})
 *       and {@link org.corpustoolkit.report.ResultRenderer} ({@link
 *       org.corpustoolkit.spi.Extensions#resultRenderer}): output formats for every result or for one
 *       result type.
 *   <li>Annotators (part-of-speech tags, lemmas) are being added as their own extension point and will
 *       be bound the same way.
 * </ul>
 *
 * <h2>4. Rules of the road</h2>
 *
 * <ul>
 *   <li>One analyser instance serves every run and thread: keep per-run state in locals or in the
 *       per-thread states of {@link org.corpustoolkit.spi.AnalysisContext#processDocuments}; make the
 *       merge order-independent so results do not depend on {@code --threads}.
 *   <li>Count on int ids ({@link org.corpustoolkit.text.TokenizedDocument#wordIds()}, {@link
 *       org.corpustoolkit.text.TokenizedDocument#formId(int)}); keep counts, not texts.
 *   <li>Report errors with {@link org.corpustoolkit.spi.UsageException} (bad options, exit 2) or {@link
 *       org.corpustoolkit.spi.CorpusException} (bad data, exit 3). Any other exception an analyser
 *       throws becomes exit code 4 with one line naming the plugin (the stack trace with
 *       {@code --verbose}).
 *   <li>Each plugin has its own class loader. It shares with ctk only the packages {@code
 *       org.corpustoolkit.spi}, {@code .corpus}, {@code .text}, {@code .report}, {@code .count},
 *       {@code .stats}, {@code jakarta.inject} and {@code com.google.inject}; everything else (Guava,
 *       ICU4J, Commons Text, ctk's built-in analysers) is invisible, so bundle the libraries you use
 *       (a plugin can be a folder of jars) and do not bundle the shared ones.
 * </ul>
 *
 * <h2>Stability</h2>
 *
 * <p>Every type here says since which ctk version it exists and how stable it is. <em>Stable</em>:
 * will not change incompatibly within SPI version 1; new methods come with defaults. <em>Experimental
 * </em>: may change in a minor release; the change will be noted. An incompatible change raises the SPI
 * version ({@code Ctk-Spi-Version}); ctk refuses plugins built for a newer SPI than its own with a clear
 * error.
 *
 * @since 0.1
 */
package org.corpustoolkit.spi;
