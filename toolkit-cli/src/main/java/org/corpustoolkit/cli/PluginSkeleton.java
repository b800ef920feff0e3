package org.corpustoolkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corpustoolkit.plugin.CtkVersion;
import org.corpustoolkit.spi.CtkException;
import org.corpustoolkit.spi.UsageException;

/**
 * The files of a new plugin project, from the templates in {@code skeleton/} next to this class, with
 * {@code @NAME@}, {@code @CLASS@}, {@code @PACKAGE@}, {@code @CTK_VERSION@} and {@code @SPI_VERSION@}
 * replaced.
 */
final class PluginSkeleton {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
  private static final Map<String, String> TEMPLATES = templates();

  private final String name;
  private final String className;
  private final String packageName;

  private PluginSkeleton(String name, String className, String packageName) {
    this.name = name;
    this.className = className;
    this.packageName = packageName;
  }

  private static Map<String, String> templates() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("pom.xml", "pom.xml");
    t.put("README.md", "README.md");
    t.put("gitignore", ".gitignore");
    t.put("Analyser.java", "src/main/java/@PATH@/@CLASS@Analyser.java");
    t.put("Result.java", "src/main/java/@PATH@/@CLASS@Result.java");
    t.put("Module.java", "src/main/java/@PATH@/@CLASS@Module.java");
    t.put("services", "src/main/resources/META-INF/services/org.corpustoolkit.spi.PluginModule");
    t.put("AnalyserTest.java", "src/test/java/@PATH@/@CLASS@AnalyserTest.java");
    return t;
  }

  /** A skeleton for analyser {@code name} in {@code packageName} (null: a default from the name). */
  static PluginSkeleton of(String name, String packageName) {
    if (!NAME.matcher(name).matches()) {
      throw new UsageException("plugin new: the name '" + name + "' must be lower case with "
          + "hyphens, like word-lengths");
    }
    String pkg = packageName == null ? "org.example.ctk." + name.replace("-", "") : packageName;
    if (!PACKAGE.matcher(pkg).matches()) {
      throw new UsageException("plugin new: '" + pkg + "' is not a lower-case Java package name");
    }
    StringBuilder cls = new StringBuilder();
    for (String part : name.split("-")) {
      cls.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    if (Character.isDigit(cls.charAt(0))) {
      cls.insert(0, 'X');
    }
    return new PluginSkeleton(name, cls.toString(), pkg);
  }

  String className() {
    return className;
  }

  String packageName() {
    return packageName;
  }

  /** The project's files: relative path to content. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    TEMPLATES.forEach((template, path) -> files.put(fill(path), fill(read(template))));
    return files;
  }

  /** Writes the project into {@code directory}, which must not exist or be empty. */
  void writeTo(Path directory) {
    try {
      if (Files.exists(directory)) {
        boolean empty;
        try (Stream<Path> s = Files.list(directory)) {
          empty = s.findAny().isEmpty();
        }
        if (!empty) {
          throw new UsageException("plugin new: " + directory + " already exists and is not empty");
        }
      }
      for (Map.Entry<String, String> f : files().entrySet()) {
        Path file = directory.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new CtkException(CtkException.CORPUS, "plugin new: cannot write " + directory + ": "
          + e.getMessage(), e);
    }
  }

  private String fill(String text) {
    return text.replace("@NAME@", name)
        .replace("@CLASS@", className)
        .replace("@PACKAGE@", packageName)
        .replace("@PATH@", packageName.replace('.', '/'))
        .replace("@CTK_VERSION@", CtkVersion.version())
        .replace("@SPI_VERSION@", Integer.toString(CtkVersion.spiVersion()));
  }

  private static String read(String template) {
    try (InputStream in = PluginSkeleton.class.getResourceAsStream("skeleton/" + template
        + ".tmpl")) {
      if (in == null) {
        throw new IllegalStateException("missing skeleton template " + template);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read skeleton template " + template, e);
    }
  }
}
