package org.corpustoolkit.text;

import java.util.function.Function;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.corpus.DocumentPart;
import org.corpustoolkit.spi.TokenFilter;
import org.corpustoolkit.spi.UsageException;

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
  private final SurfaceCache cache = new SurfaceCache();
  private final TokenFilter[] filters;
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
    this.filters = settings.filters().toArray(new TokenFilter[0]);
    this.annotator = annotator;
    this.wordScanner = new Utf8WordScanner(this, tokenizer, vocabulary.sharedSurfaces(settings));
  }

  private final Utf8WordScanner wordScanner;

  /**
   * {@code document} ready to be tokenized: tokens are found the first time an analyser asks for them,
   * and sentences the first time it asks for sentences, so counting single words pays for neither.
   */
  public TokenizedDocument process(Document document) {
    return process(DocumentPart.of(document));
  }

  /**
   * {@code part} ready to be tokenized, lazily as {@link #process(Document)}. If the first thing asked
   * for is {@link TokenizedDocument#wordIds()} (or the word count), the word ids come from the part's
   * UTF-8 bytes by the fast path ({@link Utf8WordScanner}), and the text is never decoded unless an
   * analyser asks for it.
   *
   * @since 0.4
   */
  public TokenizedDocument process(DocumentPart part) {
    return new TokenizedDocument(part, vocabulary, this, annotator);
  }

  /** The tokens of {@code text} with their form ids and the tokens a filter dropped (or null). */
  Tokenized tokenize(String text) {
    char[] chars = text.toCharArray();
    Tokenizer.Tokens tokens = tokenizer.tokenize(text, chars);
    int n = tokens.size();
    int[] formIds = new int[n];
    boolean[] dropped = null;
    for (int i = 0; i < n; i++) {
      int entry = formEntry(chars, tokens.start(i), tokens.end(i), tokens.kind(i));
      formIds[i] = entry >>> 1;
      if ((entry & 1) != 0) {
        if (dropped == null) {
          dropped = new boolean[n];
        }
        dropped[i] = true; // a filter removed it from the word counts; it keeps its form for display
      }
    }
    return new Tokenized(tokens, formIds, dropped);
  }

  /** What {@link #tokenize} found. */
  record Tokenized(Tokenizer.Tokens tokens, int[] formIds, boolean[] dropped) {}

  /**
   * True once a document of this processor has asked for the sentences of words found by the byte
   * path: from then on every byte scan records its token offsets, so that the next documents' sentences
   * need no second scan. Analysers that count words alone never ask, and their scans record nothing.
   */
  private boolean recordOffsets;

  /** The word ids and token count of {@code length} bytes of well-formed UTF-8, by the fast path. */
  Utf8WordScanner.Words scanWords(byte[] utf8, int length) {
    return wordScanner.scan(utf8, length);
  }

  /**
   * As {@link #scanWords(byte[], int)}, recording the tokens' offsets for {@code owner} if
   * {@code sentences} (the caller will ask for sentences) or if documents of this processor have
   * asked for sentences after a byte scan (see {@link #scannedSentences}).
   */
  Utf8WordScanner.Words scanWords(byte[] utf8, int length, Object owner, boolean sentences) {
    return wordScanner.scan(utf8, length, sentences || recordOffsets ? owner : null);
  }

  /**
   * True if the last byte scan recorded its token offsets for {@code owner}; if not, the caller is to
   * scan again with {@link #scanWords(byte[], int, Object, boolean)} before {@link #scannedSentences},
   * and from now on every scan records.
   */
  boolean recordedFor(Object owner) {
    if (wordScanner.recordedFor(owner)) {
      return true;
    }
    recordOffsets = true;
    return false;
  }

  /** The sentence numbers of the words of a text, and the number of its sentences. */
  record ScannedSentences(int[] wordSentences, int count) {}

  /**
   * The sentence numbers of the words that the last byte scan found in {@code text}, numbered as
   * {@link #sentences} numbers the tokens, but from the token offsets that the scan recorded
   * (see {@link #recordedFor}), without tokenizing the text into a {@code Tokens}. Releases the record.
   */
  ScannedSentences scannedSentences(String text) {
    int[] sentenceStarts;
    synchronized (this) {
      sentenceStarts = splitter.starts(text);
    }
    int words = wordScanner.wordCount();
    int[] numbers = new int[words];
    int count = numberSentences(sentenceStarts, wordScanner.recordedStarts(),
        wordScanner.recordedEnds(), wordScanner.recordedTokens(), wordScanner.recordedWordTokens(),
        words, numbers);
    wordScanner.release();
    return new ScannedSentences(numbers, count);
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
    numberSentences(sentenceStarts, tokens.startsArray(), tokens.endsArray(), n, null, n, sentences);
    return sentences;
  }

  /**
   * Numbers the sentences of {@code n} tokens with offsets {@code starts}/{@code ends}, given the
   * sentence starts of their text ({@link SentenceSplitter#starts(String)}, in the same units): 1-based,
   * counting only sentences that contain a token, a boundary that falls inside a token not counting.
   * Writes the number of token {@code picked[k]} to {@code out[k]} for {@code k < count}, or, if
   * {@code picked} is null, of token {@code k} (picked token indexes are increasing). Returns the
   * number of sentences.
   */
  static int numberSentences(int[] sentenceStarts, int[] starts, int[] ends, int n, int[] picked,
      int count, int[] out) {
    int next = 1; // index of the next sentence start not yet passed
    int numbered = 0;
    int previousEnd = 0;
    int k = 0;
    int want = picked == null ? 0 : count > 0 ? picked[0] : -1;
    for (int i = 0; i < n; i++) {
      int start = starts[i];
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
      if (i == want) {
        out[k++] = numbered;
        want = picked == null ? k : k < count ? picked[k] : -1;
      }
      previousEnd = ends[i];
    }
    return numbered;
  }

  /**
   * The form id of a token shifted left by one, with the low bit set if a token filter dropped it. The
   * per-thread cache maps surfaces to this value, so filters and normalisation run once per distinct
   * surface (the kind of a token follows from its surface, so it is part of what is cached).
   */
  int formEntry(char[] text, int start, int end, TokenKind kind) {
    int h = SurfaceCache.hash(text, start, end);
    int entry = cache.get(text, start, end, h);
    if (entry < 0) {
      entry = newEntry(new String(text, start, end - start), kind);
      cache.put(text, start, end, h, entry);
    }
    return entry;
  }

  /** The cache entry (form id shifted left by one, low bit: dropped) of a surface not cached yet. */
  int newEntry(String surface, TokenKind kind) {
    String form = countingForm.of(surface);
    boolean drop = false;
    if (filters.length > 0 && kind.isWord()) {
      String filtered = filter(form, kind);
      if (filtered == null) {
        drop = true;
      } else {
        form = filtered;
      }
    }
    return (vocabulary.intern(form) << 1) | (drop ? 1 : 0);
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
