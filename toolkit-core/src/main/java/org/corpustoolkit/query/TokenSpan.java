package org.corpustoolkit.query;

/**
 * Where a query matched in a document: tokens {@code start} (inclusive) to {@code end} (exclusive),
 * as indexes into {@link org.corpustoolkit.text.TokenizedDocument} (all tokens, not only words).
 *
 * @param start index of the first matched token
 * @param end index just past the last matched token ({@code end > start})
 * @since 0.1 (experimental)
 */
public record TokenSpan(int start, int end) {
  public TokenSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Number of tokens in the span. */
  public int length() {
    return end - start;
  }
}
