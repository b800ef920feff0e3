package org.corpustoolkit.plugins.kwic;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk kwic} and its text and html renderings (concordance lines and plot). */
public final class KwicModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), KwicAnalyser.class);
    Extensions.resultRenderer(binder(), KwicTextRenderer.class);
    Extensions.resultRenderer(binder(), KwicHtmlRenderer.class);
    Extensions.resultRenderer(binder(), PlotHtmlRenderer.class);
  }
}
