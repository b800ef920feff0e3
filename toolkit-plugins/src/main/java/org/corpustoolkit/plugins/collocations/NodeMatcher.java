package org.corpustoolkit.plugins.collocations;

import org.corpustoolkit.text.TokenizedDocument;

/**
 * Finds the occurrences of a collocation node in a document, as spans of word tokens. The analyser
 * builds the windows around each span: {@code --left} word tokens before its first word and
 * {@code --right} after its last, the span itself excluded.
 *
 * <p>This is the hook for the KWIC query language: {@link QueryNodeMatcher} reports each match of a
 * query, converted from token indexes to word indexes (as {@link #wordIndexes} does). The other
 * built-in implementation is {@link WordNodeMatcher} (one word, matched on its counting form).
 *
 * <p>Documents are matched on several threads. The analyser asks {@link #perThread()} once per
 * thread and uses what it returns on that thread only; a matcher that keeps per-document state (as
 * a query matcher does) returns a fresh copy there, a stateless one returns itself. {@code matches}
 * on the shared instance must still be safe. Spans of a document are reported in increasing order of
 * their first word, spans not overlapping.
 */
public interface NodeMatcher {

  /** Receives one match: word indexes (into {@link TokenizedDocument#wordIds()}) of its first and last word. */
  @FunctionalInterface
  interface MatchSink {
    void match(int firstWord, int lastWord);
  }

  /** Reports every occurrence of the node in {@code doc} to {@code sink}. */
  void matches(TokenizedDocument doc, MatchSink sink);

  /** A label for the node in output (the word, or the query as given). */
  String label();

  /**
   * A matcher for the exclusive use of one thread (the analyser calls it in each thread's state
   * supplier). The default returns this matcher, for stateless implementations.
   */
  default NodeMatcher perThread() {
    return this;
  }

  /**
   * For each token of {@code doc}, its index among the word tokens, or −1 for a token that is not a
   * word (punctuation, symbols): turns token-based query matches into word spans.
   */
  static int[] wordIndexes(TokenizedDocument doc) {
    int[] index = new int[doc.size()];
    int w = 0;
    for (int i = 0; i < index.length; i++) {
      index[i] = doc.isWord(i) ? w++ : -1;
    }
    return index;
  }
}
