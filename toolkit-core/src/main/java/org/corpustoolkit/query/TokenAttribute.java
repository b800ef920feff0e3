package org.corpustoolkit.query;

import java.util.List;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * A property of a token that a query can test, such as {@code word} in {@code [word="ti.*"]}.
 *
 * <p>The built-in attributes are in {@link TokenAttributes}: {@link TokenAttributes#standard()} for
 * what every tokenized document has, {@link TokenAttributes#annotated()} adding {@code lemma} and
 * {@code pos}. Plugins add more by implementing this interface and passing
 * {@code TokenAttributes.annotated().with(attribute)} to {@link Query#parse(String, boolean,
 * TokenAttributes)}.
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @since 0.1 (experimental)
 */
public interface TokenAttribute {

  /** The name used in queries: lower case letters, digits and underscores ({@code word}). */
  String name();

  /** One line for help texts. */
  String description();

  /** The value of this attribute for token {@code token} of {@code doc}. */
  String value(TokenizedDocument doc, int token);

  /**
   * A small non-negative number such that two tokens of documents of the same run with the same key
   * have the same value (the counting-form id for {@code word}, the kind ordinal for {@code kind}),
   * or -1 if there is none. Lets a matcher test each distinct value once instead of once per token.
   */
  default int valueKey(TokenizedDocument doc, int token) {
    return -1;
  }

  /**
   * True if values are counting forms: patterns are then NFC-normalised, apostrophe-folded and matched
   * without regard to case unless the run is case-sensitive ({@code --case-sensitive}). False if
   * values are matched as they are (case-sensitive unless the {@code %c} flag is given).
   */
  default boolean isCountingForm() {
    return false;
  }

  /**
   * True if {@link #value} reads {@link TokenizedDocument#annotations()} (as {@code lemma} and
   * {@code pos} do): an analyser running a query that uses such an attribute calls
   * {@link org.corpustoolkit.spi.AnalysisContext#requireAnnotations()} first (see
   * {@link Query#needsAnnotations()}), and a query that does not use one costs no tagging.
   */
  default boolean needsAnnotations() {
    return false;
  }

  /**
   * True if this attribute reads lemmas ({@code lemma} does; {@code pos} reads tags only): a query that
   * uses annotations but no lemma lets the analyser call
   * {@link org.corpustoolkit.spi.AnalysisContext#requireTags()}, which spares the lemmatiser. The
   * default, {@link #needsAnnotations()}, is the safe answer for attributes that do not say.
   *
   * @since 0.5
   */
  default boolean needsLemmas() {
    return needsAnnotations();
  }

  /**
   * Every value this attribute can have, if it is a closed set ({@code pos}: the UPOS tags;
   * {@code kind}: the token kinds), or an empty list if any string is possible. The parser rejects a
   * pattern that matches none of them (a typo such as {@code [pos="NUON"]}) with an error listing
   * them.
   */
  default List<String> values() {
    return List.of();
  }
}
