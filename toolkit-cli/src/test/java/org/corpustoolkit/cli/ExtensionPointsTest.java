package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpustoolkit.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus readers and token filters, built-in and from plugin jars, end to end through the CLI. */
class ExtensionPointsTest {
  @TempDir
  Path temp;

  @Test
  void htmlFilesAreReadWithoutTheirMarkup() throws Exception {
    Files.writeString(temp.resolve("page.html"), """
        <!DOCTYPE html><html><head><title>Cats &amp; mats</title>
        <style>p { color: red }</style><script>var cat = 1;</script></head>
        <body><h1>Cats</h1><p>The <b>c</b>at sat on the mat&nbsp;&#8212; the end.</p>
        <!-- a comment about cats --></body></html>
        """);
    CliRun.Result result = new CliRun(temp).run("frequency", "--dispersion", "none", "--format", "tsv", "page.html");
    assertThat(result.err()).isEmpty();
    // "Cats" (h1), "The cat sat on the mat — the end": the title, style, script, comment are gone
    assertThat(result.out()).isEqualTo("""
        rank\tword\tfrequency\tper_million\trange
        1\tthe\t3\t333333.3333333333\t1
        2\tcat\t1\t111111.11111111111\t1
        3\tcats\t1\t111111.11111111111\t1
        4\tend\t1\t111111.11111111111\t1
        5\tmat\t1\t111111.11111111111\t1
        6\ton\t1\t111111.11111111111\t1
        7\tsat\t1\t111111.11111111111\t1
        """);
  }

  @Test
  void builtInFiltersChangeTheCountingForms() throws Exception {
    Files.writeString(temp.resolve("t.txt"), "Café cafe CAFÉ in 1999 and 2001.");
    CliRun ctk = new CliRun(temp);
    CliRun.Result plain = ctk.run("frequency", "--dispersion", "none", "--format", "tsv", "t.txt");
    assertThat(plain.out()).contains("\tcafé\t2\t").contains("\tcafe\t1\t").contains("\t1999\t1\t");
    CliRun.Result filtered = ctk.run("frequency", "--dispersion", "none", "--format", "tsv",
        "--filter", "fold-diacritics,no-numbers", "t.txt");
    assertThat(filtered.err()).isEmpty();
    assertThat(filtered.out()).isEqualTo("""
        rank\tword\tfrequency\tper_million\trange
        1\tcafe\t3\t600000.0\t1
        2\tand\t1\t200000.0\t1
        3\tin\t1\t200000.0\t1
        """);
    assertThat(ctk.run("frequency", "--help").out()).contains("--filter=NAME")
        .contains("no-numbers: Leave numbers");
    CliRun.Result unknown = ctk.run("frequency", "--filter", "stemmer", "t.txt");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--filter: unknown filter 'stemmer'; choose one of "
        + "fold-diacritics, no-numbers");
  }

  @Test
  void aPluginContributesAReaderAndAFilter() throws Exception {
    Path plugins = temp.resolve("plugins");
    PluginJar.builder("formats")
        .source("org.example.formats.SecondColumnReader", """
            package org.example.formats;
            import java.util.Set;
            import org.corpustoolkit.corpus.Document;
            public final class SecondColumnReader implements org.corpustoolkit.spi.CorpusReader {
              public String name() { return "second-column"; }
              public String description() { return "Second column of .tab files"; }
              public Set<String> extensions() { return Set.of("tab"); }
              public Document read(Document raw) {
                StringBuilder s = new StringBuilder();
                raw.text().lines().forEach(l -> s.append(l.split("\\t")[1]).append(".\\n"));
                return raw.withText(s.toString());
              }
            }
            """)
        .source("org.example.formats.NoShortWords", """
            package org.example.formats;
            import org.corpustoolkit.text.TokenKind;
            public final class NoShortWords implements org.corpustoolkit.spi.TokenFilter {
              public String name() { return "no-short-words"; }
              public String description() { return "Leave out words of one or two letters"; }
              public String apply(String form, TokenKind kind) {
                return form.codePointCount(0, form.length()) <= 2 ? null : form;
              }
            }
            """)
        .source("org.example.formats.FormatsModule", """
            package org.example.formats;
            import org.corpustoolkit.spi.Extensions;
            public final class FormatsModule extends org.corpustoolkit.spi.PluginModule {
              @Override protected void configure() {
                Extensions.corpusReader(binder(), SecondColumnReader.class);
                Extensions.tokenFilter(binder(), NoShortWords.class);
              }
            }
            """)
        .module("org.example.formats.FormatsModule").writeTo(plugins);
    Files.writeString(temp.resolve("data.tab"), "1\tgo to sea\n2\tto sea again\n");
    CliRun ctk = new CliRun(temp).env("CTK_PLUGIN_PATH", plugins.toString());
    CliRun.Result result = ctk.run("frequency", "--dispersion", "none", "--format", "tsv", "--filter", "no-short-words",
        "data.tab");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("""
        rank\tword\tfrequency\tper_million\trange
        1\tsea\t2\t666666.6666666666\t1
        2\tagain\t1\t333333.3333333333\t1
        """);
    assertThat(ctk.run("plugins", "--format", "tsv").out())
        .contains("formats\t1.0\t1\t" + plugins.resolve("formats.jar") + "\t\t"
            + "reader:second-column (.tab), filter:no-short-words\n");
  }

  @Test
  void aReaderThatFailsSkipsTheDocumentWithAWarning() throws Exception {
    Path plugins = temp.resolve("plugins");
    PluginJar.builder("fragile").source("org.example.fragile.FragileReader", """
            package org.example.fragile;
            import java.util.Set;
            import org.corpustoolkit.corpus.Document;
            public final class FragileReader implements org.corpustoolkit.spi.CorpusReader {
              public String name() { return "fragile"; }
              public String description() { return "Fails"; }
              public Set<String> extensions() { return Set.of("frag"); }
              public Document read(Document raw) { throw new IllegalArgumentException("bad row 3"); }
            }
            """)
        .source("org.example.fragile.FragileModule", """
            package org.example.fragile;
            public final class FragileModule extends org.corpustoolkit.spi.PluginModule {
              @Override protected void configure() {
                org.corpustoolkit.spi.Extensions.corpusReader(binder(), FragileReader.class);
              }
            }
            """).module("org.example.fragile.FragileModule").writeTo(plugins);
    Files.createDirectories(temp.resolve("c"));
    Files.writeString(temp.resolve("c/a.frag"), "whatever");
    Files.writeString(temp.resolve("c/b.txt"), "kept words");
    CliRun.Result result = new CliRun(temp).env("CTK_PLUGIN_PATH", plugins.toString())
        .run("frequency", "--dispersion", "none", "--format", "tsv", "c");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("ctk: warning: skipped ").contains("a.frag: the 'fragile' "
        + "reader failed (bad row 3)");
    assertThat(result.out()).contains("\tkept\t1\t");
  }
}
