package org.corpustoolkit.spi;

import com.google.inject.AbstractModule;

/**
 * The entry point of a ctk plugin: a Guice module found with {@link java.util.ServiceLoader}. The
 * built-in analysers are registered exactly this way.
 *
 * <p>A plugin jar contains a subclass with a public no-argument constructor, and names it in
 * {@code META-INF/services/org.corpustoolkit.spi.PluginModule}:
 *
 * <pre>{@code
 * public final class SentenceLengthModule extends PluginModule {
 *   @Override
 *   protected void configure() {
 *     Extensions.analyser(binder(), SentenceLengthAnalyser.class);
 *   }
 * }
 * }</pre>
 *
 * <p>Keep modules fast and free of I/O: they run every time ctk starts. The same goes for the
 * constructors of the extensions they bind, which the command line builds on every run (for its help
 * and listings): load models and word lists on first use, not in a constructor or static initializer.
 * The ctk command line runs Guice without class generation, so method interception
 * ({@code bindInterceptor}) is not available to plugins.
 *
 * @since 0.1 (stable)
 */
public abstract class PluginModule extends AbstractModule {}
