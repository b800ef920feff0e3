package org.corpustoolkit.plugins.collocations;

import org.corpustoolkit.spi.AnalysisResult;

/**
 * What {@code ctk collocations} returns: one node's collocates ({@link CollocationTable}), every pair of
 * the corpus ({@link PairTable}), trigrams ({@link TrigramTable}) or a network
 * ({@link CollocationNetwork}).
 */
public sealed interface CollocationsResult extends AnalysisResult
    permits CollocationTable, PairTable, TrigramTable, CollocationNetwork {}
