package org.corpustoolkit.text;

/**
 * A friendly view of one token, for plugin authors and display. Hot paths do not create these: they read
 * the primitive arrays of {@link TokenizedDocument} instead.
 *
 * @param position 1-based position of the token in its document
 * @param sentence 1-based number of the sentence the token belongs to
 * @param start offset of the first character in the document's text (UTF-16 code units, 0-based)
 * @param end offset just past the last character (exclusive)
 * @param surface the text as written
 * @param form the counting form (see {@link CountingForm})
 * @param kind what the token is
 * @since 0.1 (stable)
 */
public record Token(int position, int sentence, int start, int end, String surface, String form,
    TokenKind kind) {

  /** True if this token counts as a word. */
  public boolean isWord() {
    return kind.isWord();
  }
}
