package org.corpustoolkit.report;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.corpustoolkit.spi.Extensions;

/** Binds the built-in output formats: text, csv, tsv, json, md, html. */
public final class ReportModule extends AbstractModule {
  @Override
  protected void configure() {
    Extensions.declareExtensionPoints(binder());
    Multibinder<Renderer> renderers = Multibinder.newSetBinder(binder(), Extensions.RENDERER);
    renderers.addBinding().to(TextTableRenderer.class);
    renderers.addBinding().toInstance(CsvRenderer.csv());
    renderers.addBinding().toInstance(CsvRenderer.tsv());
    renderers.addBinding().to(JsonRenderer.class);
    renderers.addBinding().to(MarkdownRenderer.class);
    renderers.addBinding().to(HtmlRenderer.class);
  }
}
