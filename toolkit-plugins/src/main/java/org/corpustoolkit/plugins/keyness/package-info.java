/**
 * {@code ctk keyness}: keywords of a target corpus against a reference corpus (counted in a second pass
 * with the same text settings, see {@link org.corpustoolkit.spi.AnalysisContext#withCorpus}) or a
 * frequency list saved by {@code ctk frequency --format tsv|csv}. Formulas come from
 * {@link org.corpustoolkit.stats.Keyness}; this package only counts, joins and sorts.
 */
package org.corpustoolkit.plugins.keyness;
