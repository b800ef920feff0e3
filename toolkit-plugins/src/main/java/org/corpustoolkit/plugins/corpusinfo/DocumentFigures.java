package org.corpustoolkit.plugins.corpusinfo;

/**
 * Size figures of one document (or of the whole corpus).
 *
 * @param doc document id, or {@code (total)}
 * @param tokens tokens of every kind
 * @param wordTokens word tokens
 * @param types distinct counting forms of word tokens
 * @param sentences sentences
 * @param characters characters (UTF-16 code units)
 */
public record DocumentFigures(String doc, long tokens, long wordTokens, long types, long sentences,
    long characters) {}
