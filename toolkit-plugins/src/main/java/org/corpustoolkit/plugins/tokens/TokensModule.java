package org.corpustoolkit.plugins.tokens;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers {@code ctk tokens}. */
public final class TokensModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.analyser(binder(), TokensAnalyser.class);
  }
}
