/**
 * Pure statistics shared by the analysers: functions on numbers, no corpus or text code.
 *
 * <ul>
 *   <li>{@link org.corpustoolkit.stats.ContingencyTable} (Evert 2008) with G² and χ²;
 *       {@link org.corpustoolkit.stats.Keyness} and {@link org.corpustoolkit.stats.KeynessScores} for
 *       target-versus-reference comparison; {@link org.corpustoolkit.stats.Association} for collocation.
 *   <li>{@link org.corpustoolkit.stats.ChiSquared}, {@link org.corpustoolkit.stats.NormalDistribution},
 *       {@link org.corpustoolkit.stats.ErrorFunction} and {@link org.corpustoolkit.stats.MultipleTesting} for
 *       p-values, critical values and corrections.
 *   <li>{@link org.corpustoolkit.stats.Dispersion} over {@link org.corpustoolkit.stats.CorpusParts}, and
 *       {@link org.corpustoolkit.stats.AverageReducedFrequency} / {@link org.corpustoolkit.stats.ArfAccumulator}.
 *   <li>{@link org.corpustoolkit.stats.LexicalDiversity} on counts, {@link org.corpustoolkit.stats.TypeFrequencies}
 *       or int token-id sequences.
 *   <li>{@link org.corpustoolkit.stats.Readability} formulas on {@link org.corpustoolkit.stats.ReadabilityCounts}.
 * </ul>
 *
 * <p>Conventions: arguments that cannot be counts (negative, a subset larger than its whole, mismatched
 * arrays) throw {@link java.lang.IllegalArgumentException}. Keyness and association scores are never NaN;
 * descriptive measures that are undefined for legal but degenerate input (empty text, zero words, a word
 * that does not occur) return NaN, as each method documents. Every measure's Javadoc gives its formula and
 * source; the definitions follow the project's MEASURES reference, whose worked values are the tests.
 */
package org.corpustoolkit.stats;
