package org.corpustoolkit.spi;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import org.corpustoolkit.report.Renderer;
import org.corpustoolkit.report.ResultRenderer;

/**
 * Binds extensions from a {@link PluginModule}, hiding Guice's multibinder incantations. Each method
 * adds one implementation to the set of its extension point; the implementation gets its dependencies
 * by constructor injection.
 *
 * <p>Extension points: {@linkplain #analyser analysers}, {@linkplain #renderer output formats} and
 * {@linkplain #resultRenderer result-specific formats} (since 0.1), {@linkplain #corpusReader corpus
 * readers} and {@linkplain #tokenFilter token filters} (since 0.2). Annotators (part-of-speech taggers,
 * lemmatisers) are being added as a separate extension point; they will be bound here the same way
 * ({@code Extensions.annotator(binder(), MyTagger.class)}).
 *
 * @since 0.1 (stable; new extension points are added as new methods, existing ones do not change)
 */
public final class Extensions {
  /** The set of all analysers. */
  public static final TypeLiteral<Analyser<?>> ANALYSER = new TypeLiteral<>() {};
  /** The set of all output formats usable by every analyser. */
  public static final TypeLiteral<Renderer> RENDERER = new TypeLiteral<>() {};
  /** The set of output formats for one kind of result. */
  public static final TypeLiteral<ResultRenderer<?>> RESULT_RENDERER = new TypeLiteral<>() {};
  /** The set of input formats, chosen by file extension. @since 0.2 */
  public static final TypeLiteral<CorpusReader> CORPUS_READER = new TypeLiteral<>() {};
  /** The set of token filters offered by {@code --filter}. @since 0.2 */
  public static final TypeLiteral<TokenFilter> TOKEN_FILTER = new TypeLiteral<>() {};
  /** The set of part-of-speech taggers and lemmatisers, one per language ({@code --lang}). */
  public static final TypeLiteral<Annotator> ANNOTATOR = new TypeLiteral<>() {};

  private Extensions() {}

  /** Registers an analyser; it appears as {@code ctk NAME}. */
  public static void analyser(Binder binder, Class<? extends Analyser<?>> type) {
    Multibinder.newSetBinder(binder, ANALYSER).addBinding().to(type);
  }

  /** Registers an output format offered by every analyser ({@code --format NAME}). */
  public static void renderer(Binder binder, Class<? extends Renderer> type) {
    Multibinder.newSetBinder(binder, RENDERER).addBinding().to(type);
  }

  /** Registers an output format for one result type, for example a network as Graphviz dot. */
  public static void resultRenderer(Binder binder, Class<? extends ResultRenderer<?>> type) {
    Multibinder.newSetBinder(binder, RESULT_RENDERER).addBinding().to(type);
  }

  /**
   * Registers an input format for the file extensions it names.
   *
   * @since 0.2
   */
  public static void corpusReader(Binder binder, Class<? extends CorpusReader> type) {
    Multibinder.newSetBinder(binder, CORPUS_READER).addBinding().to(type);
  }

  /**
   * Registers a token filter, offered to every analyser as {@code --filter NAME}.
   *
   * @since 0.2
   */
  public static void tokenFilter(Binder binder, Class<? extends TokenFilter> type) {
    Multibinder.newSetBinder(binder, TOKEN_FILTER).addBinding().to(type);
  }

  /**
   * Registers a part-of-speech tagger and lemmatiser for one language ({@link Annotator#language()});
   * {@code --lang} chooses it. Make the class a {@code @Singleton} so that its models load once.
   */
  public static void annotator(Binder binder, Class<? extends Annotator> type) {
    Multibinder.newSetBinder(binder, ANNOTATOR).addBinding().to(type);
  }

  /** Declares the extension points so that an empty set is valid (called by the core module). */
  public static void declareExtensionPoints(Binder binder) {
    Multibinder.newSetBinder(binder, ANALYSER);
    Multibinder.newSetBinder(binder, RENDERER);
    Multibinder.newSetBinder(binder, RESULT_RENDERER);
    Multibinder.newSetBinder(binder, CORPUS_READER);
    Multibinder.newSetBinder(binder, TOKEN_FILTER);
    Multibinder.newSetBinder(binder, ANNOTATOR);
  }
}
