package org.corpustoolkit.testkit;

import java.util.List;
import org.corpustoolkit.plugin.RegisteredAnalyser;
import org.corpustoolkit.plugin.Toolkit;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.CorpusReader;
import org.corpustoolkit.spi.PluginModule;
import org.corpustoolkit.spi.TokenFilter;

/**
 * Builds ctk's injector from a plugin's modules alone, as ctk does at start-up, so a test proves that
 * the module binds what it should and that its analysers can be constructed:
 *
 * <pre>{@code
 * Analyser<?> analyser = TestingToolkit.analyser("sentence-lengths", new SentenceLengthModule());
 * }</pre>
 *
 * @since 0.2
 */
public final class TestingToolkit {
  private TestingToolkit() {}

  /** The toolkit made of {@code modules} (plus ctk's built-in output formats). */
  public static Toolkit of(PluginModule... modules) {
    return Toolkit.ofModules("test", List.of(modules));
  }

  /** The analyser named {@code name} that {@code modules} register. */
  public static Analyser<?> analyser(String name, PluginModule... modules) {
    Toolkit toolkit = of(modules);
    return toolkit.analysers().stream().filter(a -> a.name().equals(name)).findFirst()
        .map(RegisteredAnalyser::analyser)
        .orElseThrow(() -> new AssertionError("no analyser named '" + name + "' is bound; bound: "
            + toolkit.analysers().stream().map(RegisteredAnalyser::name).toList()));
  }

  /** The token filter named {@code name} that {@code modules} register. */
  public static TokenFilter tokenFilter(String name, PluginModule... modules) {
    return of(modules).tokenFilters().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no token filter named '" + name + "' is bound"));
  }

  /** The corpus reader named {@code name} that {@code modules} register. */
  public static CorpusReader corpusReader(String name, PluginModule... modules) {
    return of(modules).corpusReaders().readers().stream().filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no corpus reader named '" + name + "' is bound"));
  }
}
