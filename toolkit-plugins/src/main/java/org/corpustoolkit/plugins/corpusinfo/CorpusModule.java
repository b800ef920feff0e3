package org.corpustoolkit.plugins.corpusinfo;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk corpus}. */
public final class CorpusModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), CorpusAnalyser.class);
  }
}
