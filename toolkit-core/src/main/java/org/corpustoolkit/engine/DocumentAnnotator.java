package org.corpustoolkit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.PluginException;
import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;
import org.corpustoolkit.text.Vocabulary;

/**
 * Annotates documents: feeds an {@link Annotator.Tagger} (one per thread, made on first use) one sentence
 * at a time, all tokens of the sentence as written, and stores its tags and lemmas as
 * {@link Annotations}. Tags that are not UPOS become {@code X}; URLs and e-mail addresses are tagged
 * {@code X} whatever the tagger says, symbols tagged {@code PUNCT} become {@code SYM}; numbers, punctuation, symbols, URLs and e-mail addresses keep
 * their form as lemma; lemmas are interned as counting forms in the run's vocabulary. In a run that
 * asked for tags only ({@link org.corpustoolkit.spi.AnalysisContext#requireTags()}) the tagger is asked
 * for tags alone ({@link Annotator.Tagger#tag}) and no lemma is stored.
 *
 * <p>A large document (at least {@link #SPLIT_TOKENS} tokens) is cut at sentence ends into one run of
 * sentences per thread, and the runs after the first are offered to the run's helper threads while the
 * calling thread annotates the first: taggers work sentence by sentence, so the annotations are those of
 * one thread, and a corpus of one large file is tagged on every core. A run no helper has started yet
 * is annotated by the calling thread itself, so a busy helper never leaves it waiting.
 */
final class DocumentAnnotator {
  private final Supplier<Annotator.Tagger> taggers;
  private final CountingForm countingForm;
  private final Vocabulary vocabulary;
  private final BooleanSupplier tagsOnly;
  private final Executor helpers;
  private final int runs;
  /** Documents of fewer tokens are annotated by the calling thread alone. */
  static final int SPLIT_TOKENS = 20_000;

  /**
   * @param taggers the calling thread's tagger (one per thread: taggers are not thread-safe)
   * @param tagsOnly read once per document: true to tag without lemmatising
   * @param helpers threads that may annotate runs of a large document, or null
   * @param threads the number of runs a large document is cut into (1: never cut)
   */
  DocumentAnnotator(Supplier<Annotator.Tagger> taggers, CountingForm countingForm,
      Vocabulary vocabulary, BooleanSupplier tagsOnly, Executor helpers, int threads) {
    this.taggers = taggers;
    this.countingForm = countingForm;
    this.vocabulary = vocabulary;
    this.tagsOnly = tagsOnly;
    this.helpers = helpers;
    this.runs = helpers == null ? 1 : Math.max(1, threads);
  }

  Annotations annotate(TokenizedDocument doc) {
    int n = doc.size();
    byte[] pos = new byte[n];
    int[] lemmaIds = tagsOnly.getAsBoolean() ? null : new int[n];
    if (n > 0) {
      doc.sentence(0); // tokens, sentences and text now, on this thread, before any helper reads them
      doc.formId(0);
    }
    if (runs == 1 || n < SPLIT_TOKENS) {
      annotateRun(doc, 0, n, pos, lemmaIds);
    } else {
      annotateInRuns(doc, pos, lemmaIds);
    }
    return lemmaIds == null ? Annotations.tagsOnly(doc, pos) : Annotations.of(doc, pos, lemmaIds);
  }

  /** Cuts {@code doc} at the sentence ends nearest to equal shares and annotates the runs in parallel. */
  private void annotateInRuns(TokenizedDocument doc, byte[] pos, int[] lemmaIds) {
    int n = doc.size();
    int[] cuts = new int[runs + 1];
    cuts[runs] = n;
    for (int r = 1; r < runs; r++) {
      int cut = Math.max(cuts[r - 1], (int) ((long) n * r / runs));
      while (cut > 0 && cut < n && doc.sentence(cut) == doc.sentence(cut - 1)) {
        cut++;
      }
      cuts[r] = cut;
    }
    List<FutureTask<Void>> offered = new ArrayList<>();
    for (int r = 1; r < runs; r++) {
      int from = cuts[r];
      int to = cuts[r + 1];
      if (from < to) {
        FutureTask<Void> task = new FutureTask<>(() -> {
          annotateRun(doc, from, to, pos, lemmaIds);
          return null;
        });
        offered.add(task);
        helpers.execute(task);
      }
    }
    RuntimeException failure = null;
    try {
      annotateRun(doc, 0, cuts[1], pos, lemmaIds);
    } catch (RuntimeException e) {
      failure = e;
    }
    for (FutureTask<Void> task : offered) {
      task.run(); // annotates the run here unless a helper has started it (then returns at once)
      try {
        Workers.result(task);
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Annotates the sentences of tokens {@code [from, to)}, which start and end at sentence ends. */
  private void annotateRun(TokenizedDocument doc, int from, int to, byte[] pos, int[] lemmaIds) {
    Annotator.Tagger tagger = taggers.get();
    int start = from;
    while (start < to) {
      int end = start + 1;
      while (end < to && doc.sentence(end) == doc.sentence(start)) {
        end++;
      }
      annotateSentence(tagger, doc, start, end, pos, lemmaIds);
      start = end;
    }
  }

  private void annotateSentence(Annotator.Tagger tagger, TokenizedDocument doc, int start, int end,
      byte[] pos, int[] lemmaIds) {
    int length = end - start;
    String[] tokens = new String[length];
    for (int k = 0; k < length; k++) {
      tokens[k] = doc.surface(start + k);
    }
    String[] tags = new String[length];
    String[] lemmas = lemmaIds == null ? null : new String[length];
    try {
      if (lemmas == null) {
        tagger.tag(tokens, tags);
      } else {
        tagger.annotate(tokens, tags, lemmas);
      }
    } catch (RuntimeException e) {
      throw new PluginException("the annotator failed on document " + doc.document().id() + ": " + e,
          e);
    }
    for (int k = 0; k < length; k++) {
      int i = start + k;
      TokenKind kind = doc.kind(i);
      UniversalPos tag = kind == TokenKind.URL || kind == TokenKind.EMAIL ? UniversalPos.X
          : UniversalPos.parse(tags[k]);
      if (kind == TokenKind.SYMBOL && tag == UniversalPos.PUNCT) {
        tag = UniversalPos.SYM; // ctk knows it is no punctuation mark: an emoji, a currency sign
      }
      pos[i] = (byte) tag.ordinal();
      if (lemmas == null) {
        continue;
      }
      boolean lemmatised = kind == TokenKind.WORD || kind == TokenKind.IDEOGRAPHIC
          || kind == TokenKind.KANA;
      String lemma = lemmas[k];
      lemmaIds[i] = !lemmatised || lemma == null || lemma.isBlank() ? doc.formId(i)
          : vocabulary.intern(countingForm.of(lemma));
    }
  }
}
