package org.corpustoolkit.plugins.register;

import org.corpustoolkit.text.TokenizedDocument;

/**
 * Gives a Universal Dependencies part-of-speech tag for every token of a document: the one thing
 * {@code ctk register} needs from an annotator. A real annotator (a tagger such as OpenNLP with UD tags)
 * is bound into the set of tag sources with Guice:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), TagSource.class).addBinding().to(MyTagger.class);
 * }</pre>
 *
 * <p>When none is bound, {@link HeuristicTagSource} (word lists and suffixes, clearly marked in the
 * output as a fallback) is used. Implementations must be thread-safe.
 */
public interface TagSource {

  /** A short name shown in the output, for example {@code opennlp-ud} or {@code heuristic}. */
  String name();

  /** True if this source can tag text in the ISO 639-1 {@code language}. */
  boolean supports(String language);

  /**
   * The tags of {@code document}, one per token ({@link TokenizedDocument#size()} entries, in token
   * order, punctuation included).
   */
  Upos[] tags(TokenizedDocument document);
}
