package org.corpustoolkit.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.corpustoolkit.corpus.Document;

/**
 * A document with its tokens, as primitive arrays: offsets, kinds, sentence numbers and counting-form ids
 * (interned in the run's shared {@link Vocabulary}).
 *
 * <p>Counting code reads {@link #formId(int)}, {@link #kind(int)} and {@link #sentence(int)}, or the
 * word-only view {@link #wordIds()}; display code reads {@link #tokens()}. Part-of-speech tags and
 * lemmas are computed only when asked for, with {@link #annotations()}.
 *
 * <p>A document belongs to the thread that received it: do not hand it to another thread.
 *
 * @since 0.1 (stable)
 */
public final class TokenizedDocument {
  private final Document document;
  private final Vocabulary vocabulary;
  private final Tokenizer.Tokens tokens;
  private final int[] formIds;
  private final TextProcessor processor;
  private final boolean[] dropped;
  private int[] sentences;
  private int sentenceCount;
  private int[] wordIds;
  private int[] wordSentences;
  private final Function<TokenizedDocument, Annotations> annotator;
  private Annotations annotations;

  TokenizedDocument(Document document, Vocabulary vocabulary, Tokenizer.Tokens tokens, int[] formIds,
      TextProcessor processor, boolean[] dropped,
      Function<TokenizedDocument, Annotations> annotator) {
    this.dropped = dropped;
    this.annotator = annotator;
    this.document = document;
    this.vocabulary = vocabulary;
    this.tokens = tokens;
    this.formIds = formIds;
    this.processor = processor;
  }

  private int[] sentenceNumbers() {
    if (sentences == null) {
      int[] numbers = processor.sentences(document.text(), tokens);
      sentenceCount = numbers.length == 0 ? 0 : numbers[numbers.length - 1];
      sentences = numbers;
    }
    return sentences;
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of tokens of every kind. */
  public int size() {
    return tokens.size();
  }

  /** Number of sentences (at least 1 for a non-empty text that has tokens). */
  public int sentenceCount() {
    sentenceNumbers();
    return sentenceCount;
  }

  public int start(int i) {
    return tokens.start(i);
  }

  public int end(int i) {
    return tokens.end(i);
  }

  public TokenKind kind(int i) {
    return tokens.kind(i);
  }

  /** True if token {@code i} counts as a word: a word kind, not removed by a token filter. */
  public boolean isWord(int i) {
    return tokens.kind(i).isWord() && (dropped == null || !dropped[i]);
  }

  /** 1-based sentence number of token {@code i}. */
  public int sentence(int i) {
    return sentenceNumbers()[i];
  }

  /** Id of the counting form of token {@code i} in {@link #vocabulary()}. */
  public int formId(int i) {
    return formIds[i];
  }

  public String surface(int i) {
    return document.text().substring(tokens.start(i), tokens.end(i));
  }

  public String form(int i) {
    return vocabulary.form(formIds[i]);
  }

  /** Counting-form ids of the word tokens only, in order. */
  public int[] wordIds() {
    if (wordIds == null) {
      int n = tokens.size();
      int[] ids = new int[n];
      int w = 0;
      for (int i = 0; i < n; i++) {
        if (isWord(i)) {
          ids[w++] = formIds[i];
        }
      }
      wordIds = w == n ? ids : Arrays.copyOf(ids, w);
    }
    return wordIds;
  }

  /** Sentence numbers of the word tokens, parallel to {@link #wordIds()}. */
  public int[] wordSentences() {
    if (wordSentences == null) {
      int[] all = sentenceNumbers();
      int[] sents = new int[wordIds().length];
      int w = 0;
      for (int i = 0; i < all.length; i++) {
        if (isWord(i)) {
          sents[w++] = all[i];
        }
      }
      wordSentences = sents;
    }
    return wordSentences;
  }

  /** Number of word tokens. */
  public int wordCount() {
    return wordIds().length;
  }

  /**
   * Part-of-speech tags and lemmas of this document's tokens, computed on first call by the annotator
   * of the run's language ({@code --lang}) on the calling thread, then kept. Analysers that never call
   * this pay nothing for annotation.
   *
   * @throws org.corpustoolkit.spi.UsageException if no annotator is installed for the run's language
   */
  public Annotations annotations() {
    if (annotations == null) {
      annotations = annotator.apply(this);
    }
    return annotations;
  }

  /** Token {@code i} as a friendly object. */
  public Token token(int i) {
    return new Token(i + 1, sentence(i), tokens.start(i), tokens.end(i), surface(i), form(i),
        tokens.kind(i));
  }

  /** All tokens as friendly objects (created lazily, for display and plugin authors). */
  public List<Token> tokens() {
    return new AbstractList<>() {
      @Override
      public Token get(int index) {
        return token(index);
      }

      @Override
      public int size() {
        return tokens.size();
      }
    };
  }
}
