package org.corpustoolkit.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;

/**
 * Everything an analyser gets for one run: the corpus, the shared text settings and vocabulary, and the
 * engine that streams tokenized documents through the analyser on every core.
 *
 * <p>A typical counting analyser:
 *
 * <pre>{@code
 * Counts counts = context.processDocuments(
 *     Counts::new,                                   // one state per thread
 *     (state, doc) -> { for (int id : doc.wordIds()) state.add(id); },
 *     Counts::merge);                                // merged in a fixed order
 * }</pre>
 *
 * <p>The result must not depend on how many threads ran: merge commutatively, or use document indexes.
 *
 * @since 0.1 (stable)
 */
public interface AnalysisContext {

  /** The corpus being analysed. */
  Corpus corpus();

  /** Case sensitivity, stop words and language chosen for this run. */
  TextSettings textSettings();

  /** The run's shared vocabulary of counting forms. */
  Vocabulary vocabulary();

  /** Number of worker threads. */
  int threads();

  /**
   * Reads, tokenizes and hands every readable document to {@code consumer}, in parallel, each thread
   * with its own state from {@code newState}; returns the states merged with {@code merge} in a fixed
   * order. Unreadable documents are skipped with a warning; a corpus with no readable document is a
   * {@link CorpusException}. Can be called more than once (each call reads the corpus again).
   */
  <S> S processDocuments(Supplier<S> newState, DocumentConsumer<S> consumer, BinaryOperator<S> merge);

  /**
   * As {@link #processDocuments}, but a large document may arrive as several consecutive parts, so that
   * a single big file is spread over every core and never held in memory whole. Each part is a
   * {@link TokenizedDocument} whose {@link org.corpustoolkit.corpus.Document} has the document's
   * {@code index} and {@code id}; {@link org.corpustoolkit.corpus.Document#isPartial()} tells that the
   * document was split, {@link org.corpustoolkit.corpus.Document#segment()} the part's number (parts are
   * numbered from 0 in text order) and {@link org.corpustoolkit.corpus.Document#charOffset()} where the
   * part starts in the document's text. Parts of one document may go to different threads, so per-document
   * figures (range, dispersion) must be merged by document index, never counted once per part.
   *
   * <p>Parts are cut at a blank line when there is one near the end of a block, else at a line break, so
   * tokens are those of the whole document; sentence numbers and anything that looks across a line break
   * (n-grams, windows) restart in each part. Use {@link #processDocuments} when that matters.
   *
   * <p>The default implementation hands out whole documents (one part each).
   *
   * @since 0.3
   */
  default <S> S processSegments(Supplier<S> newState, DocumentConsumer<S> consumer,
      BinaryOperator<S> merge) {
    return processDocuments(newState, consumer, merge);
  }

  /**
   * As {@link #documents()}, but a large document may come as several consecutive parts (see
   * {@link #processSegments}), in text order, so that streaming a big file does not hold it in memory.
   * The default implementation returns {@link #documents()}.
   *
   * @since 0.3
   */
  default Iterable<TokenizedDocument> segments() {
    return documents();
  }

  /**
   * Reads the corpus in parts as {@link #segments()} does, and gives {@code map}'s result for each
   * part, in text order, lazily: for results that stream in order (concordance lines) but should use
   * every core. Parts are read ahead, a few at a time, and tokenized and mapped on worker threads, each
   * with its own state from {@code newState} (a matcher, say); the results come out on the thread that
   * consumes the stream. {@code map} must not return null. Close the stream to stop reading early (a
   * stream that is read to its end closes itself; statistics ({@link #corpusStats()}) are complete
   * then). A document's {@link TokenizedDocument#annotations()} must be asked for inside {@code map},
   * on the worker that made it.
   *
   * <p>The default implementation maps {@link #segments()} on the consuming thread.
   *
   * @since 0.4
   */
  default <S, R> Stream<R> mapSegments(Supplier<S> newState,
      BiFunction<S, TokenizedDocument, R> map) {
    S state = newState.get();
    return StreamSupport.stream(segments().spliterator(), false).map(doc -> map.apply(state, doc));
  }

  /**
   * As {@link #mapSegments}, but every document comes whole (for results that need whole sentences,
   * such as annotations, or that look across any distance): the results are {@code map}'s, in corpus
   * order, computed on worker threads a few documents ahead of the consumer.
   *
   * <p>The default implementation maps {@link #documents()} on the consuming thread.
   *
   * @since 0.4
   */
  default <S, R> Stream<R> mapDocuments(Supplier<S> newState,
      BiFunction<S, TokenizedDocument, R> map) {
    S state = newState.get();
    return StreamSupport.stream(documents().spliterator(), false).map(doc -> map.apply(state, doc));
  }

  /**
   * Runs {@code tasks} on the run's worker threads, the calling thread being one of them, at most
   * {@link #threads()} at a time, and returns their results in task order: for work that is not a pass
   * over the corpus, such as the partitions of a count too large for one table. A task's exception is
   * rethrown as it was (a checked one as an internal {@link CtkException}) once the tasks running have
   * ended; the tasks not started yet are not run.
   *
   * <p>The default implementation runs the tasks one after another on the calling thread.
   *
   * @since 0.5
   */
  default <R> List<R> runTasks(List<? extends Callable<R>> tasks) {
    List<R> results = new ArrayList<>(tasks.size());
    for (Callable<R> task : tasks) {
      try {
        results.add(task.call());
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new CtkException(CtkException.INTERNAL, String.valueOf(e), e);
      }
    }
    return results;
  }

  /** Hands every readable document to {@code consumer} in corpus order, on the calling thread. */
  void forEachDocument(Consumer<TokenizedDocument> consumer);

  /**
   * The readable documents in corpus order, read and tokenized lazily as the iteration advances: for
   * results that stream (token listings, concordance lines) instead of accumulating counts. Statistics
   * ({@link #corpusStats()}) are complete when the iteration ends.
   */
  Iterable<TokenizedDocument> documents();

  /**
   * Checks, before any document is read, that documents of this run can be annotated: that an
   * {@link Annotator} is installed for the language of the run ({@code --lang}), and that its models
   * load. Analysers that need {@link TokenizedDocument#annotations()} call this first, so that a
   * missing annotator is one clear error instead of a failure in the middle of a run.
   *
   * @return one line naming the annotator, for notes and provenance
   * @throws UsageException if no annotator is installed for the language
   */
  default String requireAnnotations() {
    throw new UsageException("part-of-speech tags and lemmas are not available in this run");
  }

  /**
   * As {@link #requireAnnotations()}, for analysers that read part-of-speech tags and never lemmas
   * ({@code ctk register}, {@code ctk frequency --by pos}): unless an analyser of the run also calls
   * {@link #requireAnnotations()}, documents are then tagged without being lemmatised
   * ({@link Annotator.Tagger#tag}), which for the English annotator costs a fraction of the time, and
   * their {@link org.corpustoolkit.text.Annotations} hold no lemmas
   * ({@link org.corpustoolkit.text.Annotations#hasLemmas()}).
   *
   * @return one line naming the annotator, for notes and provenance
   * @throws UsageException if no annotator is installed for the language
   * @since 0.5
   */
  default String requireTags() {
    return requireAnnotations();
  }

  /** Size of the corpus as read by the most recent pass. */
  CorpusStats corpusStats();

  /** Reports a warning line (printed on standard error unless {@code --quiet}). */
  void warn(String message);

  /**
   * Resolves file and corpus arguments given to the analyser's options (for example a reference corpus)
   * relative to the user's working directory, with the run's read options.
   *
   * @throws UnsupportedOperationException if this context cannot open other files
   * @since 0.2
   */
  default CorpusResolver corpusResolver() {
    throw new UnsupportedOperationException("this analysis context cannot open other corpora");
  }

  /**
   * A context over {@code other} with the same text settings (case, stop words, language), threads and
   * warnings, so that a second corpus (a reference corpus for keyness) is tokenized and counted exactly as
   * this one. It has its own vocabulary and its own {@link #corpusStats()}.
   *
   * @throws UnsupportedOperationException if this context cannot open other corpora
   * @since 0.2
   */
  default AnalysisContext withCorpus(Corpus other) {
    throw new UnsupportedOperationException("this analysis context cannot open other corpora");
  }
}
