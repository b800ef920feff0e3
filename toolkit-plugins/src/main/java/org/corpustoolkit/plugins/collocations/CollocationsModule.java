package org.corpustoolkit.plugins.collocations;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk collocations} and the network formats {@code json}, {@code dot}, {@code html}. */
public final class CollocationsModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), CollocationsAnalyser.class);
    Extensions.resultRenderer(binder(), NetworkDotRenderer.class);
    Extensions.resultRenderer(binder(), NetworkJsonRenderer.class);
    Extensions.resultRenderer(binder(), NetworkHtmlRenderer.class);
  }
}
