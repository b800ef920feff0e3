package org.corpustoolkit.text;

import java.util.function.Function;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.UsageException;

/**
 * The analysis chain for one thread: tokenizer, sentence splitter and counting form, writing ids into
 * a shared {@link Vocabulary}. Like a Lucene {@code Analyzer}'s components, an instance is cheap to make
 * and not thread-safe: make one per thread with {@link #TextProcessor(TextSettings, Vocabulary)}.
 *
 * @since 0.1 (stable)
 */
public final class TextProcessor {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final CountingForm countingForm;
  private final Vocabulary vocabulary;
  private final Function<TokenizedDocument, Annotations> annotator;

  /** A processor whose documents cannot be annotated ({@link TokenizedDocument#annotations()} fails). */
  public TextProcessor(TextSettings settings, Vocabulary vocabulary) {
    this(settings, vocabulary, doc -> {
      throw new UsageException("part-of-speech tags and lemmas are not available in this run");
    });
  }

  /**
   * A processor whose documents are annotated on demand by {@code annotator}, which is called on the
   * thread that uses the document (give each thread its own).
   */
  public TextProcessor(TextSettings settings, Vocabulary vocabulary,
      Function<TokenizedDocument, Annotations> annotator) {
    this.countingForm = new CountingForm(settings.caseSensitive());
    this.vocabulary = vocabulary;
    this.annotator = annotator;
  }

  /** Tokenizes {@code document}, numbers its sentences and interns its counting forms. */
  public TokenizedDocument process(Document document) {
    String text = document.text();
    Tokenizer.Tokens tokens = tokenizer.tokenize(text);
    int[] sentenceStarts = splitter.starts(text);
    int n = tokens.size();
    int[] formIds = new int[n];
    int[] sentences = new int[n];
    int next = 1; // index of the next sentence start not yet passed
    int numbered = 0;
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      int start = tokens.start(i);
      boolean newSentence = i == 0;
      while (next < sentenceStarts.length && sentenceStarts[next] <= start) {
        // a boundary inside the previous token (a '?' in a URL) does not count
        if (sentenceStarts[next] >= previousEnd) {
          newSentence = true;
        }
        next++;
      }
      if (newSentence) {
        numbered++;
      }
      sentences[i] = numbered;
      previousEnd = tokens.end(i);
      formIds[i] = vocabulary.intern(countingForm.of(text.subSequence(start, previousEnd)));
    }
    return new TokenizedDocument(document, vocabulary, tokens, formIds, sentences, numbered,
        annotator);
  }

  public CountingForm countingForm() {
    return countingForm;
  }
}
