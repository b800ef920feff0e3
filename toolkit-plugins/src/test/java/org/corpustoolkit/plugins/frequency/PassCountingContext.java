package org.corpustoolkit.plugins.frequency;

import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusResolver;
import org.corpustoolkit.spi.CorpusStats;
import org.corpustoolkit.spi.DocumentConsumer;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;

/**
 * A context that passes everything to another and counts the passes of each kind (shared by the tests
 * of analysers that read in parts): {@code processDocuments}, {@code processSegments},
 * {@code mapSegments}, {@code mapDocuments}.
 */
public final class PassCountingContext implements AnalysisContext {
  private final AnalysisContext delegate;
  public int documentPasses;
  public int segmentPasses;
  public int segmentMaps;
  public int documentMaps;

  public PassCountingContext(AnalysisContext delegate) {
    this.delegate = delegate;
  }

  @Override
  public Corpus corpus() {
    return delegate.corpus();
  }

  @Override
  public TextSettings textSettings() {
    return delegate.textSettings();
  }

  @Override
  public Vocabulary vocabulary() {
    return delegate.vocabulary();
  }

  @Override
  public int threads() {
    return delegate.threads();
  }

  @Override
  public <S> S processDocuments(Supplier<S> newState, DocumentConsumer<S> consumer,
      BinaryOperator<S> merge) {
    documentPasses++;
    return delegate.processDocuments(newState, consumer, merge);
  }

  @Override
  public <S> S processSegments(Supplier<S> newState, DocumentConsumer<S> consumer,
      BinaryOperator<S> merge) {
    segmentPasses++;
    return delegate.processSegments(newState, consumer, merge);
  }

  @Override
  public <S, R> Stream<R> mapSegments(Supplier<S> newState, BiFunction<S, TokenizedDocument, R> map) {
    segmentMaps++;
    return delegate.mapSegments(newState, map);
  }

  @Override
  public <S, R> Stream<R> mapDocuments(Supplier<S> newState, BiFunction<S, TokenizedDocument, R> map) {
    documentMaps++;
    return delegate.mapDocuments(newState, map);
  }

  @Override
  public Iterable<TokenizedDocument> segments() {
    return delegate.segments();
  }

  @Override
  public void forEachDocument(Consumer<TokenizedDocument> consumer) {
    delegate.forEachDocument(consumer);
  }

  @Override
  public Iterable<TokenizedDocument> documents() {
    return delegate.documents();
  }

  @Override
  public String requireAnnotations() {
    return delegate.requireAnnotations();
  }

  @Override
  public String requireTags() {
    return delegate.requireTags();
  }

  @Override
  public CorpusStats corpusStats() {
    return delegate.corpusStats();
  }

  @Override
  public void warn(String message) {
    delegate.warn(message);
  }

  @Override
  public CorpusResolver corpusResolver() {
    return delegate.corpusResolver();
  }

  @Override
  public AnalysisContext withCorpus(Corpus other) {
    return delegate.withCorpus(other);
  }

  /** The number of parts in which {@code context} reads document {@code document}. */
  public static int partsOf(AnalysisContext context, int document) {
    int parts = 0;
    for (TokenizedDocument part : context.segments()) {
      parts += part.documentIndex() == document ? 1 : 0;
    }
    return parts;
  }
}
