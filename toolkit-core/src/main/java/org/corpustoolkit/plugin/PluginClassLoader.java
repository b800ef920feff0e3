package org.corpustoolkit.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plugin (a jar, or a folder of jars). It shares only the SPI with ctk: classes
 * and resources of the {@linkplain #SHARED_PACKAGES shared packages} come from ctk's loader, so that a
 * plugin's analyser is an {@code org.corpustoolkit.spi.Analyser} ctk understands. Everything else is
 * looked up child-first in the plugin's own jars and then in the JDK (the platform loader), never in
 * ctk's class path: a plugin can carry its own version of Guava, Commons Text or any other library, and
 * two plugins can carry different versions of the same library side by side.
 *
 * <p>Modelled on Trino's {@code PluginClassLoader}.
 */
final class PluginClassLoader extends URLClassLoader {
  /**
   * Package prefixes (with a trailing dot) whose classes are always taken from ctk: the SPI, the types
   * it exposes (corpus model, text, reports, counts, statistics), and the injection APIs plugins bind
   * with.
   */
  static final List<String> SHARED_PACKAGES = List.of(
      "org.corpustoolkit.spi.",
      "org.corpustoolkit.corpus.",
      "org.corpustoolkit.text.",
      "org.corpustoolkit.report.",
      "org.corpustoolkit.count.",
      "org.corpustoolkit.stats.",
      "jakarta.inject.",
      "com.google.inject.");

  private final ClassLoader host;

  PluginClassLoader(String name, URL[] urls, ClassLoader host) {
    super(name, urls, ClassLoader.getPlatformClassLoader());
    this.host = host;
  }

  static boolean isShared(String className) {
    for (String prefix : SHARED_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSharedResource(String resource) {
    return isShared(resource.replace('/', '.'));
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      if (isShared(name)) {
        Class<?> c = host.loadClass(name);
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          c = findClass(name); // the plugin's own jars first
        } catch (ClassNotFoundException e) {
          c = getParent().loadClass(name); // then the JDK
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  public URL getResource(String name) {
    if (isSharedResource(name)) {
      return host.getResource(name);
    }
    URL url = findResource(name);
    return url != null ? url : getParent().getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    List<URL> urls = new ArrayList<>();
    if (isSharedResource(name)) {
      urls.addAll(Collections.list(host.getResources(name)));
    } else {
      urls.addAll(Collections.list(findResources(name)));
      urls.addAll(Collections.list(getParent().getResources(name)));
    }
    return Collections.enumeration(urls);
  }
}
