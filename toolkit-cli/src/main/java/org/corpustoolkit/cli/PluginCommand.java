package org.corpustoolkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ctk plugin}: commands for plugin authors ({@code ctk plugin new}). */
@Command(name = "plugin", mixinStandardHelpOptions = true,
    description = {"Commands for plugin authors.", "",
        "  ctk plugin new NAME   write a Maven project for a new analyser plugin (docs/plugins.md)"})
final class PluginCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
