package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.text.SentenceSplitter;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * The word tokens of a corpus as word ids in text order, read once, with a {@link #BOUNDARY} wherever
 * windows stop: between documents and, unless windows cross sentences, between sentences. Counting
 * pairs or trigrams over this stream costs a fraction of reading and tokenizing the text again, so
 * {@code --all} and the levels of a network count as many passes as memory needs over it.
 *
 * <p>Memory: 4 bytes per word token, plus 4 per sentence when windows stop at sentences, plus
 * {@code 2 × margin} ints per part of a large file: about 420 MB for 100 million tokens.
 *
 * <p>The stream is read with {@link AnalysisContext#processSegments}, large files in parts over every
 * core. Parts of one document follow each other in the stream; at a cut there is a boundary when
 * windows stop at sentences (the cut is then a sentence boundary of the whole document, which
 * {@link Seams#exact} checks) and none when they cross sentences. If the parts of a document do not
 * give its tokens and sentences, the corpus is read again with whole documents.
 *
 * <p>The ids are kept in chunks, one per document or part, each with {@link #margin()} ids of the
 * neighbouring chunks (or boundaries) on either side, so that a counter reads a window around any
 * position of a chunk's body without bounds checks.
 */
final class WordStream {
  /** Where windows stop. */
  static final int BOUNDARY = -1;

  private final int margin;
  private final List<int[]> chunks;
  private final int[] lengths;
  private final IntCounts frequency;
  private final long ids;

  private WordStream(int margin, List<int[]> chunks, int[] lengths, IntCounts frequency, long ids) {
    this.margin = margin;
    this.chunks = chunks;
    this.lengths = lengths;
    this.frequency = frequency;
    this.ids = ids;
  }

  /** One document or part as read: its ids between two margins, and its edges if it is a part. */
  private record Chunk(int document, int segment, int[] ids, int length,
      SentenceSplitter.PartEdges edges) {}

  /** The chunks and frequencies one thread reads. */
  private static final class Reader {
    final List<Chunk> chunks = new ArrayList<>();
    final IntCounts frequency = new IntCounts();

    Reader merge(Reader other) {
      chunks.addAll(other.chunks);
      frequency.addAll(other.frequency);
      return this;
    }
  }

  /**
   * Reads the corpus of {@code context} into a stream.
   *
   * @param crossSentences true if windows cross sentences (then sentences are not split at all)
   * @param margin ids kept on either side of each chunk: at least the widest window or n-gram reach
   * @param maxBytes memory the stream may take; more is a {@link CorpusException} naming the need
   */
  static WordStream read(AnalysisContext context, boolean crossSentences, int margin,
      long maxBytes) {
    AtomicLong size = new AtomicLong();
    Reader parts = context.processSegments(Reader::new,
        (reader, doc) -> add(reader, doc, crossSentences, margin, size, maxBytes), Reader::merge);
    List<Chunk> chunks = parts.chunks;
    chunks.sort(Comparator.comparingInt(Chunk::document).thenComparingInt(Chunk::segment));
    IntCounts frequency = parts.frequency;
    if (!exact(chunks, !crossSentences)) {
      size.set(0);
      Reader whole = context.processDocuments(Reader::new,
          (reader, doc) -> add(reader, doc, crossSentences, margin, size, maxBytes),
          Reader::merge);
      chunks = whole.chunks;
      chunks.sort(Comparator.comparingInt(Chunk::document));
      frequency = whole.frequency;
    }
    return assemble(chunks, frequency, margin, crossSentences);
  }

  private static void add(Reader reader, TokenizedDocument doc, boolean crossSentences, int margin,
      AtomicLong size, long maxBytes) {
    int[] words = doc.wordIds();
    int n = words.length;
    int[] sentences = crossSentences ? null : doc.wordSentences();
    int breaks = 0;
    for (int i = 1; sentences != null && i < n; i++) {
      if (sentences[i] != sentences[i - 1]) {
        breaks++;
      }
    }
    int length = n + breaks;
    long total = size.addAndGet(4L * (length + 2 * margin) + 16);
    if (total > maxBytes) {
      throw new CorpusException("this corpus needs more than " + (maxBytes >> 20) + " MB for its "
          + "word ids (4 bytes per word token): raise the Java heap (for example JAVA_OPTS=-Xmx"
          + Math.max(2, 3 * total / (1L << 30) + 1) + "g)");
    }
    int[] ids = new int[length + 2 * margin];
    int k = margin;
    for (int i = 0; i < n; i++) {
      if (sentences != null && i > 0 && sentences[i] != sentences[i - 1]) {
        ids[k++] = BOUNDARY;
      }
      ids[k++] = words[i];
      reader.frequency.increment(words[i]);
    }
    Document d = doc.document();
    reader.chunks.add(new Chunk(d.index(), d.segment(), ids, length,
        d.isPartial() ? SentenceSplitter.PartEdges.of(doc.text()) : null));
  }

  /** True if every split document's parts give its tokens (and sentences, if they matter). */
  private static boolean exact(List<Chunk> chunks, boolean sentencesMatter) {
    int i = 0;
    while (i < chunks.size()) {
      int j = i;
      List<SentenceSplitter.PartEdges> edges = new ArrayList<>();
      List<Integer> segments = new ArrayList<>();
      while (j < chunks.size() && chunks.get(j).document() == chunks.get(i).document()) {
        if (chunks.get(j).edges() != null) {
          edges.add(chunks.get(j).edges());
          segments.add(chunks.get(j).segment());
        }
        j++;
      }
      if (!edges.isEmpty() && !Seams.exact(edges, segments, sentencesMatter)) {
        return false;
      }
      i = j;
    }
    return true;
  }

  private static WordStream assemble(List<Chunk> chunks, IntCounts frequency, int margin,
      boolean crossSentences) {
    int count = chunks.size();
    // A boundary before chunk c: at the start, between documents, and at cuts when windows stop at
    // sentences (every cut is then a sentence boundary).
    boolean[] boundaryBefore = new boolean[count + 1];
    for (int c = 0; c <= count; c++) {
      boundaryBefore[c] = c == 0 || c == count || !crossSentences
          || chunks.get(c).document() != chunks.get(c - 1).document();
    }
    List<int[]> arrays = new ArrayList<>(count);
    int[] lengths = new int[count];
    long ids = 0;
    for (int c = 0; c < count; c++) {
      arrays.add(chunks.get(c).ids());
      lengths[c] = chunks.get(c).length();
      ids += lengths[c];
    }
    for (int c = 0; c < count; c++) {
      int[] a = arrays.get(c);
      // left margin, filled from the right end backwards
      int pos = margin - 1;
      for (int j = c; pos >= 0; ) {
        if (boundaryBefore[j]) {
          while (pos >= 0) {
            a[pos--] = BOUNDARY;
          }
          break;
        }
        j--;
        int[] before = arrays.get(j);
        for (int i = margin + lengths[j] - 1; i >= margin && pos >= 0; i--) {
          a[pos--] = before[i];
        }
      }
      // right margin
      pos = margin + lengths[c];
      int end = a.length;
      for (int j = c; pos < end; ) {
        if (boundaryBefore[j + 1]) {
          while (pos < end) {
            a[pos++] = BOUNDARY;
          }
          break;
        }
        j++;
        int[] after = arrays.get(j);
        for (int i = margin; i < margin + lengths[j] && pos < end; i++) {
          a[pos++] = after[i];
        }
      }
    }
    return new WordStream(margin, arrays, lengths, frequency, ids);
  }

  /** Ids kept on either side of each chunk. */
  int margin() {
    return margin;
  }

  /** Number of chunks. */
  int chunks() {
    return chunks.size();
  }

  /**
   * Chunk {@code c}: its body is {@code [margin, margin + length(c))}, with {@code margin} ids of the
   * stream (or boundaries) on either side.
   */
  int[] chunk(int c) {
    return chunks.get(c);
  }

  /** Length of chunk {@code c}'s body. */
  int length(int c) {
    return lengths[c];
  }

  /** Corpus frequency of every word. */
  IntCounts frequency() {
    return frequency;
  }

  /** Bytes the stream takes. */
  long bytes() {
    return 4 * (ids + (long) chunks.size() * 2 * margin) + 16L * chunks.size();
  }
}
