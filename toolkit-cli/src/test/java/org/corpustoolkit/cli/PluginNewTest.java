package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.corpustoolkit.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctk plugin new}: the generated project compiles (main and test sources, in-process with
 * javax.tools against the test class path), its tests pass, and its jar, packaged with the manifest
 * entries of its pom, loads from the plugin path and runs.
 */
class PluginNewTest {
  @TempDir
  Path temp;

  @Test
  void writesAProjectThatCompilesPassesItsTestsAndRunsAsAPlugin() throws Exception {
    CliRun.Result made = new CliRun(temp).run("plugin", "new", "word-lengths", "--package",
        "org.example.wl");
    assertThat(made.err()).isEmpty();
    assertThat(made.exitCode()).isZero();
    Path project = temp.resolve("word-lengths");
    assertThat(made.out()).startsWith("Wrote plugin project 'word-lengths' to " + project);
    assertThat(project.resolve("pom.xml")).content()
        .contains("<Ctk-Plugin-Id>word-lengths</Ctk-Plugin-Id>")
        .contains("<Ctk-Spi-Version>${ctk.spi.version}</Ctk-Spi-Version>")
        .contains("<ctk.spi.version>1</ctk.spi.version>");
    assertThat(project.resolve(
        "src/main/resources/META-INF/services/org.corpustoolkit.spi.PluginModule"))
        .hasContent("org.example.wl.WordLengthsModule");

    Map<String, String> main = sources(project.resolve("src/main/java"));
    Map<String, String> all = new LinkedHashMap<>(main);
    all.putAll(sources(project.resolve("src/test/java")));
    assertThat(main).containsOnlyKeys("org.example.wl.WordLengthsAnalyser",
        "org.example.wl.WordLengthsModule", "org.example.wl.WordLengthsResult");
    Map<String, byte[]> classes = PluginJar.compile(all, System.getProperty("java.class.path"));

    // the generated tests pass (run reflectively: each @Test method of the test class)
    Path classDir = temp.resolve("classes");
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      Path file = classDir.resolve(c.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, c.getValue());
    }
    int ran = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classDir.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> test = loader.loadClass("org.example.wl.WordLengthsAnalyserTest");
      var constructor = test.getDeclaredConstructor();
      constructor.setAccessible(true);
      for (Method m : test.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Test.class)) {
          m.setAccessible(true);
          m.invoke(constructor.newInstance());
          ran++;
        }
      }
    }
    assertThat(ran).isEqualTo(5);

    // package the main classes as the generated pom would, and run them as a plugin
    Path plugins = temp.resolve("plugins");
    Files.createDirectories(plugins);
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().putValue("Ctk-Plugin-Id", "word-lengths");
    mf.getMainAttributes().putValue("Ctk-Plugin-Version", "0.1.0");
    mf.getMainAttributes().putValue("Ctk-Spi-Version", "1");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(
        plugins.resolve("word-lengths-0.1.0.jar")), mf)) {
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        if (!c.getKey().contains("Test")) {
          jar.putNextEntry(new JarEntry(c.getKey().replace('.', '/') + ".class"));
          jar.write(c.getValue());
        }
      }
      jar.putNextEntry(new JarEntry("META-INF/services/org.corpustoolkit.spi.PluginModule"));
      jar.write(Files.readAllBytes(project.resolve(
          "src/main/resources/META-INF/services/org.corpustoolkit.spi.PluginModule")));
    }
    Files.writeString(temp.resolve("text.txt"), "The cat sat on a mat.");
    CliRun ctk = new CliRun(temp).env("CTK_PLUGIN_PATH", plugins.toString());
    assertThat(ctk.run("--help").out()).contains("word-lengths")
        .contains("Distribution of word lengths in characters");
    CliRun.Result run = ctk.run("word-lengths", "--format", "csv", "text.txt");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("length,words,proportion\n1,1,0.16666666666666666\n"
        + "2,1,0.16666666666666666\n3,4,0.6666666666666666\n");
  }

  @Test
  void defaultPackageComesFromTheName() {
    PluginSkeleton s = PluginSkeleton.of("hapax-list", null);
    assertThat(s.packageName()).isEqualTo("org.example.ctk.hapaxlist");
    assertThat(s.className()).isEqualTo("HapaxList");
    assertThat(s.files()).containsKey("src/main/java/org/example/ctk/hapaxlist/HapaxListAnalyser.java");
  }

  @Test
  void refusesBadNamesAndNonEmptyFolders() throws Exception {
    CliRun.Result bad = new CliRun(temp).run("plugin", "new", "Bad_Name");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("must be lower case with hyphens").hasLineCount(1);
    Files.createDirectories(temp.resolve("taken"));
    Files.writeString(temp.resolve("taken/file.txt"), "x");
    CliRun.Result taken = new CliRun(temp).run("plugin", "new", "taken");
    assertThat(taken.exitCode()).isEqualTo(2);
    assertThat(taken.err()).contains("already exists and is not empty");
  }

  private static Map<String, String> sources(Path root) throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceFirst("\\.java$", "");
        sources.put(name, Files.readString(f));
      }
    }
    return sources;
  }
}
