package org.corpustoolkit.plugins.kwic;

import java.util.BitSet;

/**
 * One bar of a concordance plot: where the hits fall in a document, as in AntConc's Plot tool.
 *
 * @param doc document id
 * @param wordTokens word tokens in the document
 * @param hits hits in the document
 * @param positions the relative positions of the hits, as the set of {@link #BINS} equal slices of
 *     the document (by word tokens) that contain at least one hit
 */
public record DocumentPlot(String doc, int wordTokens, long hits, BitSet positions) {
  /** Resolution of the plot: slices per document. */
  public static final int BINS = 1000;

  /** Hits per 1,000 word tokens of the document. */
  public double perThousandWords() {
    return wordTokens == 0 ? 0 : hits * 1000.0 / wordTokens;
  }

  /** A text bar of {@code width} characters: {@code |} where a hit falls, {@code -} elsewhere. */
  public String bar(int width) {
    char[] bar = new char[width];
    java.util.Arrays.fill(bar, '-');
    for (int b = positions.nextSetBit(0); b >= 0; b = positions.nextSetBit(b + 1)) {
      bar[(int) ((long) b * width / BINS)] = '|';
    }
    return new String(bar);
  }
}
