/**
 * {@code ctk register}: lexical diversity and a register profile (after Biber 1988) per document, and
 * z-score comparison with a heat map. Part-of-speech features read tags from a {@link
 * org.corpustoolkit.plugins.register.TagSource}; {@link
 * org.corpustoolkit.plugins.register.HeuristicTagSource} is the word-list fallback used when no
 * annotator is installed.
 */
package org.corpustoolkit.plugins.register;
