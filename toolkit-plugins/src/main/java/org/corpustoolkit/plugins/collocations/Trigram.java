package org.corpustoolkit.plugins.collocations;

import java.util.Comparator;

/**
 * A contiguous trigram with its frequency and the measures that generalise to three words.
 *
 * <p>E = f1·f2·f3/N² (the expected frequency if the three words were independent);
 * MI = log2(O/E) = log2(O·N²/(f1·f2·f3)), the pointwise form of total correlation (S. Watanabe,
 * "Information theoretical analysis of multivariate correlation", IBM J. Res. Dev. 4(1), 1960; T. Van
 * de Cruys, "Two multivariate generalizations of pointwise mutual information", DiSCo 2011; NLTK's
 * {@code TrigramAssocMeasures.pmi}); t = (O − E)/√O (Church et al. 1991; NLTK's
 * {@code TrigramAssocMeasures.student_t}).
 *
 * @param words the three counting forms
 * @param observed O: occurrences of the trigram
 * @param frequencies f1, f2, f3: corpus frequencies of the three words
 * @param corpusSize N: word tokens in the corpus
 */
public record Trigram(String[] words, long observed, long[] frequencies, long corpusSize) {

  /** The words joined by one space. */
  public String text() {
    return String.join(" ", words);
  }

  /** E = f1·f2·f3/N². */
  public double expected() {
    double n = corpusSize;
    return (double) frequencies[0] * frequencies[1] / n * frequencies[2] / n;
  }

  /** MI = log2(O·N²/(f1·f2·f3)). */
  public double mutualInformation() {
    return Math.log(observed / expected()) / Math.log(2);
  }

  /** t = (O − E)/√O. */
  public double tScore() {
    return (observed - expected()) / Math.sqrt(observed);
  }

  double sortKey(String measure) {
    return switch (measure) {
      case "mi" -> mutualInformation();
      case "t_score" -> tScore();
      default -> observed;
    };
  }

  /** Best first by {@code measure}, then observed, then text. */
  static Comparator<Trigram> order(String measure) {
    return Comparator.<Trigram>comparingDouble(t -> -t.sortKey(measure))
        .thenComparing(Comparator.comparingLong(Trigram::observed).reversed())
        .thenComparing(Trigram::text);
  }
}
