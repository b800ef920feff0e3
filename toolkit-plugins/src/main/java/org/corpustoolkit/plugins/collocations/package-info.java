/**
 * {@code ctk collocations}: collocates of a node in a window, collocation extraction for a whole corpus
 * ({@code --all}, {@code --ngram 3}) and collocation networks ({@code --network}), all on Evert's surface
 * co-occurrence table (O11, R1 = positions in the merged windows, C1 = f(collocate), N = word tokens) with
 * the measures of {@link org.corpustoolkit.stats.Association}. Nodes come from a {@link
 * org.corpustoolkit.plugins.collocations.NodeMatcher}, the hook for query-based nodes. See README.md.
 */
package org.corpustoolkit.plugins.collocations;
