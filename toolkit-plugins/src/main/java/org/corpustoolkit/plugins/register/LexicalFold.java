package org.corpustoolkit.plugins.register;

import java.util.Arrays;
import org.corpustoolkit.stats.LexicalDiversity;
import org.corpustoolkit.stats.TypeFrequencies;

/**
 * The lexical-diversity state of one text (a document, or the corpus as one text), folded from its word
 * ids in text order, part after part, without keeping them: the frequency spectrum (types, V(i), for
 * TTR, HD-D, Yule's K, Guiraud, Herdan, Maas), MSTTR (Johnson 1944), MATTR (Covington &amp; McFall 2010)
 * and the forward pass of MTLD ({@link MtldPass}). Each is computed with the integer counts and the
 * final division of the array implementations in {@link LexicalDiversity}, so the values are bitwise
 * theirs; the backward pass of MTLD needs the ids in reverse and is folded separately.
 *
 * <p>Memory: a few ints per word id (arrays indexed by id, grown with the vocabulary and reused from
 * text to text) and a ring of {@code window} ids; nothing per token. {@link #finish} resets in time
 * proportional to the text's types and the window, not to its tokens. Confined to one thread.
 */
final class LexicalFold {
  /** What a text's fold gives: everything but the backward pass of MTLD. */
  record Values(long tokens, TypeFrequencies frequencies, double msttr, double mattr,
      double mtldForward) {}

  private final int segment;
  private final int window;
  /** True to list the ids met (a document among many); false to scan the counts (the corpus). */
  private final boolean listTypes;

  private long tokens;
  private int[] counts = new int[0];
  private int[] types = new int[64];
  private int typeCount;

  /** MSTTR: the segment in which each id was last seen, the position in the current segment. */
  private int[] seenInSegment = new int[0];
  private int segmentNumber;
  private int segmentTokens;
  private int segmentTypes;
  private long segmentTypeSum;
  private long segments;

  /** MATTR: occurrences of each id in the current window, the window's ids as a ring. */
  private int[] inWindow = new int[0];
  private final int[] ring;
  /** The ring slot of the next token: tokens mod window. */
  private int slot;
  private int windowTypes;
  private long windowTypeSum;

  private final MtldPass forward = new MtldPass();

  /**
   * @param segment MSTTR segment size, at least 1
   * @param window MATTR window size, at least 1
   * @param listTypes true for texts with few types among a large vocabulary (documents)
   */
  LexicalFold(int segment, int window, boolean listTypes) {
    this.segment = segment;
    this.window = window;
    this.listTypes = listTypes;
    this.ring = new int[window];
  }

  /** Makes room for word ids below {@code bound}. */
  void ensure(int bound) {
    if (bound > counts.length) {
      int old = counts.length;
      int size = Math.max(bound, old + (old >> 1));
      counts = Arrays.copyOf(counts, size);
      inWindow = Arrays.copyOf(inWindow, size);
      seenInSegment = Arrays.copyOf(seenInSegment, size);
      Arrays.fill(seenInSegment, old, size, -1);
    }
    forward.ensure(bound);
  }

  /** Folds the next word ids of the text, in text order (ids below the bound of {@link #ensure}). */
  void add(int[] ids) {
    int[] counts = this.counts;
    int[] seenInSegment = this.seenInSegment;
    int[] inWindow = this.inWindow;
    int[] ring = this.ring;
    int slot = this.slot;
    for (int id : ids) {
      // frequency spectrum
      if (counts[id]++ == 0 && listTypes) {
        if (typeCount == types.length) {
          types = Arrays.copyOf(types, typeCount * 2);
        }
        types[typeCount++] = id;
      }
      // MSTTR: complete segments only
      if (seenInSegment[id] != segmentNumber) {
        seenInSegment[id] = segmentNumber;
        segmentTypes++;
      }
      if (++segmentTokens == segment) {
        segmentTypeSum += segmentTypes;
        segments++;
        segmentTokens = 0;
        segmentTypes = 0;
        nextSegment();
        seenInSegment = this.seenInSegment;
      }
      // MATTR: the window ending at this token
      if (tokens >= window && --inWindow[ring[slot]] == 0) {
        windowTypes--;
      }
      ring[slot] = id;
      if (++slot == window) {
        slot = 0;
      }
      if (inWindow[id]++ == 0) {
        windowTypes++;
      }
      tokens++;
      if (tokens >= window) {
        windowTypeSum += windowTypes;
      }
      forward.add(id);
    }
    this.slot = slot;
  }

  /** Tokens folded since the last {@link #finish}. */
  long tokens() {
    return tokens;
  }

  /** The values of the text folded since the last call, and a fresh start for the next text. */
  Values finish() {
    int[] frequencies;
    if (listTypes) {
      frequencies = new int[typeCount];
      for (int k = 0; k < typeCount; k++) {
        frequencies[k] = counts[types[k]];
        counts[types[k]] = 0;
      }
      typeCount = 0;
    } else {
      int v = 0;
      for (int c : counts) {
        v += c > 0 ? 1 : 0;
      }
      frequencies = new int[v];
      v = 0;
      for (int id = 0; id < counts.length; id++) {
        if (counts[id] > 0) {
          frequencies[v++] = counts[id];
          counts[id] = 0;
        }
      }
    }
    double msttr = segments == 0 ? Double.NaN : (double) segmentTypeSum / (segments * segment);
    double mattr = tokens < window ? Double.NaN
        : (double) windowTypeSum / ((tokens - window + 1) * window);
    Values values = new Values(tokens, TypeFrequencies.fromCounts(frequencies), msttr, mattr,
        forward.finish());
    for (long k = Math.max(0, tokens - window); k < tokens; k++) {
      inWindow[ring[(int) (k % window)]]--;
    }
    tokens = 0;
    slot = 0;
    windowTypes = 0;
    windowTypeSum = 0;
    segmentTokens = 0;
    segmentTypes = 0;
    segmentTypeSum = 0;
    segments = 0;
    nextSegment();
    return values;
  }

  private void nextSegment() {
    if (segmentNumber == Integer.MAX_VALUE) {
      Arrays.fill(seenInSegment, -1);
      segmentNumber = 0;
    } else {
      segmentNumber++;
    }
  }
}
