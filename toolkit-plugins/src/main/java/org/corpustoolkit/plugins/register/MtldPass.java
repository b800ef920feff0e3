package org.corpustoolkit.plugins.register;

import java.util.Arrays;
import org.corpustoolkit.stats.LexicalDiversity;

/**
 * One pass of MTLD (McCarthy &amp; Jarvis 2010, as {@link LexicalDiversity#mtld(int[], double)} defines
 * it: a factor ends as soon as the running TTR of the current stretch falls to the threshold 0.72 or
 * below, the final stretch is the partial factor {@code (1 − TTR)/(1 − 0.72)}, the pass gives
 * {@code N / factors}, or N when there is no factor at all), fed one word id at a time: in text order for
 * the forward pass, in reverse for the backward one. Same arithmetic in the same order as the array
 * implementation, so the value is bitwise the same.
 *
 * <p>Memory: one int per word id (the factor in which the id was last seen), reused from text to text;
 * nothing per token. Confined to one thread.
 */
final class MtldPass {
  private int[] seenInFactor = new int[0];
  /** The number of the current factor, unique over the texts this pass has folded. */
  private int factor;
  private long tokens;
  private long factors;
  private int stretchTokens;
  private int stretchTypes;

  /** Makes room for word ids below {@code bound}. */
  void ensure(int bound) {
    if (bound > seenInFactor.length) {
      int old = seenInFactor.length;
      seenInFactor = Arrays.copyOf(seenInFactor, Math.max(bound, old + (old >> 1)));
      Arrays.fill(seenInFactor, old, seenInFactor.length, -1);
    }
  }

  /** Folds the next word id of the text (ids below the bound of {@link #ensure}). */
  void add(int id) {
    tokens++;
    stretchTokens++;
    if (seenInFactor[id] != factor) {
      seenInFactor[id] = factor;
      stretchTypes++;
    }
    if ((double) stretchTypes / stretchTokens <= LexicalDiversity.MTLD_THRESHOLD) {
      factors++;
      nextFactor();
      stretchTokens = 0;
      stretchTypes = 0;
    }
  }

  /** The pass's value for the text folded since the last call (NaN for none), and a fresh start. */
  double finish() {
    double value;
    if (tokens == 0) {
      value = Double.NaN;
    } else {
      double f = factors;
      if (stretchTokens > 0) {
        f += (1 - (double) stretchTypes / stretchTokens) / (1 - LexicalDiversity.MTLD_THRESHOLD);
      }
      value = f == 0 ? tokens : tokens / f;
    }
    tokens = 0;
    factors = 0;
    stretchTokens = 0;
    stretchTypes = 0;
    nextFactor();
    return value;
  }

  private void nextFactor() {
    if (factor == Integer.MAX_VALUE) {
      Arrays.fill(seenInFactor, -1);
      factor = 0;
    } else {
      factor++;
    }
  }
}
