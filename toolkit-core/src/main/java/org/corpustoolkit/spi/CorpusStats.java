package org.corpustoolkit.spi;

/**
 * Size of the corpus as read in a run, for provenance and per-million figures.
 *
 * @param documents documents read (skipped ones excluded)
 * @param skipped documents skipped as unreadable, binary or undecodable
 * @param tokens tokens of every kind
 * @param wordTokens word tokens (words, numbers, ideographs, kana)
 * @param characters characters of text (UTF-16 code units)
 * @since 0.1 (stable)
 */
public record CorpusStats(int documents, int skipped, long tokens, long wordTokens, long characters) {}
