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

  /**
   * How far one match may reach, which decides whether a large document may be read in parts (see
   * {@link org.corpustoolkit.spi.AnalysisContext#processSegments}): the analyser reads in parts only
   * when the matches in each part are exactly the whole document's matches inside it.
   */
  enum Reach {
    /** A match is one word: parts cut between tokens match alike. */
    WORD,
    /** A match stays inside a sentence: parts cut at sentence boundaries match alike. */
    SENTENCE,
    /** A match may span sentences: documents are read whole. */
    DOCUMENT
  }

  /** How far a match may reach; the default, {@link Reach#DOCUMENT}, reads documents whole. */
  default Reach reach() {
    return Reach.DOCUMENT;
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
