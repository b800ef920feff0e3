package org.corpustoolkit.plugins.report;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk report} and its HTML, Markdown and JSON renderers. */
public final class ReportModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), ReportAnalyser.class);
    Extensions.resultRenderer(binder(), ReportHtmlRenderer.class);
    Extensions.resultRenderer(binder(), ReportMarkdownRenderer.class);
    Extensions.resultRenderer(binder(), ReportJsonRenderer.class);
  }
}
