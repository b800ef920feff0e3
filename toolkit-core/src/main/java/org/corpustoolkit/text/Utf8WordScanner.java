package org.corpustoolkit.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The word-counting fast path: the counting-form ids of the word tokens of UTF-8 text, read straight
 * from its bytes, without a {@code String} or {@code char[]} of the text and without a {@code String}
 * per token.
 *
 * <p>It is {@link Tokenizer#tokenize(String)} restated on bytes, and gives the same tokens (a test checks
 * it on random and mixed-script text, token count and word ids): the bytes are cut at ASCII whitespace
 * into chunks; a chunk of plain ASCII with no {@code @}, {@code ://} or {@code www.} is segmented by the
 * same UAX #29 rules for ASCII as the tokenizer's scanner (WB5–WB13b, ICU's rule status, the
 * abbreviation dot and hyphen joining), here on bytes; any other chunk is decoded, with the whitespace
 * byte before it, and given to the tokenizer's ICU path exactly as the tokenizer does. Chunks never
 * influence each other (every correction looks only at adjacent tokens, and whitespace separates chunks),
 * so a chunk's tokens are final when the chunk ends. A word token's id then comes from a per-thread cache
 * keyed by its bytes ({@link Utf8SurfaceCache}, whose main table the run's threads share); only a surface
 * not seen before goes through the counting form and the token filters of {@link TextProcessor}.
 *
 * <p>Asked to, a scan also records the offsets of all its tokens in the text's UTF-16 units (what
 * {@link Tokenizer#tokenize(String)} gives) and which of them are the words, so that the words' sentence
 * numbers can be found without tokenizing the text again ({@link #recordedFor},
 * {@link TextProcessor#scannedWordSentences}). The record is kept until the next scan.
 *
 * <p>Not thread-safe: one per {@link TextProcessor}.
 */
final class Utf8WordScanner {
  // Byte classes of the scanner, one table look-up per byte.
  private static final byte SPACE = 0;
  /** A letter, digit or underscore other than {@code w}/{@code W}. */
  private static final byte WORD_BYTE = 1;
  /** {@code w} or {@code W}: a letter that may begin {@code www.}. */
  private static final byte W_BYTE = 2;
  /** Any other ASCII character. */
  private static final byte OTHER = 3;
  /** Non-ASCII bytes, {@code @} and {@code :}: they may make a chunk need the ICU path. */
  private static final byte SPECIAL = 4;
  private static final byte[] CLASS = new byte[256];
  private static final boolean[] LETTER = new boolean[256];
  private static final boolean[] DIGIT = new boolean[256];
  /** ASCII letters and digits (word characters other than the underscore). */
  private static final boolean[] ALNUM = new boolean[256];
  private static final byte WORD = (byte) TokenKind.WORD.ordinal();
  private static final byte NUMBER = (byte) TokenKind.NUMBER.ordinal();
  private static final byte PUNCTUATION = (byte) TokenKind.PUNCTUATION.ordinal();
  private static final byte SYMBOL = (byte) TokenKind.SYMBOL.ordinal();
  private static final byte[] ASCII_KIND = new byte[128];

  static {
    for (int c = 0; c < 256; c++) {
      LETTER[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      DIGIT[c] = c >= '0' && c <= '9';
      ALNUM[c] = LETTER[c] || DIGIT[c];
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
      if (space) {
        CLASS[c] = SPACE;
      } else if (c == 'w' || c == 'W') {
        CLASS[c] = W_BYTE;
      } else if (LETTER[c] || DIGIT[c] || c == '_') {
        CLASS[c] = WORD_BYTE;
      } else if (c >= 0x80 || c == '@' || c == ':') {
        CLASS[c] = SPECIAL;
      } else {
        CLASS[c] = OTHER;
      }
    }
    for (int c = 0; c < 128; c++) {
      ASCII_KIND[c] = Tokenizer.isAsciiPunctuation(c) ? PUNCTUATION : SYMBOL;
    }
  }

  private final TextProcessor processor;
  private final Tokenizer tokenizer;
  private final Utf8SurfaceCache cache;
  /** The tokens of the current chunk: starts, ends, kinds. */
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private byte[] kinds = new byte[64];
  private int size;
  private int[] words = new int[1 << 12];
  private int wordCount;
  private int tokenCount;
  /** True while a scan records token offsets. */
  private boolean record;
  /** What the record belongs to (given to {@link #scan}), or null if the last scan recorded nothing. */
  private Object recordOwner;
  /** Recorded: UTF-16 start and end offsets of every token, in order. */
  private int[] tokenStarts = new int[0];
  private int[] tokenEnds = new int[0];
  /** Recorded: the token index of each word of {@link #words}. */
  private int[] wordTokens = new int[0];
  /**
   * UTF-16 offset minus byte offset at the current chunk: changes only after a chunk with non-ASCII
   * bytes (the ASCII path takes only ASCII chunks, and whitespace between chunks is ASCII).
   */
  private int unitsMinusBytes;

  /**
   * @param shared the main table of surfaces shared with the other scanners of the run (same vocabulary
   *     and settings), or null for a table of this scanner's own
   */
  Utf8WordScanner(TextProcessor processor, Tokenizer tokenizer, SharedSurfaces shared) {
    this.processor = processor;
    this.tokenizer = tokenizer;
    this.cache = new Utf8SurfaceCache(shared);
  }

  /** What a scan found: the word ids in order, and the number of tokens of every kind. */
  record Words(int[] ids, int tokens) {}

  /** Scans {@code bytes[0, length)}, well-formed UTF-8 text (a whole document or part). */
  Words scan(byte[] bytes, int length) {
    return scan(bytes, length, null);
  }

  /**
   * Scans {@code bytes[0, length)} as {@link #scan(byte[], int)} does; if {@code owner} is not null, also
   * records the tokens' offsets for it (see the class comment).
   */
  Words scan(byte[] bytes, int length, Object owner) {
    wordCount = 0;
    tokenCount = 0;
    unitsMinusBytes = 0;
    record = owner != null;
    recordOwner = null;
    cache.refresh();
    int n = length;
    int i = 0;
    while (i < n) {
      if (CLASS[bytes[i] & 0xFF] == SPACE) {
        i++;
        continue;
      }
      int end = record ? -1 : simpleChunk(bytes, i, n);
      if (end >= 0) {
        i = end;
        continue;
      }
      end = scanAscii(bytes, i, n);
      if (end >= 0) {
        emitAscii(bytes);
      } else {
        end = chunkEnd(bytes, -end - 1, n);
        scanWithIcu(bytes, i > 0 ? i - 1 : i, end);
      }
      i = end;
    }
    recordOwner = owner;
    return new Words(Arrays.copyOf(words, wordCount), tokenCount);
  }

  /** True if the last scan recorded offsets for {@code owner}. */
  boolean recordedFor(Object owner) {
    return owner != null && recordOwner == owner;
  }

  /** Forgets what the record belongs to (so that it does not keep it reachable). */
  void release() {
    recordOwner = null;
  }

  /** The number of word ids of the last scan. */
  int wordCount() {
    return wordCount;
  }

  /** Recorded: the number of tokens of the last scan. */
  int recordedTokens() {
    return tokenCount;
  }

  /** Recorded: UTF-16 start offsets of the tokens (valid up to {@link #recordedTokens()}). */
  int[] recordedStarts() {
    return tokenStarts;
  }

  /** Recorded: UTF-16 end offsets of the tokens. */
  int[] recordedEnds() {
    return tokenEnds;
  }

  /** Recorded: the token index of each word (valid up to the number of word ids). */
  int[] recordedWordTokens() {
    return wordTokens;
  }

  /** Room for {@code count} more recorded tokens. */
  private void reserveTokens(int count) {
    int needed = tokenCount + count;
    if (needed > tokenStarts.length) {
      int capacity = Math.max(needed, Math.max(1024, tokenStarts.length * 2));
      tokenStarts = Arrays.copyOf(tokenStarts, capacity);
      tokenEnds = Arrays.copyOf(tokenEnds, capacity);
    }
  }

  /** The end of the chunk that contains byte {@code i}: the next ASCII whitespace, or {@code n}. */
  private static int chunkEnd(byte[] b, int i, int n) {
    while (i < n && CLASS[b[i] & 0xFF] != SPACE) {
      i++;
    }
    return i;
  }

  /**
   * {@code Tokenizer.scanAscii} on bytes, for the chunk that starts at {@code start}, fused with the
   * tokenizer's test for a chunk that the ASCII scanner cannot take (a non-ASCII byte, {@code @},
   * {@code ://}, {@code www.}): returns the chunk's end with its tokens in the scratch arrays, or, if the
   * chunk needs ICU, {@code -(i + 1)} where {@code i} is the byte that showed it.
   *
   * <p>Every byte of a chunk is looked at once: characters that are not word characters here, word
   * characters in the loop over a run. The inner characters of WB6/7 and WB11/12 ({@code : . ' , ;}
   * between letters or digits) need no test: a {@code :} followed by a letter or digit is not
   * {@code ://}. The run's look-ahead stops at {@code n}, not at the chunk's end, which is the same
   * because a letter or digit is never whitespace.
   */
  private int scanAscii(byte[] b, int start, int n) {
    size = 0;
    int i = start;
    while (i < n) {
      int c = b[i] & 0xFF;
      byte t = CLASS[c];
      if (t == SPACE) {
        return i;
      }
      if (t >= OTHER) {
        if (t == SPECIAL && (c != ':' || (i + 2 < n && b[i + 1] == '/' && b[i + 2] == '/'))) {
          return -(i + 1);
        }
        addAsciiNonWord(b, i, c);
        i++;
        continue;
      }
      int j = i;
      for (;;) {
        if (t == W_BYTE && j + 3 < n && (b[j + 1] | 0x20) == 'w' && (b[j + 2] | 0x20) == 'w'
            && b[j + 3] == '.') {
          return -(j + 1);
        }
        j++;
        if (j >= n) {
          break;
        }
        int d = b[j] & 0xFF;
        t = CLASS[d];
        if (t == WORD_BYTE || t == W_BYTE) {
          continue;
        }
        if (t != SPACE && j + 1 < n) {
          int prev = b[j - 1] & 0xFF;
          int next = b[j + 1] & 0xFF;
          boolean letters = LETTER[prev] && LETTER[next]
              && (d == ':' || d == '.' || d == '\'');                   // WB6, WB7
          boolean digits = DIGIT[prev] && DIGIT[next]
              && (d == ',' || d == ';' || d == '.' || d == '\'');       // WB11, WB12
          if (letters || digits) {
            j++;
            t = CLASS[next];
            continue;
          }
        }
        break;
      }
      // ICU's rule status (see Tokenizer.asciiStatus): the last letter or digit decides; a run of
      // underscores alone is not a word (one underscore: no status; several: no letter or digit)
      int last = b[j - 1] & 0xFF;
      if (last == '_') {
        int k = j - 1;
        while (k > i && b[k] == '_') {
          k--;
        }
        if (b[k] == '_') {
          add(i, j, PUNCTUATION);
        } else {
          // Tokenizer.asciiStatus looks only at the character before the final underscore
          addWord(b, i, j, DIGIT[b[j - 2] & 0xFF] ? NUMBER : WORD);
        }
      } else {
        addWord(b, i, j, DIGIT[last] ? NUMBER : WORD);
      }
      i = j;
    }
    return n;
  }

  /**
   * The most common chunk of English (nine in ten), taken in one loop without the batch: ASCII letters
   * and digits, optionally after one and before one other ASCII character that is neither a word
   * character nor special ({@code "the"}, {@code "word,"}, {@code "(see"}, {@code "1913"}). Returns the
   * chunk's end with its word's id and its tokens counted, or -1 (nothing done) for any other chunk,
   * which {@link #scanAscii} takes.
   *
   * <p>Its tokens are those {@link #scanAscii} gives such a chunk: the letters and digits are one word
   * or number (no rule joins across the other characters, which have whitespace or the chunk's edge on
   * their other side; a word without a dot keeps no final dot), a number if its last character is a
   * digit (ICU's rule status), and each other character is one punctuation or symbol token, none for a
   * control character. A trailing dot after {@code www} is left to the general path, which hands it to
   * ICU.
   */
  private int simpleChunk(byte[] b, int i, int n) {
    int before = 0; // tokens before the word: 1 for a leading character other than a control one
    int c = b[i] & 0xFF;
    int start = i;
    if (!ALNUM[c]) {
      if (CLASS[c] != OTHER || i + 1 >= n || !ALNUM[b[i + 1] & 0xFF]) {
        return -1;
      }
      before = c > ' ' ? 1 : 0;
      start++;
    }
    int tokens = before + 1;
    int limit = Math.min(n, start + 8);
    long head = 0;
    int j = start;
    // the first 8 bytes make the word's head (Utf8SurfaceCache.head), the rest are only scanned
    while (j < limit) {
      int d = b[j] & 0xFF;
      if (!ALNUM[d]) {
        break;
      }
      head |= (long) d << ((j - start) << 3);
      j++;
    }
    if (j == limit) {
      while (j < n && ALNUM[b[j] & 0xFF]) {
        j++;
      }
    }
    int end = j;
    if (j < n) {
      int d = b[j] & 0xFF;
      if (CLASS[d] != SPACE) {
        if (CLASS[d] != OTHER || (j + 1 < n && CLASS[b[j + 1] & 0xFF] != SPACE)) {
          return -1;
        }
        if (d == '.' && end - start >= 3 && (b[end - 1] | 0x20) == 'w'
            && (b[end - 2] | 0x20) == 'w' && (b[end - 3] | 0x20) == 'w') {
          return -1; // www. : the tokenizer's ICU path
        }
        if (d > ' ') {
          tokens++;
        }
        j++;
      }
    }
    int token = tokenCount + before;
    tokenCount += tokens;
    int h = Utf8SurfaceCache.hash(head, b, start, end);
    int entry = cache.get(b, start, end, head, h);
    if (entry < 0) {
      String surface = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
      entry = processor.newEntry(surface, DIGIT[b[end - 1] & 0xFF] ? TokenKind.NUMBER : TokenKind.WORD);
      cache.put(b, start, end, head, h, entry);
    }
    addWordEntry(entry, token);
    return j;
  }

  /** {@code Tokenizer.addNonWord} for one ASCII character that is not a word character. */
  private void addAsciiNonWord(byte[] b, int i, int c) {
    if (c <= ' ') {
      return;
    }
    if (c == '.' && size > 0 && ends[size - 1] == i && kinds[size - 1] == WORD
        && LETTER[b[i - 1] & 0xFF] && containsDot(b, starts[size - 1], i)) {
      ends[size - 1] = i + 1; // U.S. keeps its final dot
      return;
    }
    add(i, i + 1, ASCII_KIND[c]);
  }

  private static boolean containsDot(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '.') {
        return true;
      }
    }
    return false;
  }

  /** {@code Tokenizer.addWordOfKind}: a word or number joined to the one before by a hyphen. */
  private void addWord(byte[] b, int start, int end, byte kind) {
    if (size >= 2 && kinds[size - 1] == PUNCTUATION && ends[size - 1] == start
        && start - starts[size - 1] == 1 && b[start - 1] == '-') {
      byte before = kinds[size - 2];
      if ((before == WORD || before == NUMBER) && ends[size - 2] == starts[size - 1]) {
        size--;
        ends[size - 1] = end;
        kinds[size - 1] = before == WORD || kind == WORD ? WORD : NUMBER;
        return;
      }
    }
    add(start, end, kind);
  }

  private void add(int start, int end, byte kind) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    size++;
  }

  private void emitAscii(byte[] b) {
    int first = tokenCount;
    if (record) {
      reserveTokens(size);
      int shift = unitsMinusBytes;
      for (int t = 0; t < size; t++) {
        tokenStarts[first + t] = starts[t] + shift;
        tokenEnds[first + t] = ends[t] + shift;
      }
    }
    tokenCount += size;
    for (int t = 0; t < size; t++) {
      byte kind = kinds[t];
      if (kind == WORD || kind == NUMBER) {
        int start = starts[t];
        int end = ends[t];
        long head = Utf8SurfaceCache.head(b, start, end);
        int h = Utf8SurfaceCache.hash(head, b, start, end);
        int entry = cache.get(b, start, end, head, h);
        if (entry < 0) {
          String surface = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
          entry = processor.newEntry(surface, TokenKind.of(kind));
          cache.put(b, start, end, head, h, entry);
        }
        addWordEntry(entry, first + t);
      }
    }
  }

  /** Adds the word of the cache entry {@code entry}, token {@code token} of the text. */
  private void addWordEntry(int entry, int token) {
    if ((entry & 1) != 0) {
      return; // a token filter dropped it
    }
    if (wordCount == words.length) {
      words = Arrays.copyOf(words, wordCount * 2);
    }
    if (record) {
      if (wordCount >= wordTokens.length) {
        wordTokens = Arrays.copyOf(wordTokens, words.length);
      }
      wordTokens[wordCount] = token;
    }
    words[wordCount++] = entry >>> 1;
  }

  /**
   * A chunk the ASCII scanner cannot take, as the tokenizer treats it: decoded from {@code from} (the
   * whitespace before the chunk, if any) and segmented by ICU with the same corrections.
   */
  private void scanWithIcu(byte[] b, int from, int end) {
    String chunk = new String(b, from, end - from, StandardCharsets.UTF_8);
    char[] chars = chunk.toCharArray();
    Tokenizer.Tokens tokens = tokenizer.tokenizeChunk(chunk);
    int n = tokens.size();
    int first = tokenCount;
    if (record) {
      reserveTokens(n);
      int base = from + unitsMinusBytes; // the chunk's offset in UTF-16 units
      for (int t = 0; t < n; t++) {
        tokenStarts[first + t] = base + tokens.start(t);
        tokenEnds[first + t] = base + tokens.end(t);
      }
    }
    tokenCount += n;
    for (int t = 0; t < n; t++) {
      TokenKind kind = tokens.kind(t);
      if (kind.isWord()) {
        addWordEntry(processor.formEntry(chars, tokens.start(t), tokens.end(t), kind), first + t);
      }
    }
    unitsMinusBytes += chars.length - (end - from);
  }
}
