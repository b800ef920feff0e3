package org.corpustoolkit.plugins.kwic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the hits a collected concordance needs, as {@link HitFinder} finds them: every hit
 * ({@code --sort}), a random sample ({@code --sample}), or none ({@code --plot}, which needs only the
 * counts). Only the kept hits' lines are made.
 *
 * <p>Sampling is bottom-k ("reservoir sampling with random keys"): every hit gets a key from a
 * SplitMix64 hash of (seed, document index, token position in the document), and the sample is the
 * {@code k} hits with the smallest keys. Keys behave as independent uniform numbers, so every set of
 * {@code k} hits is equally likely; and since a hit's key depends on nothing but where the hit is, the
 * sample is the same for the same seed whatever {@code --threads} and however a file is read.
 */
final class HitCollector implements HitFinder.Sink {
  /** What to keep of each hit. */
  enum Mode { ALL, SAMPLE, NONE }

  private static final Comparator<Hit> BY_KEY = Comparator.comparingLong(Hit::randomKey)
      .thenComparing(Hit.CORPUS_ORDER);

  private final Mode mode;
  private final int sample;
  private final int seed;
  private final Contexts contexts;
  private final List<Hit> hits = new ArrayList<>();
  private final PriorityQueue<Hit> reservoir = new PriorityQueue<>(BY_KEY.reversed());
  /** The smallest keys seen so far (a max-heap of at most {@code sample}). */
  private final PriorityQueue<Long> smallestKeys =
      new PriorityQueue<>(Comparator.<Long>reverseOrder());

  HitCollector(Mode mode, KwicOptions options) {
    this.mode = mode;
    this.sample = options.sample();
    this.seed = options.seed();
    this.contexts = new Contexts(options);
  }

  @Override
  public boolean wants(int docIndex, int start) {
    switch (mode) {
      case ALL:
        return true;
      case NONE:
        return false;
      default:
        long k = randomKey(seed, docIndex, start);
        if (smallestKeys.size() < sample) {
          smallestKeys.add(k);
          return true;
        }
        if (k < smallestKeys.peek()) {
          smallestKeys.poll();
          smallestKeys.add(k);
          return true;
        }
        return false; // k hits with smaller keys came before it: never in the sample
    }
  }

  @Override
  public void hit(TextWindow window, int start, int end, long word) {
    if (mode == Mode.ALL) {
      hits.add(contexts.hit(window, start, end, 0));
      return;
    }
    long key = randomKey(seed, window.documentIndex(), start);
    reservoir.add(contexts.hit(window, start, end, key));
    if (reservoir.size() > sample) {
      reservoir.poll();
    }
  }

  /** The kept hits in corpus order. */
  List<Hit> hits() {
    List<Hit> kept = new ArrayList<>(mode == Mode.SAMPLE ? reservoir : hits);
    kept.sort(Hit.CORPUS_ORDER);
    return kept;
  }

  /** The sampling key of a hit: SplitMix64 (Steele, Lea and Flood 2014) over seed, document, token. */
  static long randomKey(int seed, int docIndex, int startToken) {
    long z = mix(seed ^ 0x9E3779B97F4A7C15L);
    z = mix(z ^ (docIndex * 0xC2B2AE3D27D4EB4FL));
    return mix(z ^ (startToken * 0x165667B19E3779F9L));
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
