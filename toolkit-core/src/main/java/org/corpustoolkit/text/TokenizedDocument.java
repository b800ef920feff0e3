package org.corpustoolkit.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.corpus.DocumentPart;

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
  private final DocumentPart part;
  private final Vocabulary vocabulary;
  private final TextProcessor processor;
  private Tokenizer.Tokens tokens;
  private int[] formIds;
  private boolean[] dropped;
  /** Tokens of every kind counted by the byte path, or -1 if it did not run. */
  private int scannedTokens = -1;
  private int[] sentences;
  private int sentenceCount;
  private int[] wordIds;
  private int[] wordSentences;
  /** True if sentences are asked for before word ids: the byte scan is to record token offsets. */
  private boolean sentencesWanted;
  private final Function<TokenizedDocument, Annotations> annotator;
  private Annotations annotations;

  TokenizedDocument(DocumentPart part, Vocabulary vocabulary, TextProcessor processor,
      Function<TokenizedDocument, Annotations> annotator) {
    this.part = part;
    this.annotator = annotator;
    this.vocabulary = vocabulary;
    this.processor = processor;
  }

  /**
   * The tokens, found on first use. The per-token accessors call this for every token: the first use is
   * a method of its own, so that this one stays small enough for the C1 compiler (which the launcher
   * uses) to inline.
   */
  private Tokenizer.Tokens tokenized() {
    Tokenizer.Tokens t = tokens;
    return t != null ? t : tokenize();
  }

  private Tokenizer.Tokens tokenize() {
    TextProcessor.Tokenized t = processor.tokenize(part.document().text());
    formIds = t.formIds();
    dropped = t.dropped();
    tokens = t.tokens();
    return tokens;
  }

  private int[] sentenceNumbers() {
    int[] numbers = sentences;
    return numbers != null ? numbers : splitSentences();
  }

  private int[] splitSentences() {
    int[] numbers = processor.sentences(text(), tokenized());
    sentenceCount = numbers.length == 0 ? 0 : numbers[numbers.length - 1];
    sentences = numbers;
    return numbers;
  }

  /** The document (or part of one), decoded on first call if it was read as bytes. */
  public Document document() {
    return part.document();
  }

  /**
   * The document's index in the corpus, without decoding it (same as {@code document().index()}).
   *
   * @since 0.4
   */
  public int documentIndex() {
    return part.index();
  }

  /**
   * True if this is one of several parts of a document ({@link Document#isPartial()}), without decoding
   * it.
   *
   * @since 0.4
   */
  public boolean isPartial() {
    return part.isPartial();
  }

  /**
   * 0-based number of this part within its document ({@link Document#segment()}), without decoding it.
   *
   * @since 0.4
   */
  public int segment() {
    return part.segment();
  }

  /**
   * Length of the text in UTF-16 code units (same as {@code text().length()}), without decoding it.
   *
   * @since 0.4
   */
  public long characterCount() {
    return part.characters();
  }

  public String text() {
    return part.document().text();
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of tokens of every kind. */
  public int size() {
    if (tokens == null && scannedTokens >= 0) {
      return scannedTokens;
    }
    return tokenized().size();
  }

  /** Number of sentences (at least 1 for a non-empty text that has tokens). */
  public int sentenceCount() {
    if (sentences == null && tokens == null && scannedTokens >= 0) {
      // the word ids came from the byte path: so do the sentences
      if (wordSentences == null) {
        sentencesFromScan();
      }
      return sentenceCount;
    }
    sentenceNumbers();
    return sentenceCount;
  }

  /**
   * True if the word ids came (or, if not asked for yet, come now) from the byte path, and no tokens
   * have been made since.
   */
  private boolean byteScanned() {
    if (wordIds == null && tokens == null) {
      sentencesWanted = true;
      wordIds();
    }
    return tokens == null && scannedTokens >= 0;
  }

  /**
   * The word sentences and the sentence count from the byte path's token offsets
   * ({@link TextProcessor#scannedSentences}), scanning the bytes again to record them if the first scan
   * did not: the same numbers as {@link #sentenceNumbers()} gives from the tokens.
   */
  private void sentencesFromScan() {
    if (!processor.recordedFor(this)) {
      byte[] utf8 = part.utf8();
      int length = part.utf8Length();
      if (utf8 == null) {
        utf8 = Utf8Text.encode(text()); // not null: it was scanned before
        length = utf8.length;
      }
      processor.scanWords(utf8, length, this, true);
    }
    TextProcessor.ScannedSentences scanned = processor.scannedSentences(text());
    wordSentences = scanned.wordSentences();
    sentenceCount = scanned.count();
  }

  public int start(int i) {
    return tokenized().start(i);
  }

  public int end(int i) {
    return tokenized().end(i);
  }

  public TokenKind kind(int i) {
    return tokenized().kind(i);
  }

  /** True if token {@code i} counts as a word: a word kind, not removed by a token filter. */
  public boolean isWord(int i) {
    return tokenized().kind(i).isWord() && (dropped == null || !dropped[i]);
  }

  /** 1-based sentence number of token {@code i}. */
  public int sentence(int i) {
    return sentenceNumbers()[i];
  }

  /** Id of the counting form of token {@code i} in {@link #vocabulary()}. */
  public int formId(int i) {
    tokenized();
    return formIds[i];
  }

  public String surface(int i) {
    return text().substring(tokenized().start(i), tokens.end(i));
  }

  public String form(int i) {
    return vocabulary.form(formId(i));
  }

  /**
   * Counting-form ids of the word tokens only, in order. Asked for before anything else, they come
   * straight from the text's UTF-8 bytes by the fast path ({@link Utf8WordScanner}), without tokenizing
   * the text into offsets; the ids are the same either way.
   */
  public int[] wordIds() {
    if (wordIds == null && tokens == null) {
      byte[] utf8 = part.utf8();
      int length = part.utf8Length();
      if (utf8 == null) {
        String text = text();
        utf8 = Utf8Text.encode(text);
        length = utf8 == null ? 0 : utf8.length;
      }
      if (utf8 != null) {
        Utf8WordScanner.Words words = processor.scanWords(utf8, length, this, sentencesWanted);
        scannedTokens = words.tokens();
        wordIds = words.ids();
      }
    }
    if (wordIds == null) {
      tokenized();
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

  /**
   * Sentence numbers of the word tokens, parallel to {@link #wordIds()}. If the word ids come from the
   * byte path, so do these, from the offsets of the tokens it found, without tokenizing the text again.
   */
  public int[] wordSentences() {
    if (wordSentences == null && sentences == null && byteScanned()) {
      sentencesFromScan();
    }
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
    return new Token(i + 1, sentence(i), start(i), end(i), surface(i), form(i), kind(i));
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
        return tokenized().size();
      }
    };
  }
}
