package org.corpustoolkit.plugin;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corpustoolkit.report.OutputFormats;
import org.corpustoolkit.report.ReportModule;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.Extensions;
import org.corpustoolkit.spi.PluginException;

/**
 * The assembled application: every plugin's modules in one Guice injector (built once, in {@code main}),
 * the analysers they registered, checked for clashing names, and the output formats.
 */
public final class Toolkit {
  private final List<PluginInfo> plugins;
  private final List<RegisteredAnalyser> analysers;
  private final OutputFormats formats;
  private final Injector injector;
  private final Map<String, Annotator> annotators;

  private Toolkit(List<PluginInfo> plugins, List<RegisteredAnalyser> analysers, OutputFormats formats,
      Injector injector, Map<String, Annotator> annotators) {
    this.annotators = annotators;
    this.plugins = plugins;
    this.analysers = analysers;
    this.formats = formats;
    this.injector = injector;
  }

  /** Loads the built-in plugin and those in {@code pluginFolders}, and builds the injector. */
  public static Toolkit create(List<Path> pluginFolders) {
    ClassLoader host = Toolkit.class.getClassLoader();
    List<LoadedPlugin> loaded = new PluginLoader(host).load(pluginFolders);
    List<Module> modules = new ArrayList<>();
    modules.add(new ReportModule());
    loaded.forEach(p -> modules.addAll(p.modules()));
    Injector injector;
    Set<Analyser<?>> all;
    Set<Annotator> annotators;
    try {
      injector = Guice.createInjector(modules);
      all = injector.getInstance(Key.get(new com.google.inject.TypeLiteral<Set<Analyser<?>>>() {}));
      annotators = injector.getInstance(Key.get(new com.google.inject.TypeLiteral<Set<Annotator>>() {}));
    } catch (CreationException | ProvisionException e) {
      String message = e instanceof CreationException c ? c.getErrorMessages().iterator().next()
          .getMessage() : ((ProvisionException) e).getErrorMessages().iterator().next().getMessage();
      throw new PluginException("a plugin module failed to configure: " + message, e);
    }
    List<RegisteredAnalyser> registered = new ArrayList<>();
    for (Analyser<?> analyser : all) {
      registered.add(new RegisteredAnalyser(analyser, pluginOf(analyser, loaded)));
    }
    registered.sort(Comparator.comparing(RegisteredAnalyser::name));
    checkUniqueNames(registered);
    List<PluginInfo> infos = loaded.stream().map(LoadedPlugin::info).toList();
    return new Toolkit(infos, List.copyOf(registered), injector.getInstance(OutputFormats.class),
        injector, byLanguage(annotators));
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

  private static PluginInfo pluginOf(Analyser<?> analyser, List<LoadedPlugin> loaded) {
    ClassLoader loader = analyser.getClass().getClassLoader();
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

  public List<PluginInfo> plugins() {
    return plugins;
  }

  /** The analysers, sorted by name. */
  public List<RegisteredAnalyser> analysers() {
    return analysers;
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
