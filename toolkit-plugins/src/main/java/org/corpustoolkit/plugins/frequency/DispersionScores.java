package org.corpustoolkit.plugins.frequency;

/**
 * The dispersion of one item over the parts of the corpus (documents, or equal-sized parts), as defined
 * in {@link org.corpustoolkit.stats.Dispersion} and {@link org.corpustoolkit.stats.AverageReducedFrequency}.
 *
 * @param range number of parts in which the item occurs
 * @param juillandD Juilland's D (Juilland &amp; Chang-Rodríguez 1964, as in Gries 2008); NaN with one part
 * @param dp Gries' deviation of proportions DP (Gries 2008)
 * @param dpNorm DP normalised by {@code 1 − min s_i} (Lijffijt &amp; Gries 2012); NaN with one part
 * @param arf average reduced frequency (Savický &amp; Hlaváčová 2002), independent of the parts
 */
public record DispersionScores(int range, double juillandD, double dp, double dpNorm, double arf) {}
