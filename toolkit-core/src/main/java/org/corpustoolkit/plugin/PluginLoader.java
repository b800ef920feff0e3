package org.corpustoolkit.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.corpustoolkit.spi.PluginException;
import org.corpustoolkit.spi.PluginModule;

/**
 * Finds plugins: the {@link PluginModule}s on ctk's own class path (the built-in analysers), and those
 * in plugin folders. In a plugin folder each {@code .jar} file is one plugin, and each sub-folder is one
 * plugin made of all the jars inside it (a plugin with its own dependencies). Each plugin gets its own
 * {@link PluginClassLoader}, which shares only the SPI packages with ctk and loads everything else
 * child-first from the plugin's jars, so plugins cannot see each other's classes nor ctk's libraries, and
 * each can bundle its own versions of libraries.
 *
 * <p>Metadata comes from the manifest of the plugin's jar (in a folder: the first jar, in name order,
 * that declares {@code Ctk-Plugin-Id}, else the first jar), read without running plugin code:
 * {@code Ctk-Plugin-Id}, {@code Ctk-Plugin-Version}, {@code Ctk-Spi-Version}. A plugin built for another
 * SPI version than this ctk's, a corrupt jar, a jar with no module or a module that cannot be loaded is
 * a {@link PluginException} naming it.
 */
public final class PluginLoader {
  private final ClassLoader host;

  public PluginLoader(ClassLoader host) {
    this.host = host;
  }

  /** The built-in plugin followed by the plugins of {@code folders}, in sorted order per folder. */
  public List<LoadedPlugin> load(List<Path> folders) {
    List<LoadedPlugin> plugins = new ArrayList<>();
    plugins.add(new LoadedPlugin(PluginInfo.builtin(), host, modules(host, "ctk's class path", true)));
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      for (Path entry : entries(folder)) {
        plugins.add(loadOne(entry));
      }
    }
    return plugins;
  }

  private static List<Path> entries(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".jar"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new PluginException("cannot list plugin folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private LoadedPlugin loadOne(Path entry) {
    List<Path> jars = jarsOf(entry);
    if (jars.isEmpty()) {
      throw new PluginException("plugin folder " + entry + " contains no jar");
    }
    PluginInfo info = describe(entry, manifestJar(jars));
    checkSpiVersion(info, CtkVersion.spiVersion());
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < jars.size(); i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new PluginException("bad plugin path " + jars.get(i), e);
      }
    }
    URLClassLoader loader = new PluginClassLoader("ctk-plugin-" + info.id(), urls, host);
    List<PluginModule> modules = modules(loader, "plugin '" + info.id() + "' (" + entry + ")", false);
    if (modules.isEmpty()) {
      throw new PluginException("plugin " + entry + " declares no module in "
          + "META-INF/services/" + PluginModule.class.getName());
    }
    return new LoadedPlugin(info, loader, modules);
  }

  /**
   * Refuses a plugin built for an SPI version this ctk does not provide. Plugins that declare no
   * version (0) are loaded: they are trusted to be built against this ctk.
   */
  static void checkSpiVersion(PluginInfo info, int hostSpi) {
    if (info.spiVersion() > hostSpi) {
      throw new PluginException("plugin '" + info.id() + "' (" + info.location()
          + ") was built for ctk plugin SPI version " + info.spiVersion() + ", but this ctk provides"
          + " SPI version " + hostSpi + "; upgrade ctk or use a release of the plugin built for SPI "
          + hostSpi);
    }
    if (info.spiVersion() < 0) {
      throw new PluginException("plugin '" + info.id() + "' (" + info.location()
          + ") has a bad Ctk-Spi-Version " + info.spiVersion() + " in its manifest");
    }
  }

  private static Path manifestJar(List<Path> jars) {
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Manifest m = file.getManifest();
        if (m != null && m.getMainAttributes().getValue("Ctk-Plugin-Id") != null) {
          return jar;
        }
      } catch (IOException e) {
        throw new PluginException("cannot open plugin jar " + jar + ": " + e.getMessage(), e);
      }
    }
    return jars.get(0);
  }

  private static List<Path> jarsOf(Path entry) {
    if (!Files.isDirectory(entry)) {
      return List.of(entry);
    }
    try (Stream<Path> s = Files.list(entry)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new PluginException("cannot list plugin folder " + entry + ": " + e.getMessage(), e);
    }
  }

  private static PluginInfo describe(Path entry, Path jar) {
    String fallbackId = entry.getFileName().toString().replaceFirst("\\.jar$", "");
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      Attributes a = manifest == null ? new Attributes() : manifest.getMainAttributes();
      String id = orElse(a.getValue("Ctk-Plugin-Id"), fallbackId);
      String version = orElse(a.getValue("Ctk-Plugin-Version"),
          orElse(a.getValue("Implementation-Version"), "unknown"));
      int spi;
      try {
        spi = Integer.parseInt(orElse(a.getValue("Ctk-Spi-Version"), "0").trim());
      } catch (NumberFormatException e) {
        throw new PluginException("plugin " + jar + " has a bad Ctk-Spi-Version '"
            + a.getValue("Ctk-Spi-Version") + "' in its manifest (expected a whole number)");
      }
      return new PluginInfo(id, version, entry.toString(), spi);
    } catch (IOException e) {
      throw new PluginException("cannot open plugin jar " + jar + ": " + e.getMessage(), e);
    }
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private List<PluginModule> modules(ClassLoader loader, String where, boolean own) {
    List<PluginModule> modules = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<PluginModule> provider
          : ServiceLoader.load(PluginModule.class, loader).stream().toList()) {
        boolean fromHere = provider.type().getClassLoader() == loader;
        if (own || fromHere) {
          modules.add(provider.get());
        }
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      String reason = e.getMessage();
      if (e.getCause() != null && !(e.getCause() instanceof ClassNotFoundException)) {
        reason += " (" + e.getCause() + ")";
      }
      throw new PluginException(where + " failed to load: " + reason, e);
    } catch (RuntimeException e) {
      throw new PluginException(where + " failed to load: its module threw " + e, e);
    }
    return modules;
  }
}
