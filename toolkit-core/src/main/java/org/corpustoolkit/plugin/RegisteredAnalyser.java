package org.corpustoolkit.plugin;

import org.corpustoolkit.spi.Analyser;

/** An analyser and the plugin that contributed it. */
public record RegisteredAnalyser(Analyser<?> analyser, PluginInfo plugin) {
  public String name() {
    return analyser.descriptor().name();
  }
}
