package org.corpustoolkit.plugins.readability;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk readability}. */
public final class ReadabilityModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), ReadabilityAnalyser.class);
  }
}
