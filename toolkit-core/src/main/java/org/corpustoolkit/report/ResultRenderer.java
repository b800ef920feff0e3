package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * An output format for one kind of result, or a richer rendering of a generic format (for example a
 * concordance page with a plot for {@code --format html}). When both exist, the result-specific
 * renderer wins.
 *
 * @param <R> the result type it renders
 * @since 0.1 (stable)
 */
public interface ResultRenderer<R extends AnalysisResult> {

  /** The {@code --format} name. */
  String format();

  /** The result type this renderer accepts (and its subtypes). */
  Class<R> resultType();

  /** Writes {@code result}. */
  void render(R result, RenderRequest request, Writer out) throws IOException;
}
