package org.corpustoolkit.plugins.kwic;

import org.corpustoolkit.text.TokenizedDocument;

/**
 * What a worker found in one part of a document (or a whole document): the part, the stretch of it
 * between its first and last safe cut (see {@link PartScanner}), and the matches there. The text
 * outside the cuts is searched later, joined with the neighbouring parts, by {@link HitFinder}.
 *
 * @param doc the part as tokenized by the engine
 * @param whole true for a whole document: its own sentence numbers hold, and the cuts are its ends
 * @param cutFrom offset in the part's text of the first safe cut (0 for a whole document), or -1 if
 *     the part has none
 * @param cutTo offset of the last safe cut (the text's length for a whole document)
 * @param tokenFrom first token at or after {@code cutFrom}
 * @param tokenTo first token at or after {@code cutTo}
 * @param sentences sentence numbers of tokens {@code tokenFrom..tokenTo-1}, from 1, or null for a
 *     whole document
 * @param sentenceCount sentences holding a token between the cuts
 * @param words word tokens between the cuts
 * @param visible code points between the cuts that a context shows as themselves (not white space or
 *     control characters), counted only for {@code --chars}
 * @param spans matches between the cuts: start and end token, pairs in document order
 * @param wordsBefore per match, the word tokens between {@code cutFrom} and its start
 */
record ScannedPart(TokenizedDocument doc, boolean whole, int cutFrom, int cutTo, int tokenFrom,
    int tokenTo, int[] sentences, int sentenceCount, int words, long visible, int[] spans,
    int[] wordsBefore) {

  /** True if the part has a stretch between safe cuts (a whole document always has). */
  boolean hasCuts() {
    return cutFrom >= 0;
  }

  /** Number of matches. */
  int matches() {
    return wordsBefore.length;
  }
}
