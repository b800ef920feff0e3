package org.corpustoolkit.plugin;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpustoolkit.corpus.CorpusReaders;
import java.util.TreeMap;
import org.corpustoolkit.report.OutputFormats;
import org.corpustoolkit.report.Renderer;
import org.corpustoolkit.report.ReportModule;
import org.corpustoolkit.report.ResultRenderer;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.CorpusReader;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginException;
import org.corpustoolkit.spi.PluginModule;
import org.corpustoolkit.spi.TokenFilter;

/**
 * The assembled application: every plugin's modules in one Guice injector (built once, in {@code main}),
 * the analysers and other extensions they registered (checked for clashing names), and the output
 * formats. A module that fails to configure, or a binding that cannot be built, is a
 * {@link PluginException} naming the plugin.
 */
public final class Toolkit {
  private final List<PluginInfo> plugins;
  private final List<RegisteredAnalyser> analysers;
  private final List<TokenFilter> tokenFilters;
  private final CorpusReaders corpusReaders;
  private final List<Contribution> contributions;
  private final OutputFormats formats;
  private final Injector injector;
  private final Map<String, Annotator> annotators;

  private Toolkit(List<PluginInfo> plugins, List<RegisteredAnalyser> analysers,
      List<TokenFilter> tokenFilters, CorpusReaders corpusReaders, List<Contribution> contributions,
      OutputFormats formats, Injector injector, Map<String, Annotator> annotators) {
    this.annotators = annotators;
    this.plugins = plugins;
    this.analysers = analysers;
    this.tokenFilters = tokenFilters;
    this.corpusReaders = corpusReaders;
    this.contributions = contributions;
    this.formats = formats;
    this.injector = injector;
  }

  /** Loads the built-in plugin and those in {@code pluginFolders}, and builds the injector. */
  public static Toolkit create(List<Path> pluginFolders) {
    ClassLoader host = Toolkit.class.getClassLoader();
    return assemble(new PluginLoader(host).load(pluginFolders));
  }

  /**
   * Builds the toolkit from extra modules only (no class-path scan, no plugin folders), each module
   * attributed to a plugin called {@code id}: for the test kit and library users.
   */
  public static Toolkit ofModules(String id, List<? extends PluginModule> modules) {
    ClassLoader host = Toolkit.class.getClassLoader();
    PluginInfo info = new PluginInfo(id, "test", "in-process", CtkVersion.spiVersion());
    return assemble(List.of(new LoadedPlugin(info, host, List.copyOf(modules))));
  }

  private static Toolkit assemble(List<LoadedPlugin> loaded) {
    // Each module's configure() runs once, here, on its own so that a failure names its plugin; the
    // injector is then built from the recorded elements instead of running every configure() again.
    List<Element> elements = new ArrayList<>(Elements.getElements(new ReportModule()));
    for (LoadedPlugin plugin : loaded) {
      elements.addAll(recordModules(plugin));
    }
    Injector injector;
    Set<Analyser<?>> all;
    Set<CorpusReader> readers;
    Set<TokenFilter> filters;
    Set<Annotator> annotators;
    try {
      injector = Guice.createInjector(Elements.getModule(elements));
      all = injector.getInstance(Key.get(new TypeLiteral<Set<Analyser<?>>>() {}));
      readers = injector.getInstance(Key.get(new TypeLiteral<Set<CorpusReader>>() {}));
      filters = injector.getInstance(Key.get(new TypeLiteral<Set<TokenFilter>>() {}));
      annotators = injector.getInstance(Key.get(new TypeLiteral<Set<Annotator>>() {}));
    } catch (CreationException | ProvisionException e) {
      Collection<Message> messages = e instanceof CreationException c ? c.getErrorMessages()
          : ((ProvisionException) e).getErrorMessages();
      throw new PluginException(culprit(messages, loaded) + " failed to start: "
          + firstLine(messages.iterator().next().getMessage()), e);
    } catch (LinkageError e) {
      throw new PluginException("a plugin failed to start: " + e, e);
    }
    List<RegisteredAnalyser> registered = new ArrayList<>();
    for (Analyser<?> analyser : all) {
      registered.add(new RegisteredAnalyser(analyser, pluginOf(analyser, loaded)));
    }
    registered.sort(Comparator.comparing(RegisteredAnalyser::name));
    checkUniqueNames(registered);
    List<TokenFilter> filterList = new ArrayList<>(filters);
    filterList.sort(Comparator.comparing(TokenFilter::name));
    checkUniqueFilters(filterList, loaded);
    CorpusReaders corpusReaders = new CorpusReaders(readers);

    List<Contribution> contributions = new ArrayList<>();
    registered.forEach(r -> contributions.add(new Contribution("analyser", r.name(), r.plugin())));
    corpusReaders.readers().forEach(r -> contributions.add(
        new Contribution("reader", r.name() + " (." + String.join(" .", r.extensions().stream()
            .sorted().toList()) + ")", pluginOf(r, loaded))));
    filterList.forEach(f -> contributions.add(new Contribution("filter", f.name(),
        pluginOf(f, loaded))));
    injector.getInstance(Key.get(new TypeLiteral<Set<Renderer>>() {})).stream()
        .sorted(Comparator.comparing(Renderer::format))
        .forEach(r -> contributions.add(new Contribution("format", r.format(), pluginOf(r, loaded))));
    injector.getInstance(Key.get(new TypeLiteral<Set<ResultRenderer<?>>>() {})).stream()
        .sorted(Comparator.comparing(ResultRenderer::format))
        .forEach(r -> contributions.add(new Contribution("result-format",
            r.format() + " (" + r.resultType().getSimpleName() + ")", pluginOf(r, loaded))));

    List<PluginInfo> infos = loaded.stream().map(LoadedPlugin::info).toList();
    return new Toolkit(infos, List.copyOf(registered), List.copyOf(filterList), corpusReaders,
        List.copyOf(contributions), injector.getInstance(OutputFormats.class), injector,
        byLanguage(annotators));
  }

  private static Map<String, Annotator> byLanguage(Set<Annotator> annotators) {
    Map<String, Annotator> byLanguage = new TreeMap<>();
    for (Annotator annotator : annotators) {
      String language = annotator.language().strip().toLowerCase(java.util.Locale.ROOT);
      Annotator previous = byLanguage.putIfAbsent(language, annotator);
      if (previous != null) {
        throw new PluginException("two annotators are installed for language '" + language + "': "
            + previous.getClass().getName() + " and " + annotator.getClass().getName()
            + "; remove one of the plugins");
      }
    }
    return java.util.Collections.unmodifiableMap(byLanguage);
  }

  /**
   * Runs each module's {@code configure} on its own, so that a failure names its plugin, and returns
   * what the modules bound.
   */
  private static List<Element> recordModules(LoadedPlugin plugin) {
    List<Element> recorded = new ArrayList<>();
    for (PluginModule module : plugin.modules()) {
      List<Message> errors = new ArrayList<>();
      try {
        for (Element e : Elements.getElements(module)) {
          if (e instanceof Message m) {
            errors.add(m);
          }
          recorded.add(e);
        }
      } catch (RuntimeException | LinkageError e) {
        throw new PluginException(describe(plugin.info()) + " failed to start: module "
            + module.getClass().getName() + " threw " + e, e);
      }
      if (!errors.isEmpty()) {
        throw new PluginException(describe(plugin.info()) + " failed to start: module "
            + module.getClass().getName() + ": " + firstLine(errors.get(0).getMessage()));
      }
    }
    return recorded;
  }

  /** The plugin whose classes an injector error mentions (plugins are checked last first). */
  private static String culprit(Collection<Message> messages, List<LoadedPlugin> loaded) {
    StringBuilder all = new StringBuilder();
    for (Message m : messages) {
      all.append(m.getMessage()).append('\n');
      m.getSources().forEach(s -> all.append(s).append('\n'));
    }
    String text = all.toString();
    for (int i = loaded.size() - 1; i >= 1; i--) {
      for (PluginModule module : loaded.get(i).modules()) {
        String pkg = module.getClass().getPackageName();
        if (text.contains(module.getClass().getName()) || (!pkg.isEmpty() && text.contains(pkg + "."))) {
          return describe(loaded.get(i).info());
        }
      }
    }
    return "a plugin";
  }

  private static String describe(PluginInfo info) {
    return "plugin '" + info.id() + "' (" + info.location() + ")";
  }

  private static String firstLine(String message) {
    String trimmed = message.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl);
  }

  private static PluginInfo pluginOf(Object extension, List<LoadedPlugin> loaded) {
    ClassLoader loader = extension.getClass().getClassLoader();
    for (int i = loaded.size() - 1; i >= 1; i--) {
      if (loaded.get(i).loader() == loader) {
        return loaded.get(i).info();
      }
    }
    return loaded.get(0).info();
  }

  private static void checkUniqueNames(List<RegisteredAnalyser> registered) {
    Map<String, RegisteredAnalyser> byName = new HashMap<>();
    for (RegisteredAnalyser r : registered) {
      RegisteredAnalyser previous = byName.putIfAbsent(r.name(), r);
      if (previous != null) {
        throw new PluginException("two analysers are named '" + r.name() + "': "
            + previous.analyser().getClass().getName() + " from " + previous.plugin().location()
            + " and " + r.analyser().getClass().getName() + " from " + r.plugin().location()
            + "; remove one of the plugins");
      }
    }
  }

  private static void checkUniqueFilters(List<TokenFilter> filters, List<LoadedPlugin> loaded) {
    Map<String, TokenFilter> byName = new HashMap<>();
    for (TokenFilter f : filters) {
      TokenFilter previous = byName.putIfAbsent(f.name(), f);
      if (previous != null) {
        throw new PluginException("two token filters are named '" + f.name() + "': from "
            + pluginOf(previous, loaded).location() + " and " + pluginOf(f, loaded).location()
            + "; remove one of the plugins");
      }
    }
  }

  /** The plugins: the built-in one first, then those of the plugin folders. */
  public List<PluginInfo> plugins() {
    return plugins;
  }

  /** The analysers, sorted by name. */
  public List<RegisteredAnalyser> analysers() {
    return analysers;
  }

  /** The token filters offered by {@code --filter}, sorted by name. */
  public List<TokenFilter> tokenFilters() {
    return tokenFilters;
  }

  /** The corpus readers, by file extension. */
  public CorpusReaders corpusReaders() {
    return corpusReaders;
  }

  /** Every extension of every plugin, for {@code ctk plugins}. */
  public List<Contribution> contributions() {
    return contributions;
  }

  /** The installed part-of-speech taggers and lemmatisers, by language code ({@code --lang}). */
  public Map<String, Annotator> annotators() {
    return annotators;
  }

  public OutputFormats formats() {
    return formats;
  }

  /** Instances of other extension points, for the CLI. */
  public <T> T instance(Key<T> key) {
    return injector.getInstance(key);
  }

  /** The set bound for an extension point such as {@link Extensions#RESULT_RENDERER}. */
  public Injector injector() {
    return injector;
  }
}
