package org.corpustoolkit.plugins.readability;

import org.corpustoolkit.stats.ReadabilityCounts;

/**
 * The counts of one document, or of the whole corpus.
 *
 * @param doc document id, or {@value ReadabilityReport#CORPUS_ROW}
 * @param counts the counts behind every score
 */
public record ReadabilityRow(String doc, ReadabilityCounts counts) {}
