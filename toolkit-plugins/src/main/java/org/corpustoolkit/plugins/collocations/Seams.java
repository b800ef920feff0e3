package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.text.SentenceSplitter;

/**
 * The edges of the parts of split documents, kept during a pass that reads large files in parts
 * ({@link org.corpustoolkit.spi.AnalysisContext#processSegments}) so that windows crossing a cut are
 * counted exactly as in the whole document.
 *
 * <p>A counter counts each part on its own, except the positions within the window span of a cut
 * (the first {@code right} word positions of every part but the first, the last {@code left} of
 * every part): those may be in the window of a node occurrence in the neighbouring part. For them it
 * {@linkplain #add keeps} the word ids, sentence numbers and node occurrence ends of the part's first
 * and last {@code left + right} positions, a few hundred bytes per part. After the pass,
 * {@link #close} puts the kept edges of each document together in text order (a wall between the two
 * edges of one part) and hands them to the counter, which marks the windows as it does in a part and
 * counts only the positions it left out: every position is counted once, with all the occurrences
 * that can reach it in view.
 *
 * <p>Sentence numbers restart in each part; on the seams each part's are shifted past the previous
 * part's, so a sentence never continues across a cut. That is exact because {@link #close} first
 * checks, with {@link SentenceSplitter.PartEdges#sameSentencesAsWhole}, that every cut is a sentence
 * boundary of the whole document and that the parts' sentences are the whole document's; with
 * windows crossing sentences only the tokens must be the same (every part but the last ends with a
 * line feed). If that fails for any document, {@link #close} returns false and the caller counts
 * again with whole documents.
 *
 * <p>Not thread-safe: one per counter (per thread), {@linkplain #addAll merged} after the pass.
 */
final class Seams {
  /** Sentence number of the wall between the two edges of one part: windows stop there. */
  private static final int WALL = Integer.MIN_VALUE;

  /** What is kept of one part. */
  private record Part(int document, int segment, SentenceSplitter.PartEdges edges, int words,
      int lastSentence, int[] ids, int[] sentences, byte[] ends, boolean[] counted) {}

  private final List<Part> parts = new ArrayList<>();

  /** Receives the edges of one document, in text order, to count the positions left out. */
  @FunctionalInterface
  interface Counter {
    /**
     * @param ids the word (or item) ids of the kept positions; −1 on walls
     * @param sentences sentence numbers, distinct per part (all 0 when windows cross sentences), and
     *     {@code Integer.MIN_VALUE} on walls
     * @param ends per position, the counter's own marks (node occurrence ends), kept as given
     * @param counted true at the positions the counter left out in its part, to be counted now
     */
    void count(int[] ids, int[] sentences, byte[] ends, boolean[] counted);
  }

  /**
   * Keeps the edges of one part: positions {@code [0, reach)} (unless it is the first part) and
   * {@code [n − reach, n)}, where {@code reach} is {@code left + right}, with {@code ends} (may be
   * null) and {@code sentences} (null when windows cross sentences); the counter counted the
   * positions {@code [from, to)} itself.
   */
  void add(Document part, String text, int[] ids, int[] sentences, byte[] ends, int reach,
      int from, int to) {
    int n = ids.length;
    int head = part.segment() > 0 ? Math.min(n, reach) : 0;
    int tail = Math.max(0, n - reach);
    int[] positions;
    if (head >= tail) {
      positions = new int[n];
      for (int p = 0; p < n; p++) {
        positions[p] = p;
      }
    } else {
      positions = new int[head + 1 + (n - tail)];
      int k = 0;
      for (int p = 0; p < head; p++) {
        positions[k++] = p;
      }
      positions[k++] = -1; // the wall
      for (int p = tail; p < n; p++) {
        positions[k++] = p;
      }
    }
    int size = positions.length;
    int[] keptIds = new int[size];
    int[] keptSentences = new int[size];
    byte[] keptEnds = new byte[size];
    boolean[] counted = new boolean[size];
    for (int k = 0; k < size; k++) {
      int p = positions[k];
      if (p < 0) {
        keptIds[k] = -1;
        keptSentences[k] = WALL;
        continue;
      }
      keptIds[k] = ids[p];
      keptSentences[k] = sentences == null ? 0 : sentences[p];
      keptEnds[k] = ends == null ? 0 : ends[p];
      counted[k] = p < from || p >= to;
    }
    parts.add(new Part(part.index(), part.segment(), SentenceSplitter.PartEdges.of(text), n,
        n == 0 || sentences == null ? 0 : sentences[n - 1], keptIds, keptSentences, keptEnds, counted));
  }

  /** Adds the parts kept by {@code other}; returns this. */
  Seams addAll(Seams other) {
    parts.addAll(other.parts);
    return this;
  }

  /**
   * Checks every split document and hands its seams to {@code counter}, document by document.
   * Returns false without counting anything if some document's parts do not give its tokens or, if
   * {@code sentencesMatter}, its sentences.
   *
   * @param sentencesMatter whether windows, node matches or annotations depend on sentences
   * @param windowsStopAtSentences false when windows cross sentences (sentence numbers all 0 then)
   */
  boolean close(boolean sentencesMatter, boolean windowsStopAtSentences, Counter counter) {
    Map<Integer, List<Part>> byDocument = new TreeMap<>();
    for (Part p : parts) {
      byDocument.computeIfAbsent(p.document(), d -> new ArrayList<>()).add(p);
    }
    for (List<Part> document : byDocument.values()) {
      document.sort(Comparator.comparingInt(Part::segment));
      if (!exact(document, sentencesMatter)) {
        return false;
      }
    }
    for (List<Part> document : byDocument.values()) {
      countDocument(document, windowsStopAtSentences, counter);
    }
    parts.clear();
    return true;
  }

  private static boolean exact(List<Part> document, boolean sentencesMatter) {
    return exact(document.stream().map(Part::edges).toList(),
        document.stream().map(Part::segment).toList(), sentencesMatter);
  }

  /**
   * True if the parts of one document, with {@code edges} and numbers {@code segments} in order,
   * are all there (numbered from 0) and give the document's tokens (every part but the last ends
   * with a line feed) and, if {@code sentencesMatter}, its sentences
   * ({@link SentenceSplitter.PartEdges#sameSentencesAsWhole}).
   */
  static boolean exact(List<SentenceSplitter.PartEdges> edges, List<Integer> segments,
      boolean sentencesMatter) {
    for (int i = 0; i < edges.size(); i++) {
      if (segments.get(i) != i || (i + 1 < edges.size() && !edges.get(i).endsWithLineFeed())) {
        return false;
      }
    }
    return !sentencesMatter || SentenceSplitter.PartEdges.sameSentencesAsWhole(edges);
  }

  private static void countDocument(List<Part> document, boolean windowsStopAtSentences,
      Counter counter) {
    int size = 0;
    for (Part p : document) {
      size += p.ids().length;
    }
    int[] ids = new int[size];
    int[] sentences = new int[size];
    byte[] ends = new byte[size];
    boolean[] counted = new boolean[size];
    int k = 0;
    int offset = 0;
    for (Part p : document) {
      int length = p.ids().length;
      System.arraycopy(p.ids(), 0, ids, k, length);
      System.arraycopy(p.ends(), 0, ends, k, length);
      System.arraycopy(p.counted(), 0, counted, k, length);
      for (int i = 0; i < length; i++) {
        int s = p.sentences()[i];
        sentences[k + i] = s == WALL ? WALL : windowsStopAtSentences ? offset + s : 0;
      }
      offset += p.lastSentence();
      k += length;
    }
    counter.count(ids, sentences, ends, counted);
  }

  /** Number of parts kept (for tests). */
  int size() {
    return parts.size();
  }

  @Override
  public String toString() {
    return "seams of " + parts.size() + " parts: " + Arrays.toString(
        parts.stream().mapToInt(Part::words).toArray());
  }
}
