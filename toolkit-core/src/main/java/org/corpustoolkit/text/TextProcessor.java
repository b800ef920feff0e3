package org.corpustoolkit.text;

import org.corpustoolkit.corpus.Document;

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
  private final SurfaceCache cache = new SurfaceCache();

  public TextProcessor(TextSettings settings, Vocabulary vocabulary) {
    this.countingForm = new CountingForm(settings.caseSensitive());
    this.vocabulary = vocabulary;
  }

  /**
   * Tokenizes {@code document} and interns its counting forms. Sentences are found lazily, the first
   * time an analyser asks for them, so counting single words does not pay for sentence splitting.
   */
  public TokenizedDocument process(Document document) {
    String text = document.text();
    char[] chars = text.toCharArray();
    Tokenizer.Tokens tokens = tokenizer.tokenize(text, chars);
    int n = tokens.size();
    int[] formIds = new int[n];
    for (int i = 0; i < n; i++) {
      formIds[i] = formId(chars, tokens.start(i), tokens.end(i));
    }
    return new TokenizedDocument(document, vocabulary, tokens, formIds, this);
  }

  /**
   * Sentence numbers (1-based, counting only sentences that contain a token) for {@code tokens} of
   * {@code text}; a boundary that falls inside a token (a {@code ?} in a URL) does not count. Returns
   * the numbers; the count of sentences is the last number.
   */
  synchronized int[] sentences(String text, Tokenizer.Tokens tokens) {
    int[] sentenceStarts = splitter.starts(text);
    int n = tokens.size();
    int[] sentences = new int[n];
    int next = 1; // index of the next sentence start not yet passed
    int numbered = 0;
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      int start = tokens.start(i);
      boolean newSentence = i == 0;
      while (next < sentenceStarts.length && sentenceStarts[next] <= start) {
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
    }
    return sentences;
  }

  private int formId(char[] text, int start, int end) {
    int h = SurfaceCache.hash(text, start, end);
    int id = cache.get(text, start, end, h);
    if (id < 0) {
      id = vocabulary.intern(countingForm.of(new String(text, start, end - start)));
      cache.put(text, start, end, h, id);
    }
    return id;
  }

  public CountingForm countingForm() {
    return countingForm;
  }
}
