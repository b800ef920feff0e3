package org.corpustoolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corpustoolkit.cli.CliEnvironment;
import org.corpustoolkit.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar of examples/plugin-example, as built by Maven against this build's artifacts, dropped into a
 * plugin folder: ctk lists it, describes it and runs it.
 */
class ExamplePluginIT {
  @TempDir
  Path temp;

  private record Run(int exitCode, String out, String err) {}

  private Run ctk(Path plugins, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment env = new CliEnvironment(Map.of("CTK_PLUGIN_PATH", plugins.toString()),
        temp.resolve("home"), temp, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), false);
    int code = Main.run(args, env);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theExamplePluginLoadsFromAPluginFolderAndRuns() throws Exception {
    Path built = Path.of(System.getProperty("example.jar"));
    assertThat(built).as("built by maven-invoker-plugin before this test").exists();
    Path plugins = temp.resolve("plugins");
    Files.createDirectories(plugins);
    Path jar = Files.copy(built, plugins.resolve(built.getFileName()));

    Run help = ctk(plugins, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("sentence-lengths")
        .contains("Distribution of sentence lengths in word tokens");

    Run list = ctk(plugins, "plugins", "--format", "tsv");
    assertThat(list.out()).contains("sentence-lengths\t0.1.0\t1\t" + jar + "\tsentence-lengths\t\n");

    Files.writeString(temp.resolve("a.txt"), "The cat sat. Dr. Smith arrived at noon. Why?");
    Files.writeString(temp.resolve("b.txt"), "It rained, and rained. Yes!");
    Run run = ctk(plugins, "sentence-lengths", "--format", "tsv", "a.txt", "b.txt");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        length\tsentences\tproportion\tcumulative_proportion
        1\t2\t0.4\t0.4
        3\t1\t0.2\t0.6
        4\t1\t0.2\t0.8
        5\t1\t0.2\t1.0
        """);
    Run json = ctk(plugins, "sentence-lengths", "--format", "json", "--min-words", "2", "a.txt",
        "b.txt");
    assertThat(json.out()).contains("\"mean_length\"").contains("\"median_length\":4.0");
  }
}
