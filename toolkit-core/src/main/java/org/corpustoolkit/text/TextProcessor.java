package org.corpustoolkit.text;

import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.TokenFilter;

/**
 * The analysis chain for one thread: tokenizer, sentence splitter and counting form, writing ids into
 * a shared {@link Vocabulary}. Like a Lucene {@code Analyzer}'s components, an instance is cheap to make
 * and not thread-safe: make one per thread with {@link #TextProcessor(TextSettings, Vocabulary)}.
 *
 * <p>The {@linkplain TextSettings#filters() token filters} of the settings run on each word token's
 * counting form, in order; a filter that returns null leaves the token out of the word counts.
 *
 * @since 0.1 (stable)
 */
public final class TextProcessor {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final CountingForm countingForm;
  private final Vocabulary vocabulary;
  private final TokenFilter[] filters;

  public TextProcessor(TextSettings settings, Vocabulary vocabulary) {
    this.countingForm = new CountingForm(settings.caseSensitive());
    this.vocabulary = vocabulary;
    this.filters = settings.filters().toArray(new TokenFilter[0]);
  }

  /** Tokenizes {@code document}, numbers its sentences and interns its counting forms. */
  public TokenizedDocument process(Document document) {
    String text = document.text();
    Tokenizer.Tokens tokens = tokenizer.tokenize(text);
    int[] sentenceStarts = splitter.starts(text);
    int n = tokens.size();
    int[] formIds = new int[n];
    int[] sentences = new int[n];
    boolean[] dropped = null;
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
      String form = countingForm.of(text.subSequence(start, previousEnd));
      if (filters.length > 0 && tokens.kind(i).isWord()) {
        String filtered = filter(form, tokens.kind(i));
        if (filtered == null) {
          if (dropped == null) {
            dropped = new boolean[n];
          }
          dropped[i] = true; // keeps its unfiltered form for display
        } else {
          form = filtered;
        }
      }
      formIds[i] = vocabulary.intern(form);
    }
    return new TokenizedDocument(document, vocabulary, tokens, formIds, sentences, numbered,
        dropped);
  }

  private String filter(String form, TokenKind kind) {
    String current = form;
    for (TokenFilter f : filters) {
      current = f.apply(current, kind);
      if (current == null || current.isEmpty()) {
        return null;
      }
    }
    return current;
  }

  public CountingForm countingForm() {
    return countingForm;
  }
}
