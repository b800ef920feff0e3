package org.corpustoolkit.plugins.frequency;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk frequency}. */
public final class FrequencyModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), FrequencyAnalyser.class);
  }
}
