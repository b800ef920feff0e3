package org.corpustoolkit.plugins.keyness;

import java.util.Map;

/**
 * Word frequencies of a reference corpus: counting form to frequency, and the corpus size d in word
 * tokens that the frequencies are relative to.
 *
 * @param frequencies counting form to frequency (each at least 1)
 * @param size d, the reference size in word tokens (at least the sum of listed frequencies)
 * @param description what the reference is, for provenance ({@code ref/ (corpus, 3 documents)})
 * @param sizeNote how the size was obtained, stated in the output notes
 */
public record ReferenceFrequencies(Map<String, Long> frequencies, long size, String description,
    String sizeNote) {
  public ReferenceFrequencies {
    frequencies = Map.copyOf(frequencies);
  }

  /** Frequency of {@code word} in the reference (0 if absent). */
  public long frequency(String word) {
    return frequencies.getOrDefault(word, 0L);
  }
}
