package org.corpustoolkit.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.corpustoolkit.plugin.RegisteredAnalyser;
import org.corpustoolkit.plugin.Toolkit;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ctk analysers}: every registered analyser, with the plugin that contributed it. */
@Command(name = "analysers", description = "List the analysers: name, description, plugin, version.",
    mixinStandardHelpOptions = true)
final class AnalysersCommand implements Callable<Integer> {
  private final Toolkit toolkit;
  private final CliEnvironment env;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, csv, tsv, json, md, html (default: ${DEFAULT-VALUE}).")
  String format;

  AnalysersCommand(Toolkit toolkit, CliEnvironment env) {
    this.toolkit = toolkit;
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Table.Builder table = Table.builder("analysers")
        .column(Column.text("name", "subcommand name"))
        .column(Column.text("description", "what it computes"))
        .column(Column.text("plugin", "plugin id"))
        .column(Column.text("version", "plugin version"))
        .column(Column.text("location", "jar or folder it was loaded from"));
    for (RegisteredAnalyser r : toolkit.analysers()) {
      table.row(r.name(), r.analyser().descriptor().description(), r.plugin().id(),
          r.plugin().version(), r.plugin().location());
    }
    Table built = table.build();
    return Listings.render(toolkit, env, format, "analysers", () -> built, false);
  }
}
