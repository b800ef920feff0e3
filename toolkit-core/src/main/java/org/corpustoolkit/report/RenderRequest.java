package org.corpustoolkit.report;

import org.corpustoolkit.spi.AnalysisResult;

/**
 * What a renderer writes: a result, its provenance, and facts about the destination.
 *
 * @param result the analysis result
 * @param run provenance
 * @param colour true if ANSI colour may be used (a terminal, and {@code NO_COLOR} not set)
 * @param footer true if human formats may add a summary footer (not with {@code --quiet})
 * @since 0.1 (stable)
 */
public record RenderRequest(AnalysisResult result, RunInfo run, boolean colour, boolean footer) {}
