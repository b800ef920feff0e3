package org.corpustoolkit.examples.sentencelengths;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/**
 * The plugin's entry point: registers {@code ctk sentence-lengths}. ctk finds it through
 * {@code META-INF/services/org.corpustoolkit.spi.PluginModule}.
 */
public final class SentenceLengthModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), SentenceLengthAnalyser.class);
  }
}
