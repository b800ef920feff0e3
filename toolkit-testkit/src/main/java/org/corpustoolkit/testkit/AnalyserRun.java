package org.corpustoolkit.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.CorpusReaders;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.CorpusReader;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.TokenFilter;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextSettings;

/**
 * Runs an analyser the way {@code ctk NAME} does, without the command line: options by their
 * {@link OptionDef} or by their command-line name and text value, text settings, token filters, corpus
 * readers and thread count.
 *
 * <pre>{@code
 * AnalysisResult result = AnalyserRun.of(new FrequencyAnalyser())
 *     .option("--top", "2")
 *     .on("The cat sat on the mat.");
 * assertThatTable(result.table()).hasRowCount(2).row(0).hasValue("word", "the");
 * }</pre>
 *
 * @param <O> the analyser's options type
 * @since 0.2
 */
public final class AnalyserRun<O> {
  private final Analyser<O> analyser;
  private final OptionValues.Builder values = OptionValues.builder();
  private boolean caseSensitive;
  private Set<String> stopwords = Set.of();
  private String language = "en";
  private final List<TokenFilter> filters = new ArrayList<>();
  private final Set<CorpusReader> readers = new java.util.LinkedHashSet<>();
  private int threads = 1;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  private AnalyserRun(Analyser<O> analyser) {
    this.analyser = analyser;
  }

  public static <O> AnalyserRun<O> of(Analyser<O> analyser) {
    return new AnalyserRun<>(analyser);
  }

  /** Sets a typed option or positional parameter. */
  public <T> AnalyserRun<O> option(OptionDef<T> option, T value) {
    values.set(option, value);
    return this;
  }

  /**
   * Sets an option by its command-line name ({@code --top}) or a positional parameter by its label,
   * converting {@code value} as the CLI does; a flag takes {@code "true"} or {@code "false"}.
   */
  public AnalyserRun<O> option(String name, String value) {
    List<OptionDef<?>> all = new ArrayList<>(analyser.descriptor().options());
    all.addAll(analyser.descriptor().parameters());
    for (OptionDef<?> def : all) {
      if (def.name().equals(name) || name.equals(def.shortName())) {
        set(def, value);
        return this;
      }
    }
    throw new IllegalArgumentException("analyser '" + analyser.descriptor().name()
        + "' has no option " + name);
  }

  private <T> void set(OptionDef<T> def, String text) {
    Object value;
    try {
      if (def.type() == Integer.class) {
        value = Integer.valueOf(text);
      } else if (def.type() == Long.class) {
        value = Long.valueOf(text);
      } else if (def.type() == Double.class) {
        value = Double.valueOf(text);
      } else if (def.type() == Boolean.class) {
        value = Boolean.valueOf(text);
      } else {
        value = text;
      }
    } catch (NumberFormatException e) {
      throw new UsageException(def.name() + ": '" + text + "' is not a number");
    }
    if (!def.choices().isEmpty() && !def.choices().contains(text)) {
      throw new UsageException(def.name() + ": '" + text + "' is not one of "
          + String.join(", ", def.choices()));
    }
    values.set(def, def.type().cast(value));
  }

  /** Counts with case kept ({@code --case-sensitive}). */
  public AnalyserRun<O> caseSensitive(boolean on) {
    this.caseSensitive = on;
    return this;
  }

  /** Stop words, as counting forms ({@code --stopwords}). */
  public AnalyserRun<O> stopwords(Set<String> words) {
    this.stopwords = Set.copyOf(words);
    return this;
  }

  /** The corpus language ({@code --lang}). */
  public AnalyserRun<O> language(String code) {
    this.language = code;
    return this;
  }

  /** Token filters applied in order ({@code --filter}). */
  public AnalyserRun<O> filters(TokenFilter... chosen) {
    filters.addAll(List.of(chosen));
    return this;
  }

  /** Corpus readers chosen by file extension of the document ids. */
  public AnalyserRun<O> readers(CorpusReader... chosen) {
    readers.addAll(List.of(chosen));
    return this;
  }

  /** Worker threads (default 1); results must not depend on it. */
  public AnalyserRun<O> threads(int n) {
    this.threads = n;
    return this;
  }

  /** The analyser's typed options built from the values set so far (validation included). */
  public O options() {
    return analyser.options(values.build());
  }

  /** Runs on a corpus of the given texts. */
  public AnalysisResult on(String... texts) {
    return on(TestCorpus.of(texts));
  }

  /** Runs on {@code corpus}. */
  public AnalysisResult on(Corpus corpus) {
    TextSettings settings = new TextSettings(caseSensitive, stopwords, language, filters);
    RunContext context = new RunContext(corpus.withReaders(new CorpusReaders(readers)), settings,
        threads, warnings::add, ProgressListener.NONE);
    return analyser.analyse(context, options());
  }

  /** Warnings reported by the runs so far (skipped documents, analyser warnings). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
