package org.corpustoolkit.spi;

import org.corpustoolkit.text.TokenKind;

/**
 * A step applied to every word token's counting form after ctk's own normalisation (NFC, case folding,
 * apostrophes): a stemmer, a spelling normaliser, a custom stop list. The user chooses filters per run
 * with {@code --filter NAME} (repeatable, applied in the order given), so installing a plugin never
 * silently changes the counts of every analysis.
 *
 * <p>A filter returns the new counting form, or {@code null} to leave the token out of the word
 * counts: it then keeps its place, offsets and kind in the token stream ({@code ctk tokens} still shows
 * it), but {@link org.corpustoolkit.text.TokenizedDocument#isWord(int)} is false for it and it is not
 * in {@link org.corpustoolkit.text.TokenizedDocument#wordIds()}. Punctuation and symbols are not passed
 * to filters.
 *
 * <p>Built-in filters: {@code no-numbers} (leaves numbers out) and {@code fold-diacritics}
 * ({@code café} and {@code cafe} count as one word). Bind one with {@link Extensions#tokenFilter}.
 * Implementations must be thread-safe and fast: they run once per token on every worker thread.
 *
 * <pre>{@code
 * final class ShortWordFilter implements TokenFilter {
 *   public String name() { return "no-short-words"; }
 *   public String description() { return "Leaves out words of one or two letters"; }
 *   public String apply(String form, TokenKind kind) {
 *     return form.codePointCount(0, form.length()) <= 2 ? null : form;
 *   }
 * }
 * }</pre>
 *
 * @since 0.2 (experimental)
 */
public interface TokenFilter {

  /** The {@code --filter} name: lower case with hyphens. */
  String name();

  /** One line for {@code --help} and {@code ctk plugins}. */
  String description();

  /**
   * The filtered counting form of a word token of {@code kind}, or {@code null} to leave the token out
   * of the word counts.
   */
  String apply(String form, TokenKind kind);
}
