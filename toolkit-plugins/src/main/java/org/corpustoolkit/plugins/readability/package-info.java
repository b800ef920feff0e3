/**
 * {@code ctk readability} ({@link org.corpustoolkit.plugins.readability.ReadabilityAnalyser}: counts
 * by {@link org.corpustoolkit.plugins.readability.ReadabilityCounter}, formulas of
 * {@link org.corpustoolkit.stats.Readability}) and its data and counting layer for readability measures: syllable counts ({@link
 * org.corpustoolkit.plugins.readability.SyllableCounter}, backed by the CMU Pronouncing
 * Dictionary, Carnegie Mellon University, BSD-style licence, and by {@link
 * org.corpustoolkit.plugins.readability.SyllableRules}) and the New Dale&ndash;Chall familiar-word
 * list ({@link org.corpustoolkit.plugins.readability.DaleChallList}; Chall &amp; Dale 1995, via
 * the MIT-licensed npm package {@code dale-chall} 2.0.1).
 *
 * <p>The resources are rebuilt by {@code toolkit-plugins/tools/build-syllable-table.sh}; sources,
 * versions and checksums are in {@code SOURCES.txt} next to them.
 */
package org.corpustoolkit.plugins.readability;
