package org.corpustoolkit.plugins.kwic;

import java.util.Arrays;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.QueryMatcher;
import org.corpustoolkit.text.SentenceSplitter;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Searches one part of a document on a worker thread, as far as the part alone allows.
 *
 * <p>A whole document is searched with its own sentence numbers. A part of a large document is
 * searched between its first and its last <em>safe cut</em> ({@link SentenceSplitter#isSafeCut}: after
 * a blank line, or in one paragraph per line text after a line break that ends a sentence): there the
 * sentences are exactly those of the whole document (split with the whole document's
 * {@linkplain DocumentLayouts layout}), numbered from 1, and since a match stays within a sentence the
 * matches are exactly the whole document's too. The text before the first cut and after the last is
 * joined with the neighbouring parts and searched in order by {@link HitFinder}, with this class's
 * {@link #between}. Not thread-safe: one per thread.
 */
final class PartScanner {
  private final QueryMatcher matcher;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DocumentLayouts layouts;
  private final boolean countVisible;

  PartScanner(Query query, KwicOptions options, DocumentLayouts layouts) {
    this.matcher = query.matcher(options.crossSentences());
    this.layouts = layouts;
    this.countVisible = options.chars() > 0;
  }

  /** Searches a part or a whole document. */
  ScannedPart scan(TokenizedDocument part) {
    Document document = part.document();
    if (!document.isPartial()) {
      return whole(part);
    }
    DocumentLayouts.Layout layout = layouts.of(document.index());
    String text = part.text();
    int from = layout == DocumentLayouts.Layout.UNKNOWN ? -1
        : firstSafeCut(text, layout.hardWrapped());
    if (from < 0) {
      return new ScannedPart(part, false, -1, -1, 0, 0, null, 0, 0, 0, new int[0], new int[0]);
    }
    int to = lastSafeCut(text, layout.hardWrapped());
    return between(part, from, to, layout.hardWrapped());
  }

  /** A whole document: its own sentence numbers, every token. */
  ScannedPart whole(TokenizedDocument doc) {
    Matches m = new Matches(doc, 0);
    matcher.find(doc, 0, doc.size(), null, m);
    return new ScannedPart(doc, true, 0, doc.text().length(), 0, doc.size(), null, 0,
        m.wordsUpTo(doc.size()), countVisible ? visible(doc.text(), 0, doc.text().length()) : 0,
        m.spans(), m.wordsBefore());
  }

  /**
   * The stretch {@code [from, to)} of {@code doc}'s text, which begins and ends at safe cuts (or at the
   * ends of the document), with sentences split in the given layout and numbered from 1.
   */
  ScannedPart between(TokenizedDocument doc, int from, int to, boolean hardWrapped) {
    int tokenFrom = firstTokenFrom(doc, from);
    int tokenTo = firstTokenFrom(doc, to);
    int[] starts = splitter.starts(doc.text().substring(from, to), hardWrapped);
    int[] sentences = number(starts, doc, tokenFrom, tokenTo, from);
    Matches m = new Matches(doc, tokenFrom);
    matcher.find(doc, tokenFrom, tokenTo, sentences, m);
    return new ScannedPart(doc, false, from, to, tokenFrom, tokenTo, sentences,
        sentences.length == 0 ? 0 : sentences[sentences.length - 1], m.wordsUpTo(tokenTo),
        countVisible ? visible(doc.text(), from, to) : 0, m.spans(), m.wordsBefore());
  }

  /**
   * Sentence numbers of tokens {@code [from, to)} of {@code doc} from the sentence starts of the text
   * beginning at character {@code offset}: the rule of the engine's {@code TextProcessor} (a sentence
   * counts when a token is in it; a boundary inside a token does not count), numbered from 1.
   */
  static int[] number(int[] starts, TokenizedDocument doc, int from, int to, int offset) {
    int[] numbers = new int[to - from];
    int next = 1;
    int numbered = 0;
    int previousEnd = 0;
    for (int i = from; i < to; i++) {
      int start = doc.start(i) - offset;
      boolean newSentence = i == from;
      while (next < starts.length && starts[next] <= start) {
        if (starts[next] >= previousEnd) {
          newSentence = true;
        }
        next++;
      }
      if (newSentence) {
        numbered++;
      }
      numbers[i - from] = numbered;
      previousEnd = doc.end(i) - offset;
    }
    return numbers;
  }

  static int firstSafeCut(String text, boolean hardWrapped) {
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (SentenceSplitter.isSafeCut(text, i + 1, hardWrapped)) {
        return i + 1;
      }
    }
    return -1;
  }

  static int lastSafeCut(String text, boolean hardWrapped) {
    for (int i = text.lastIndexOf('\n'); i >= 0; i = text.lastIndexOf('\n', i - 1)) {
      if (SentenceSplitter.isSafeCut(text, i + 1, hardWrapped)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The first token that starts at or after character {@code offset}. */
  static int firstTokenFrom(TokenizedDocument doc, int offset) {
    int lo = 0;
    int hi = doc.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Code points in {@code text[from, to)} that a cleaned context shows (see Contexts.clean). */
  static long visible(String text, int from, int to) {
    long count = 0;
    for (int i = from; i < to; ) {
      int c = text.charAt(i);
      if (c < 0x80) {
        i++;
        if (c > 0x20 && c != 0x7f) {
          count++;
        }
        continue;
      }
      c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Contexts.isSpace(c)) {
        count++;
      }
    }
    return count;
  }

  /** Collects matches, with the word tokens before each, walking the tokens once. */
  private static final class Matches implements QueryMatcher.SpanConsumer {
    private final TokenizedDocument doc;
    private int token;
    private int words;
    private int[] spans = new int[16];
    private int[] before = new int[8];
    private int count;

    Matches(TokenizedDocument doc, int from) {
      this.doc = doc;
      this.token = from;
    }

    @Override
    public boolean accept(int start, int end) {
      wordsUpTo(start);
      if (count == before.length) {
        before = Arrays.copyOf(before, count * 2);
        spans = Arrays.copyOf(spans, count * 4);
      }
      before[count] = words;
      spans[2 * count] = start;
      spans[2 * count + 1] = end;
      count++;
      return true;
    }

    /** Word tokens from the first token up to {@code end} (exclusive); {@code end} only grows. */
    int wordsUpTo(int end) {
      for (; token < end; token++) {
        if (doc.isWord(token)) {
          words++;
        }
      }
      return words;
    }

    int[] spans() {
      return Arrays.copyOf(spans, 2 * count);
    }

    int[] wordsBefore() {
      return Arrays.copyOf(before, count);
    }
  }
}
