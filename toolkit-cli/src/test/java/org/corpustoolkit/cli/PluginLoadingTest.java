package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpustoolkit.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars built in a temporary folder with javax.tools and loaded through CTK_PLUGIN_PATH, as a
 * user would install them: discovery, isolation, metadata and every way loading can fail.
 */
class PluginLoadingTest {
  @TempDir
  Path temp;

  private CliRun ctk(Path... folders) {
    StringBuilder path = new StringBuilder();
    for (Path f : folders) {
      path.append(path.length() == 0 ? "" : File.pathSeparator).append(f);
    }
    return new CliRun(temp).env("CTK_PLUGIN_PATH", path.toString());
  }

  private Path corpus() throws Exception {
    Path dir = temp.resolve("corpus");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a.txt"), "The cat sat.");
    Files.writeString(dir.resolve("b.txt"), "A dog ran.");
    return dir;
  }

  @Test
  void tinyAnalyserOnThePluginPathIsInHelpAndRuns() throws Exception {
    Path plugins = temp.resolve("plugins");
    TinyPlugins.analyser("tiny", "org.example.tiny", "tiny-count", "\"hello\"").writeTo(plugins);

    CliRun.Result help = ctk(plugins).run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("tiny-count").contains("Tiny analyser tiny-count from tiny");

    CliRun.Result run = ctk(plugins).run("tiny-count", "--format", "tsv", corpus().toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("value\tdocuments\nhello\t2\n");

    CliRun.Result subHelp = ctk(plugins).run("tiny-count", "--help");
    assertThat(subHelp.out()).contains("Analyser from plugin 'tiny' 1.0");
  }

  @Test
  void pluginsCommandListsIdVersionJarAndContributions() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = TinyPlugins.analyser("tiny", "org.example.tiny", "tiny-count", "1")
        .version("2.3.4").writeTo(plugins);

    CliRun.Result result = ctk(plugins).run("plugins", "--format", "tsv");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().toList())
        .first().isEqualTo("plugin\tversion\tspi\tlocation\tanalysers\textensions");
    assertThat(result.out()).contains("tiny\t2.3.4\t1\t" + jar + "\ttiny-count\t\n");
    assertThat(result.out()).containsPattern("builtin\t[^\t]+\t1\tbuilt-in\t[^\t]*frequency[^\t]*\t"
        + "[^\n]*reader:markup \\(\\.htm \\.html \\.xhtml \\.xml\\)[^\n]*filter:fold-diacritics");
  }

  @Test
  void pluginsWithConflictingVersionsOfOneLibraryEachSeeTheirOwn() throws Exception {
    Path plugins = temp.resolve("plugins");
    for (String v : new String[] {"1", "2"}) {
      TinyPlugins.analyser("helper-user-" + v, "org.example.user" + v, "uses-helper-" + v,
              "org.example.helper.Helper.version() + \"/\" "
                  + "+ org.apache.commons.text.WordUtils.bundledBy()")
          // the same class name in both jars, with different behaviour: a "library" version
          .source("org.example.helper.Helper", """
              package org.example.helper;
              public final class Helper {
                public static String version() { return "helper %s.0"; }
              }
              """.formatted(v))
          // a class that ctk itself has on its class path (Apache Commons Text), in another version:
          // the plugin's copy must win, since only the SPI packages are shared
          .source("org.apache.commons.text.WordUtils", """
              package org.apache.commons.text;
              public final class WordUtils {
                public static String bundledBy() { return "plugin %s"; }
              }
              """.formatted(v))
          .writeTo(plugins);
    }
    Path corpus = corpus();
    CliRun.Result one = ctk(plugins).run("uses-helper-1", "--format", "tsv", corpus.toString());
    CliRun.Result two = ctk(plugins).run("uses-helper-2", "--format", "tsv", corpus.toString());
    assertThat(one.err()).isEmpty();
    assertThat(one.out()).isEqualTo("value\tdocuments\nhelper 1.0/plugin 1\t2\n");
    assertThat(two.out()).isEqualTo("value\tdocuments\nhelper 2.0/plugin 2\t2\n");
  }

  @Test
  void ctksOwnLibrariesAreHiddenFromPlugins() throws Exception {
    Path plugins = temp.resolve("plugins");
    TinyPlugins.analyser("peek", "org.example.peek", "peek", """
        java.util.stream.Stream.of("com.google.common.base.Strings", "com.ibm.icu.text.Normalizer2",
            "org.corpustoolkit.spi.Analyser", "com.google.inject.Binder")
            .map(n -> { try { Class.forName(n, false, TinyAnalyser.class.getClassLoader());
              return "seen"; } catch (ClassNotFoundException e) { return "hidden"; } })
            .collect(java.util.stream.Collectors.joining(","))""").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("peek", "--format", "tsv", corpus().toString());
    // Guava and ICU4J are ctk's implementation libraries; the SPI and Guice are shared
    assertThat(result.out()).isEqualTo("value\tdocuments\nhidden,hidden,seen,seen\t2\n");
  }

  @Test
  void aPluginFolderCarriesItsOwnLibraryJars() throws Exception {
    Path folder = temp.resolve("plugins").resolve("with-lib");
    PluginJar.builder("zz-library").manifest("Ctk-Plugin-Id", null)
        .source("org.example.lib.Greeting", """
            package org.example.lib;
            public final class Greeting { public static String text() { return "from lib"; } }
            """).writeTo(folder);
    // compile the plugin against the library, then ship both jars in one folder
    Path libJar = folder.resolve("zz-library.jar");
    TinyPlugins.analyser("with-lib", "org.example.withlib", "greet",
            "org.example.lib.Greeting.text()")
        .classPath(System.getProperty("java.class.path") + File.pathSeparator + libJar)
        .writeTo(folder);
    CliRun.Result result = ctk(temp.resolve("plugins")).run("greet", "--format", "tsv",
        corpus().toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("value\tdocuments\nfrom lib\t2\n");
    CliRun.Result list = ctk(temp.resolve("plugins")).run("plugins", "--format", "tsv");
    assertThat(list.out()).contains("with-lib\t1.0\t1\t" + folder + "\tgreet");
  }

  @Test
  void aPluginBuiltForANewerSpiIsRefusedWithAClearError() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = TinyPlugins.analyser("future", "org.example.future", "future", "1")
        .spiVersion(99).writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("ctk: plugin 'future' (" + jar + ") was built for ctk plugin"
        + " SPI version 99, but this ctk provides SPI version 1; upgrade ctk or use a release of the"
        + " plugin built for SPI 1\n");
  }

  @Test
  void aBadSpiVersionIsRefused() throws Exception {
    Path plugins = temp.resolve("plugins");
    TinyPlugins.analyser("bad", "org.example.bad", "bad", "1")
        .manifest("Ctk-Spi-Version", "one").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).contains("bad.jar has a bad Ctk-Spi-Version 'one'").hasLineCount(1);
  }

  @Test
  void aServicesFileNamingAMissingClassNamesTheJar() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = TinyPlugins.analyser("missing", "org.example.missing", "missing", "1")
        .module("org.example.missing.NoSuchModule").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ctk: plugin 'missing' (" + jar + ") failed to load: ")
        .contains("org.example.missing.NoSuchModule not found").hasLineCount(1);
  }

  @Test
  void aModuleThatThrowsNamesThePlugin() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = PluginJar.builder("broken").source("org.example.broken.BrokenModule", """
        package org.example.broken;
        public final class BrokenModule extends org.corpustoolkit.spi.PluginModule {
          @Override protected void configure() { throw new IllegalStateException("no config"); }
        }
        """).module("org.example.broken.BrokenModule").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ctk: plugin 'broken' (" + jar + ") failed to start: "
        + "module org.example.broken.BrokenModule").contains("no config").hasLineCount(1);
  }

  @Test
  void anAnalyserWithAnUnboundDependencyNamesThePlugin() throws Exception {
    Path plugins = temp.resolve("plugins");
    PluginJar.builder("unbound")
        .source("org.example.unbound.Needed", "package org.example.unbound; public interface Needed {}")
        .source("org.example.unbound.NeedyAnalyser", """
            package org.example.unbound;
            import org.corpustoolkit.spi.*;
            public final class NeedyAnalyser implements Analyser<Object> {
              @jakarta.inject.Inject NeedyAnalyser(Needed needed) {}
              public AnalyserDescriptor descriptor() { return null; }
              public Object options(OptionValues v) { return null; }
              public AnalysisResult analyse(AnalysisContext c, Object o) { return null; }
            }
            """)
        .source("org.example.unbound.NeedyModule", """
            package org.example.unbound;
            public final class NeedyModule extends org.corpustoolkit.spi.PluginModule {
              @Override protected void configure() {
                org.corpustoolkit.spi.Extensions.analyser(binder(), NeedyAnalyser.class);
              }
            }
            """).module("org.example.unbound.NeedyModule").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ctk: plugin 'unbound' (").contains("failed to start")
        .contains("Needed").hasLineCount(1);
  }

  @Test
  void aJarWithoutAModuleIsAnError() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = PluginJar.builder("empty").source("org.example.Empty", "package org.example; "
        + "class Empty {}").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).isEqualTo("ctk: plugin " + jar + " declares no module in "
        + "META-INF/services/org.corpustoolkit.spi.PluginModule\n");
  }

  @Test
  void twoAnalysersWithOneNameNameBothJars() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path a = TinyPlugins.analyser("twin-a", "org.example.a", "twin", "1").writeTo(plugins);
    Path b = TinyPlugins.analyser("twin-b", "org.example.b", "twin", "2").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ctk: two analysers are named 'twin': ")
        .contains(a.toString()).contains(b.toString()).contains("remove one of the plugins")
        .hasLineCount(1);
  }

  @Test
  void anAnalyserNamedLikeABuiltInOneIsRefused() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = TinyPlugins.analyser("clash", "org.example.clash", "frequency", "1").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).contains("two analysers are named 'frequency'").contains("built-in")
        .contains(jar.toString());
  }

  @Test
  void anAnalyserThatThrowsExitsWith4NamingThePluginAndNoStackTrace() throws Exception {
    Path plugins = temp.resolve("plugins");
    Path jar = TinyPlugins.analyser("thrower", "org.example.thrower", "explode",
        "java.util.Objects.requireNonNull(null, \"no value\")").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("explode", corpus().toString());
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("ctk explode: analyser 'explode' of plugin 'thrower' (" + jar
        + ") failed: java.lang.NullPointerException: no value\n").hasLineCount(1).doesNotContain("\tat ");

    CliRun.Result verbose = ctk(plugins).run("explode", "--verbose", corpus().toString());
    assertThat(verbose.exitCode()).isEqualTo(4);
    assertThat(verbose.err()).contains("org.example.thrower.TinyAnalyser.analyse(");
  }

  @Test
  void anAnalyserMayNotTakeTheNameOfACtkCommand() throws Exception {
    Path plugins = temp.resolve("plugins");
    TinyPlugins.analyser("sneaky", "org.example.sneaky", "plugins", "1").writeTo(plugins);
    CliRun.Result result = ctk(plugins).run("--help");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).contains("analyser name 'plugins'").contains("reserved");
  }
}
