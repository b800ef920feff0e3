package org.corpustoolkit.spi;

import org.corpustoolkit.text.TokenizedDocument;

/**
 * Accumulates what an analyser needs from one tokenized document into a per-thread state object.
 *
 * @param <S> the state, for example a frequency table of int counts
 * @since 0.1 (stable)
 */
@FunctionalInterface
public interface DocumentConsumer<S> {
  /** Adds {@code document} to {@code state}. Called by one thread at a time for a given state. */
  void accept(S state, TokenizedDocument document);
}
