package org.corpustoolkit.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.corpustoolkit.plugin.Contribution;
import org.corpustoolkit.plugin.CtkVersion;
import org.corpustoolkit.plugin.PluginInfo;
import org.corpustoolkit.plugin.PluginPath;
import org.corpustoolkit.plugin.Toolkit;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctk plugins}: every loaded plugin with its id, version, SPI version, jar, and the analysers and
 * other extensions it contributes.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = {"List the loaded plugins: id, version, SPI version, jar, and what each contributes.",
        "", "Plugins are loaded from ~/.ctk/plugins and the folders in CTK_PLUGIN_PATH; see "
            + "docs/plugins.md. 'builtin' is everything shipped with ctk."})
final class PluginsCommand implements Callable<Integer> {
  private final Toolkit toolkit;
  private final CliEnvironment env;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, csv, tsv, json, md, html (default: ${DEFAULT-VALUE}).")
  String format;

  PluginsCommand(Toolkit toolkit, CliEnvironment env) {
    this.toolkit = toolkit;
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Table.Builder table = Table.builder("plugins")
        .column(Column.text("plugin", "plugin id (manifest Ctk-Plugin-Id, else the jar's name)"))
        .column(Column.text("version", "plugin version (manifest Ctk-Plugin-Version)"))
        .column(Column.integer("spi", "plugin SPI version it was built for (0: not declared)"))
        .column(Column.text("location", "jar or folder it was loaded from"))
        .column(Column.text("analysers", "analysers it contributes"))
        .column(Column.text("extensions", "readers, filters and output formats it contributes"));
    for (PluginInfo plugin : toolkit.plugins()) {
      List<Contribution> mine = toolkit.contributions().stream()
          .filter(c -> c.plugin().equals(plugin)).toList();
      String analysers = String.join(", ", mine.stream().filter(c -> c.kind().equals("analyser"))
          .map(Contribution::name).toList());
      String others = String.join(", ", mine.stream().filter(c -> !c.kind().equals("analyser"))
          .map(Contribution::toString).toList());
      table.row(plugin.id(), plugin.version(), (long) plugin.spiVersion(), plugin.location(),
          analysers, others);
    }
    Table built = table.build();
    AnalysisResult result = new AnalysisResult() {
      @Override
      public Table table() {
        return built;
      }

      @Override
      public List<String> notes() {
        return List.of("Plugin folders: " + String.join(", ", PluginPath.folders(env.variables(),
            env.home()).stream().map(Object::toString).toList()) + "; this ctk provides plugin SPI "
            + CtkVersion.spiVersion() + ".");
      }
    };
    return Listings.render(toolkit, env, format, "plugins", result, true);
  }
}
