package org.corpustoolkit.plugins.filters;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers the built-in token filters: {@code no-numbers} and {@code fold-diacritics}. */
public final class FiltersModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.tokenFilter(binder(), NoNumbersFilter.class);
    Extensions.tokenFilter(binder(), FoldDiacriticsFilter.class);
  }
}
