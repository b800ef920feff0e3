package org.corpustoolkit.plugins.keyness;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk keyness}. */
public final class KeynessModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), KeynessAnalyser.class);
  }
}
