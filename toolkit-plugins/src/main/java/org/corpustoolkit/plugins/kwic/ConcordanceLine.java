package org.corpustoolkit.plugins.kwic;

/**
 * One line of a concordance. Contexts have every run of whitespace (line breaks included) shown as
 * one space, and no leading or trailing space.
 *
 * @param doc document id
 * @param sentence 1-based number of the sentence in which the node starts
 * @param start offset of the node's first character in the document (UTF-16 code units, 0-based)
 * @param end offset just past the node's last character
 * @param left the context before the node
 * @param node the matched text
 * @param right the context after the node
 */
public record ConcordanceLine(String doc, int sentence, int start, int end, String left, String node,
    String right) {}
