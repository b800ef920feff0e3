package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;

/**
 * An output format usable by every analyser: it writes a result's {@link Table} (and summary, notes and
 * provenance where the format has room for them). Built-ins: {@code text}, {@code csv}, {@code tsv},
 * {@code json}, {@code md}, {@code html}. Plugins add formats with
 * {@link org.corpustoolkit.spi.Extensions#renderer}.
 *
 * <p>Corpus text is untrusted: renderers escape it for their format (HTML entities, CSV formula guards).
 *
 * @since 0.1 (stable)
 */
public interface Renderer {

  /** The {@code --format} name, for example {@code csv}. */
  String format();

  /** Writes {@code request} to {@code out}. */
  void render(RenderRequest request, Writer out) throws IOException;
}
