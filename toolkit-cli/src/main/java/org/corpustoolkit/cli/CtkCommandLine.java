package org.corpustoolkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.corpustoolkit.plugin.CtkVersion;
import org.corpustoolkit.plugin.RegisteredAnalyser;
import org.corpustoolkit.plugin.Toolkit;
import org.corpustoolkit.spi.CtkException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The one place that builds ctk's command line and sets its policy: one subcommand per registered
 * analyser (generated from its descriptor), the fixed commands ({@code analysers}, {@code plugins},
 * {@code plugin new}, {@code completion}),
 * exit codes (0 ok, 1 internal, 2 usage, 3 corpus/data, 4 plugin), and one-line error messages (stack
 * traces only with {@code --verbose}). {@code main} and every CLI test call {@link #create}.
 */
public final class CtkCommandLine {
  /** Subcommand names analysers may not take. */
  static final List<String> RESERVED = List.of("analysers", "completion", "help", "plugin", "plugins");

  private CtkCommandLine() {}

  /** The top-level command: prints help when run without a subcommand. */
  @Command(name = "ctk", mixinStandardHelpOptions = true, versionProvider = Root.Version.class,
      description = {"Corpus Toolkit: corpus linguistics on the command line.", "",
          "Every analyser reads a corpus (files, folders, globs, - for standard input; the bundled "
              + "seed corpus by default) and writes a table as text, csv, tsv, json, md or html."},
      footerHeading = "%nPlugins:%n",
      footer = {"  Plugin jars are loaded from ~/.ctk/plugins and the folders in CTK_PLUGIN_PATH.",
          "", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 corpus or data error, "
              + "4 plugin error."})
  static final class Root implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints ctk's version, SPI version and Java version. */
    static final class Version implements IVersionProvider {
      @Override
      public String[] getVersion() {
        return new String[] {"ctk " + CtkVersion.version() + " (plugin SPI " + CtkVersion.spiVersion()
            + ", Java " + System.getProperty("java.version") + ")"};
      }
    }
  }

  /** {@code ctk completion}: prints a bash/zsh completion script. */
  @Command(name = "completion", mixinStandardHelpOptions = true,
      description = {"Print a bash/zsh completion script for ctk.", "",
          "Use: source <(ctk completion)   or   ctk completion > /etc/bash_completion.d/ctk"})
  static final class Completion implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      CommandLine root = spec.commandLine().getParent();
      spec.commandLine().getOut().print(AutoComplete.bash("ctk", root));
      spec.commandLine().getOut().flush();
    }
  }

  /** Builds the command line for {@code toolkit} in {@code env}, with every subcommand. */
  public static CommandLine create(Toolkit toolkit, CliEnvironment env) {
    return create(toolkit, env, new String[0]);
  }

  /**
   * Builds the command line to run {@code args}: if the first argument names an analyser, that
   * analyser's is the only analyser subcommand built (its help, errors and run are the same; building
   * the options and help of every analyser took about a tenth of a second of every start); else every
   * subcommand, for the root's help, completion and suggestions.
   */
  public static CommandLine create(Toolkit toolkit, CliEnvironment env, String[] args) {
    CommandLine cli = new CommandLine(new Root());
    String asked = args.length > 0 ? args[0] : null;
    boolean one = false;
    for (RegisteredAnalyser analyser : toolkit.analysers()) {
      if (RESERVED.contains(analyser.name())) {
        throw new org.corpustoolkit.spi.PluginException("analyser name '" + analyser.name()
            + "' of plugin " + analyser.plugin().location() + " is reserved by ctk");
      }
      one |= analyser.name().equals(asked);
    }
    for (RegisteredAnalyser analyser : toolkit.analysers()) {
      if (one && !analyser.name().equals(asked)) {
        continue;
      }
      AnalyserCommand command = new AnalyserCommand(analyser, toolkit.formats(),
          toolkit.tokenFilters(), toolkit.corpusReaders(), toolkit.annotators(), env);
      cli.addSubcommand(analyser.name(), new CommandLine(command.spec()));
    }
    cli.addSubcommand("analysers", new AnalysersCommand(toolkit, env));
    cli.addSubcommand("plugins", new PluginsCommand(toolkit, env));
    cli.addSubcommand("plugin", new CommandLine(new PluginCommand())
        .addSubcommand("new", new PluginNewCommand(env)));
    cli.addSubcommand("completion", new Completion());
    cli.setOut(env.out()); // after adding subcommands: picocli applies it to those already added
    cli.setErr(env.err());
    cli.setParameterExceptionHandler(CtkCommandLine::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
        failure(e, commandLine, parseResult, env));
    cli.setUsageHelpAutoWidth(true);
    // again after the subcommands exist: setOut/setErr reach only subcommands already added
    cli.setOut(env.out());
    cli.setErr(env.err());
    return cli;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String path = cl.getCommandSpec().qualifiedName();
    cl.getErr().println(path + ": " + e.getMessage() + " (see '" + path + " --help')");
    cl.getErr().flush();
    return CtkException.USAGE;
  }

  private static int failure(Exception e, CommandLine commandLine, ParseResult parseResult,
      CliEnvironment env) {
    boolean verbose = verbose(parseResult);
    int code;
    String message;
    if (e instanceof CtkException ctk) {
      code = ctk.exitCode();
      message = ctk.getMessage();
    } else {
      code = CtkException.INTERNAL;
      message = "internal error: " + e + (verbose ? "" : " (run with --verbose for details)");
    }
    PrintWriter err = env.err();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
    if (verbose) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return code;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
