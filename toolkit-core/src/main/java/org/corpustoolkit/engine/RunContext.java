package org.corpustoolkit.engine;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.corpus.DocumentPart;
import org.corpustoolkit.corpus.DocumentSegments;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.CorpusResolver;
import org.corpustoolkit.spi.CorpusStats;
import org.corpustoolkit.spi.CtkException;
import org.corpustoolkit.spi.DocumentConsumer;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TextProcessor;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;

/**
 * The analysis context of one run. Documents are handed out to worker threads one at a time (each
 * worker reads, decodes and tokenizes its document, then feeds its own state), and the workers' states
 * are merged in worker order. Because each state sees whole documents and merging is required to be
 * commutative, results do not depend on the number of threads.
 *
 * <p>Each worker also has its own annotator tagger, made the first time one of its documents is asked
 * for {@link TokenizedDocument#annotations()}, from the {@link Annotator} of the run's language.
 */
public final class RunContext implements AnalysisContext {
  private final Corpus corpus;
  private final TextSettings settings;
  private final int threads;
  private final Consumer<String> warnings;
  private final ProgressListener progress;
  private final CorpusResolver resolver;
  private final Map<String, Annotator> annotators;
  private final Vocabulary vocabulary = new Vocabulary();
  private volatile CorpusStats stats = new CorpusStats(0, 0, 0, 0, 0);
  private final int segmentBytes;
  /** An analyser of this run asked for lemmas ({@link #requireAnnotations}). */
  private volatile boolean lemmasRequired;
  /** Documents are tagged without lemmas: {@link #requireTags} was called, and no analyser needs lemmas. */
  private volatile boolean tagsOnly;

  /**
   * Default size of the parts large documents are read in by {@link #processSegments}: 1 MiB. Measured
   * on 100 MB of English, 1 MiB parts cost the same CPU time as 8 MiB parts and a quarter less peak RSS,
   * because a part's arrays die in the young generation. The system property {@code ctk.segmentBytes}
   * overrides it, for experiments.
   */
  public static final int DEFAULT_SEGMENT_BYTES = 1 << 20;

  /**
   * A context with no annotators whose file arguments ({@link #corpusResolver()}) are resolved against
   * the process's working directory with detected encodings.
   */
  public RunContext(Corpus corpus, TextSettings settings, int threads, Consumer<String> warnings,
      ProgressListener progress) {
    this(corpus, settings, threads, warnings, progress, defaultResolver(), Map.of());
  }

  /** A context whose file arguments are resolved by {@code resolver} (the CLI's working directory). */
  public RunContext(Corpus corpus, TextSettings settings, int threads, Consumer<String> warnings,
      ProgressListener progress, CorpusResolver resolver) {
    this(corpus, settings, threads, warnings, progress, resolver, Map.of());
  }

  /**
   * A context whose documents can be annotated by the annotator of {@code settings.language()}.
   *
   * @param annotators the installed annotators by language code
   */
  public RunContext(Corpus corpus, TextSettings settings, int threads, Consumer<String> warnings,
      ProgressListener progress, Map<String, ? extends Annotator> annotators) {
    this(corpus, settings, threads, warnings, progress, defaultResolver(), annotators);
  }

  /** The full constructor: file arguments resolved by {@code resolver}, and annotators by language. */
  public RunContext(Corpus corpus, TextSettings settings, int threads, Consumer<String> warnings,
      ProgressListener progress, CorpusResolver resolver,
      Map<String, ? extends Annotator> annotators) {
    this(corpus, settings, threads, warnings, progress, resolver, annotators,
        Integer.getInteger("ctk.segmentBytes", DEFAULT_SEGMENT_BYTES));
  }

  private RunContext(Corpus corpus, TextSettings settings, int threads, Consumer<String> warnings,
      ProgressListener progress, CorpusResolver resolver,
      Map<String, ? extends Annotator> annotators, int segmentBytes) {
    this.segmentBytes = segmentBytes;
    this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
    this.annotators = new TreeMap<>(annotators);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.corpus = corpus;
    this.settings = settings;
    this.threads = threads;
    this.warnings = warnings;
    this.progress = progress;
  }

  private static CorpusResolver defaultResolver() {
    return CorpusResolver.inDirectory(Path.of("").toAbsolutePath(), InputStream.nullInputStream(),
        ReadOptions.detect());
  }

  /** A single-threaded context with default settings and no warnings output, for tests. */
  public static RunContext forTesting(Corpus corpus) {
    return new RunContext(corpus, TextSettings.defaults(), 1, w -> {}, ProgressListener.NONE);
  }

  /**
   * This context with another part size for {@link #processSegments} and {@link #segments}: documents of
   * more than twice {@code bytes} are read in parts of at most {@code bytes} (tests use tiny sizes to
   * split small texts).
   */
  public RunContext withSegmentBytes(int bytes) {
    if (bytes < 16) {
      throw new IllegalArgumentException("segment size must be at least 16 bytes");
    }
    return new RunContext(corpus, settings, threads, warnings, progress, resolver, annotators, bytes);
  }

  /** A context like this one with {@code n} worker threads. */
  public RunContext withThreads(int n) {
    return new RunContext(corpus, settings, n, warnings, progress, resolver, annotators,
        segmentBytes);
  }

  /**
   * A single-threaded context with default settings in the language of {@code annotator}, which
   * annotates its documents, for tests.
   */
  public static RunContext forTesting(Corpus corpus, Annotator annotator) {
    TextSettings defaults = TextSettings.defaults();
    return new RunContext(corpus, new TextSettings(defaults.caseSensitive(), defaults.stopwords(),
        annotator.language()), 1, w -> {}, ProgressListener.NONE,
        Map.of(annotator.language(), annotator));
  }

  @Override
  public String requireAnnotations() {
    lemmasRequired = true;
    tagsOnly = false;
    return loadAnnotator();
  }

  @Override
  public String requireTags() {
    String description = loadAnnotator();
    if (!lemmasRequired) {
      tagsOnly = true;
    }
    return description;
  }

  /**
   * Each thread's tagger of this run (taggers are not thread-safe): the workers' and the annotation
   * helpers'. Not static: a run's taggers belong to its annotator.
   */
  private final ThreadLocal<Annotator.Tagger> taggers =
      ThreadLocal.withInitial(() -> annotator().newTagger());
  /** Threads that annotate runs of sentences of large documents, made on first use. */
  private ThreadPoolExecutor annotationHelpers;

  /** Offers a run of sentences of a large document ({@link DocumentAnnotator}) to a helper thread. */
  private void annotateElsewhere(Runnable run) {
    ThreadPoolExecutor pool;
    synchronized (this) {
      if (annotationHelpers == null) {
        // idle helpers end after a second, so a context needs no closing
        annotationHelpers = new ThreadPoolExecutor(threads - 1, threads - 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
              Thread t = new Thread(r, "ctk-annotator");
              t.setDaemon(true);
              return t;
            });
        annotationHelpers.allowCoreThreadTimeOut(true);
      }
      pool = annotationHelpers;
    }
    pool.execute(run);
  }

  private String loadAnnotator() {
    Annotator annotator = annotator();
    annotator.newTagger(); // loads the models now, so that a broken model fails before the run
    return annotator.description();
  }

  private Annotator annotator() {
    String language = settings.language() == null ? ""
        : settings.language().strip().toLowerCase(Locale.ROOT);
    Annotator annotator = annotators.get(language);
    if (annotator == null) {
      throw new UsageException("no part-of-speech tagger or lemmatiser for --lang '"
          + settings.language() + "' (installed: "
          + (annotators.isEmpty() ? "none" : String.join(", ", annotators.keySet()))
          + "); install an annotator plugin for this language");
    }
    return annotator;
  }

  private TextProcessor newProcessor() {
    DocumentAnnotator annotator = new DocumentAnnotator(taggers::get,
        new CountingForm(settings.caseSensitive()), vocabulary, () -> tagsOnly,
        threads > 1 ? this::annotateElsewhere : null, threads);
    return new TextProcessor(settings, vocabulary, annotator::annotate);
  }

  @Override
  public Corpus corpus() {
    return corpus;
  }

  @Override
  public TextSettings textSettings() {
    return settings;
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public int threads() {
    return threads;
  }

  @Override
  public CorpusStats corpusStats() {
    return stats;
  }

  @Override
  public void warn(String message) {
    warnings.accept(message);
  }

  @Override
  public CorpusResolver corpusResolver() {
    return resolver;
  }

  @Override
  public RunContext withCorpus(Corpus other) {
    return new RunContext(other, settings, threads, warnings, progress, resolver, annotators,
        segmentBytes);
  }

  @Override
  public <R> List<R> runTasks(List<? extends java.util.concurrent.Callable<R>> tasks) {
    return Workers.runAll(threads, tasks);
  }

  @Override
  public <S> S processDocuments(Supplier<S> newState, DocumentConsumer<S> consumer,
      BinaryOperator<S> merge) {
    Pass pass = new Pass();
    int workers = Math.max(1, Math.min(threads, corpus.size()));
    progress.started(corpus.size());
    List<S> states = new ArrayList<>();
    try {
      if (workers == 1) {
        states.add(work(pass, newState, consumer));
      } else {
        ExecutorService pool = Workers.pool(workers);
        try {
          List<Future<S>> futures = new ArrayList<>();
          for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> work(pass, newState, consumer)));
          }
          for (Future<S> f : futures) {
            states.add(Workers.result(f));
          }
        } finally {
          pool.shutdownNow();
        }
      }
    } finally {
      progress.finished();
    }
    finish(pass);
    S result = states.get(0);
    for (int i = 1; i < states.size(); i++) {
      result = merge.apply(result, states.get(i));
    }
    return result;
  }

  /**
   * A producer-consumer pass: the calling thread reads the sources in order, large documents in parts of
   * at most the segment size (see {@link org.corpustoolkit.corpus.DocumentSegments}), and puts each
   * part on a bounded queue; {@link #threads()} workers, each with its own state and
   * {@link TextProcessor}, tokenize and consume them. Memory is bounded by the queue (a few parts), not
   * by the size of any file.
   */
  @Override
  public <S> S processSegments(Supplier<S> newState, DocumentConsumer<S> consumer,
      BinaryOperator<S> merge) {
    Pass pass = new Pass();
    progress.started(corpus.size());
    List<S> states = new ArrayList<>();
    try {
      if (threads == 1) {
        S state = newState.get();
        TextProcessor processor = newProcessor();
        produce(pass, part -> {
          TokenizedDocument doc = processor.process(part);
          consumer.accept(state, doc);
          count(pass, doc);
        });
        states.add(state);
      } else {
        states.addAll(processSegmentsInParallel(pass, newState, consumer));
      }
    } finally {
      progress.finished();
    }
    finish(pass);
    S result = states.get(0);
    for (int i = 1; i < states.size(); i++) {
      result = merge.apply(result, states.get(i));
    }
    return result;
  }

  private static final DocumentPart END = DocumentPart.of(Document.of(-1, "<end>", ""));

  private <S> List<S> processSegmentsInParallel(Pass pass, Supplier<S> newState,
      DocumentConsumer<S> consumer) {
    BlockingQueue<DocumentPart> queue = new ArrayBlockingQueue<>(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Workers.pool(threads);
    try {
      List<Future<S>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        futures.add(pool.submit(() -> {
          try {
            S state = newState.get();
            TextProcessor processor = newProcessor();
            for (DocumentPart part = queue.take(); part != END; part = queue.take()) {
              TokenizedDocument doc = processor.process(part);
              consumer.accept(state, doc);
              count(pass, doc);
            }
            return state;
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
            throw t;
          }
        }));
      }
      Consumer<DocumentPart> put = part -> {
        try {
          while (!queue.offer(part, 50, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
              throw new CancellationException("a worker failed");
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CtkException(CtkException.INTERNAL, "interrupted", e);
        }
      };
      try {
        produce(pass, put);
        for (int w = 0; w < threads; w++) {
          put.accept(END);
        }
      } catch (CancellationException e) {
        // a worker failed: its exception is rethrown below
      }
      Throwable failed = failure.get();
      if (failed instanceof RuntimeException re) {
        throw re;
      } else if (failed instanceof Error err) {
        throw err;
      } else if (failed != null) {
        throw new CtkException(CtkException.INTERNAL, String.valueOf(failed), failed);
      }
      List<S> states = new ArrayList<>();
      for (Future<S> f : futures) {
        states.add(Workers.result(f));
      }
      return states;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads every document in corpus order, in parts, and hands the parts to {@code sink}. */
  private void produce(Pass pass, Consumer<DocumentPart> sink) {
    for (int i = 0; i < corpus.size(); i++) {
      try (DocumentSegments parts = corpus.openSegments(i, segmentBytes, warnings)) {
        boolean any = false;
        for (Optional<DocumentPart> part = parts.nextPart(); part.isPresent();
            part = parts.nextPart()) {
          if (!any) {
            progress.documentDone(part.get().document());
            any = true;
          }
          sink.accept(part.get());
        }
        if (!any) {
          pass.skipped.incrementAndGet();
        }
      }
    }
  }

  /**
   * Adds {@code doc} (a document or part) to the pass's figures, after its analyser has seen it, so that
   * the figures come from whatever the analyser asked for (word ids by the byte path, or tokens).
   */
  private static void count(Pass pass, TokenizedDocument doc) {
    if (doc.segment() == 0) {
      pass.documents.incrementAndGet();
    }
    pass.words.addAndGet(doc.wordCount());
    pass.tokens.addAndGet(doc.size());
    pass.characters.addAndGet(doc.characterCount());
  }

  /**
   * The parts of the readable documents in corpus order, read in parts of at most the segment size and
   * tokenized lazily on the calling thread, so that streaming a large file holds one part at a time.
   */
  @Override
  public Iterable<TokenizedDocument> segments() {
    return () -> new Lookahead(this::finish) {
      private final TextProcessor processor = newProcessor();
      private int index;
      private DocumentSegments current;
      private boolean currentHadPart;

      @Override
      TokenizedDocument advance(Pass pass) {
        while (true) {
          if (current == null) {
            if (index >= corpus.size()) {
              return null;
            }
            current = corpus.openSegments(index++, segmentBytes, warnings);
            currentHadPart = false;
          }
          Optional<DocumentPart> part = current.nextPart();
          if (part.isEmpty()) {
            current.close();
            current = null;
            if (!currentHadPart) {
              pass.skipped.incrementAndGet();
            }
            continue;
          }
          if (!currentHadPart) {
            progress.documentDone(part.get().document());
            currentHadPart = true;
          }
          return processor.process(part.get());
        }
      }
    };
  }

  /**
   * With one thread, {@link #segments()} mapped on the consuming thread. With more, a reader thread
   * reads the parts in order and hands each to a pool of {@link #threads()} workers (each with its own
   * state and {@link TextProcessor}) that tokenize and map it; the results wait in a queue of
   * {@code threads} in text order, so memory holds a few parts whatever the size of a file, and a
   * consumer that stops early wastes little reading ahead.
   */
  @Override
  public <S, R> java.util.stream.Stream<R> mapSegments(Supplier<S> newState,
      java.util.function.BiFunction<S, TokenizedDocument, R> map) {
    if (threads == 1) {
      return AnalysisContext.super.mapSegments(newState, map);
    }
    return ordered(newState, map, this::produce);
  }

  /** As {@link #mapSegments}, with each document read whole by the reader thread. */
  @Override
  public <S, R> java.util.stream.Stream<R> mapDocuments(Supplier<S> newState,
      java.util.function.BiFunction<S, TokenizedDocument, R> map) {
    if (threads == 1) {
      return AnalysisContext.super.mapDocuments(newState, map);
    }
    return ordered(newState, map, (pass, sink) -> {
      for (int i = 0; i < corpus.size(); i++) {
        Optional<Document> document = corpus.read(i, warnings);
        if (document.isEmpty()) {
          pass.skipped.incrementAndGet();
          continue;
        }
        progress.documentDone(document.get());
        sink.accept(DocumentPart.of(document.get()));
      }
    });
  }

  private <S, R> java.util.stream.Stream<R> ordered(Supplier<S> newState,
      java.util.function.BiFunction<S, TokenizedDocument, R> map,
      java.util.function.BiConsumer<Pass, Consumer<DocumentPart>> reader) {
    OrderedMap<S, R> ordered = new OrderedMap<>(newState, map, reader);
    return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
        ordered, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false)
        .onClose(ordered::close);
  }

  /** The iterator behind a parallel {@link #mapSegments} or {@link #mapDocuments}: see there. */
  private final class OrderedMap<S, R> implements java.util.Iterator<R> {
    private final Pass pass = new Pass();
    private final BlockingQueue<Future<R>> ready;
    private final ExecutorService workers;
    private final Future<R> end = java.util.concurrent.CompletableFuture.completedFuture(null);
    private volatile boolean closed;
    private R next;
    private boolean finished;

    OrderedMap(Supplier<S> newState, java.util.function.BiFunction<S, TokenizedDocument, R> map,
        java.util.function.BiConsumer<Pass, Consumer<DocumentPart>> read) {
      this.ready = new ArrayBlockingQueue<>(threads);
      this.workers = Workers.pool(threads);
      ThreadLocal<S> states = ThreadLocal.withInitial(newState);
      ThreadLocal<TextProcessor> processors = ThreadLocal.withInitial(RunContext.this::newProcessor);
      progress.started(corpus.size());
      Thread reader = new Thread(() -> {
        try {
          read.accept(pass, part -> put(workers.submit(() -> {
            TokenizedDocument doc = processors.get().process(part);
            R result = map.apply(states.get(), doc);
            count(pass, doc);
            return result;
          })));
          put(end);
        } catch (CancellationException e) {
          // closed: stop reading
        } catch (RuntimeException | Error e) {
          if (!closed) {
            try {
              put(java.util.concurrent.CompletableFuture.failedFuture(e)); // thrown by next()
            } catch (CancellationException ignored) {
              // closed meanwhile
            }
          }
        }
      }, "ctk-reader");
      reader.setDaemon(true);
      reader.start();
    }

    /** Queues a result in text order; waits while the queue is full, gives up once closed. */
    private void put(Future<R> result) {
      try {
        while (!ready.offer(result, 50, TimeUnit.MILLISECONDS)) {
          if (closed) {
            throw new CancellationException("closed");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      }
      if (closed) {
        throw new CancellationException("closed");
      }
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (finished) {
        return false;
      }
      Future<R> result;
      try {
        result = ready.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new CtkException(CtkException.INTERNAL, "interrupted", e);
      }
      if (result == end) {
        close();
        finish(pass);
        return false;
      }
      try {
        next = Workers.result(result);
      } catch (RuntimeException | Error e) {
        close();
        throw e;
      }
      return true;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      R r = next;
      next = null;
      return r;
    }

    /** Stops reading; parts being mapped finish, queued ones are dropped. Idempotent. */
    void close() {
      if (finished) {
        return;
      }
      finished = true;
      closed = true;
      workers.shutdown();
      for (Future<R> f : ready) {
        f.cancel(false);
      }
      ready.clear();
      progress.finished();
    }
  }

  @Override
  public void forEachDocument(Consumer<TokenizedDocument> consumer) {
    Pass pass = new Pass();
    progress.started(corpus.size());
    try {
      TextProcessor processor = newProcessor();
      for (int i = 0; i < corpus.size(); i++) {
        Optional<TokenizedDocument> doc = next(pass, processor, i);
        if (doc.isPresent()) {
          consumer.accept(doc.get());
          count(pass, doc.get());
        }
      }
    } finally {
      progress.finished();
    }
    finish(pass);
  }

  @Override
  public Iterable<TokenizedDocument> documents() {
    return () -> new Lookahead(this::finish) {
      private final TextProcessor processor = newProcessor();
      private int index;

      @Override
      TokenizedDocument advance(Pass pass) {
        TokenizedDocument doc = null;
        while (doc == null && index < corpus.size()) {
          doc = RunContext.this.next(pass, processor, index++).orElse(null);
        }
        return doc;
      }
    };
  }

  /**
   * An iterator over tokenized documents (or parts) that computes the next one ahead with
   * {@link #advance}, which returns null at the end; the pass is finished exactly once.
   */
  private abstract static class Lookahead implements java.util.Iterator<TokenizedDocument> {
    private final Pass pass = new Pass();
    private final Consumer<Pass> finish;
    private TokenizedDocument next;
    /** The document last handed out, not yet counted in the pass's figures. */
    private TokenizedDocument given;
    private boolean finished;

    Lookahead(Consumer<Pass> finish) {
      this.finish = finish;
    }

    /** The next document of the pass, or null when there is none. */
    abstract TokenizedDocument advance(Pass pass);

    @Override
    public boolean hasNext() {
      if (next == null && !finished) {
        if (given != null) {
          count(pass, given); // counted once its reader is done with it
          given = null;
        }
        next = advance(pass);
        if (next == null) {
          finished = true;
          finish.accept(pass);
        }
      }
      return next != null;
    }

    @Override
    public TokenizedDocument next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      TokenizedDocument doc = next;
      next = null;
      given = doc;
      return doc;
    }
  }

  private <S> S work(Pass pass, Supplier<S> newState, DocumentConsumer<S> consumer) {
    S state = newState.get();
    TextProcessor processor = newProcessor();
    for (int i = pass.next.getAndIncrement(); i < corpus.size(); i = pass.next.getAndIncrement()) {
      Optional<TokenizedDocument> doc = next(pass, processor, i);
      if (doc.isPresent()) {
        consumer.accept(state, doc.get());
        count(pass, doc.get());
      }
    }
    return state;
  }

  private Optional<TokenizedDocument> next(Pass pass, TextProcessor processor, int index) {
    Optional<Document> document = corpus.read(index, warnings);
    if (document.isEmpty()) {
      pass.skipped.incrementAndGet();
      return Optional.empty();
    }
    TokenizedDocument doc = processor.process(document.get());
    progress.documentDone(document.get());
    return Optional.of(doc);
  }

  private void finish(Pass pass) {
    stats = new CorpusStats(pass.documents.get(), pass.skipped.get(), pass.tokens.get(),
        pass.words.get(), pass.characters.get());
    if (pass.documents.get() == 0) {
      throw new CorpusException(corpus.size() == 0 ? "the corpus is empty"
          : "the corpus has no readable document (" + pass.skipped.get() + " skipped)");
    }
  }

  private static final class Pass {
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger documents = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong words = new AtomicLong();
    final AtomicLong characters = new AtomicLong();
  }
}
