package org.corpustoolkit.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar in a test: Java sources compiled in memory with {@code javax.tools} against
 * the test's class path, the {@code META-INF/services} file naming the modules, and manifest entries.
 * Used by ctk's own tests of plugin loading, and by plugin authors who want to test their packaging.
 *
 * <pre>{@code
 * Path jar = PluginJar.builder("hello")
 *     .source("org.example.HelloAnalyser", "package org.example; ...")
 *     .module("org.example.HelloModule")
 *     .spiVersion(1)
 *     .writeTo(pluginFolder);
 * }</pre>
 *
 * @since 0.2
 */
public final class PluginJar {
  private final String id;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<String> modules = new ArrayList<>();
  private final Map<String, byte[]> resources = new LinkedHashMap<>();
  private final Map<String, String> manifest = new LinkedHashMap<>();
  private String classPath = System.getProperty("java.class.path");

  private PluginJar(String id) {
    this.id = id;
    manifest.put("Ctk-Plugin-Id", id);
    manifest.put("Ctk-Plugin-Version", "1.0");
    manifest.put("Ctk-Spi-Version", "1");
  }

  /** A jar for plugin {@code id} (also its file name), declaring plugin version 1.0 and SPI 1. */
  public static PluginJar builder(String id) {
    return new PluginJar(id);
  }

  /** Adds the source of class {@code className} (a fully qualified name). */
  public PluginJar source(String className, String source) {
    sources.put(className, source);
    return this;
  }

  /** Names a module class in {@code META-INF/services/org.corpustoolkit.spi.PluginModule}. */
  public PluginJar module(String className) {
    modules.add(className);
    return this;
  }

  /** Adds a resource file. */
  public PluginJar resource(String path, String content) {
    resources.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Sets a manifest main attribute; a null value removes it. */
  public PluginJar manifest(String name, String value) {
    if (value == null) {
      manifest.remove(name);
    } else {
      manifest.put(name, value);
    }
    return this;
  }

  /** Sets {@code Ctk-Spi-Version}. */
  public PluginJar spiVersion(int version) {
    return manifest("Ctk-Spi-Version", Integer.toString(version));
  }

  /** Sets {@code Ctk-Plugin-Version}. */
  public PluginJar version(String version) {
    return manifest("Ctk-Plugin-Version", version);
  }

  /** Compiles against {@code path} instead of the test's class path. */
  public PluginJar classPath(String path) {
    this.classPath = path;
    return this;
  }

  /** Compiles the sources and writes {@code ID.jar} into {@code folder}; returns the jar's path. */
  public Path writeTo(Path folder) throws IOException {
    Map<String, byte[]> classes = compile();
    Files.createDirectories(folder);
    Path jar = folder.resolve(id + ".jar");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        out.putNextEntry(new JarEntry(c.getKey().replace('.', '/') + ".class"));
        out.write(c.getValue());
        out.closeEntry();
      }
      if (!modules.isEmpty()) {
        out.putNextEntry(new JarEntry("META-INF/services/org.corpustoolkit.spi.PluginModule"));
        out.write((String.join("\n", modules) + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      for (Map.Entry<String, byte[]> r : resources.entrySet()) {
        out.putNextEntry(new JarEntry(r.getKey()));
        out.write(r.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Compiles {@code sources} (class name to source) in memory; returns class name to bytes. */
  public static Map<String, byte[]> compile(Map<String, String> sources, String classPath)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler: run the tests on a JDK, not a JRE");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, code) -> units.add(new Source(name, code)));
    Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager standard = compiler.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      ForwardingJavaFileManager<StandardJavaFileManager> files =
          new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className,
                JavaFileObject.Kind kind, FileObject sibling) {
              return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/')
                  + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                  ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                  out.put(className, bytes);
                  return bytes;
                }
              };
            }
          };
      boolean ok = compiler.getTask(diagnostics, files, null,
          List.of("-classpath", classPath, "--release", "17", "-proc:none"), null, units).call();
      if (!ok) {
        throw new IllegalStateException("plugin sources do not compile:\n" + diagnostics);
      }
    }
    Map<String, byte[]> classes = new LinkedHashMap<>();
    out.forEach((k, v) -> classes.put(k, v.toByteArray()));
    return classes;
  }

  private Map<String, byte[]> compile() throws IOException {
    return compile(sources, classPath);
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
