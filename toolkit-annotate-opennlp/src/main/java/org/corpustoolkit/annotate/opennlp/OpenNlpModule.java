package org.corpustoolkit.annotate.opennlp;

import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/** Registers the English annotator ({@code --lang en}). */
public final class OpenNlpModule extends PluginModule {
  @Override
  protected void configure() {
    Extensions.annotator(binder(), EnglishAnnotator.class);
  }
}
