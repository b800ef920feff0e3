package org.corpustoolkit.examples.sentencelengths;

import java.util.Arrays;

/** Per-thread state: how many sentences have each length, in a growable primitive array. */
final class LengthCounts {
  private long[] counts = new long[64];

  void add(int length) {
    if (length >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(length + 1, counts.length * 2));
    }
    counts[length]++;
  }

  /** Adds {@code other} into this state: addition, so the order of merging does not matter. */
  LengthCounts merge(LengthCounts other) {
    for (int length = 0; length < other.counts.length; length++) {
      if (other.counts[length] > 0) {
        ensure(length);
        counts[length] += other.counts[length];
      }
    }
    return this;
  }

  private void ensure(int length) {
    if (length >= counts.length) {
      counts = Arrays.copyOf(counts, length + 1);
    }
  }

  /** The counts indexed by length, trimmed after the longest length seen. */
  long[] toArray() {
    int last = counts.length - 1;
    while (last > 0 && counts[last] == 0) {
      last--;
    }
    return Arrays.copyOf(counts, last + 1);
  }
}
