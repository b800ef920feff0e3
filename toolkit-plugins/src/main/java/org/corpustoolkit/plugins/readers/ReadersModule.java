package org.corpustoolkit.plugins.readers;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers the built-in corpus readers: {@code markup} for HTML and XML files. */
public final class ReadersModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.corpusReader(binder(), MarkupReader.class);
  }
}
