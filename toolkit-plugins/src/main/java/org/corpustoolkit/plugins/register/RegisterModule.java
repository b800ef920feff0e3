package org.corpustoolkit.plugins.register;

import com.google.inject.multibindings.Multibinder;
import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginModule;

/**
 * Registers {@code ctk register}, its html heat map, and the (possibly empty) set of {@link TagSource}s
 * that annotators add to.
 */
public final class RegisterModule extends PluginModule {
  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), TagSource.class);
    Extensions.analyser(binder(), RegisterAnalyser.class);
    Extensions.resultRenderer(binder(), RegisterHtmlRenderer.class);
  }
}
