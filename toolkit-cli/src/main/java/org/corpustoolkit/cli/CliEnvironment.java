package org.corpustoolkit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line sees of the outside world, gathered in one place so that tests can give their
 * own: environment variables, home and working folders, standard streams and whether they are terminals.
 *
 * @param variables environment variables ({@code CTK_PLUGIN_PATH}, {@code NO_COLOR})
 * @param home the user's home folder ({@code ~/.ctk/plugins} lives there)
 * @param workingDirectory where relative paths are resolved
 * @param in standard input (for the corpus argument {@code -})
 * @param out standard output
 * @param err standard error
 * @param terminal true if standard output is an interactive terminal (colour may be used)
 * @param errTerminal true if standard error is an interactive terminal (a progress bar may be drawn)
 */
public record CliEnvironment(Map<String, String> variables, Path home, Path workingDirectory,
    InputStream in, PrintWriter out, PrintWriter err, boolean terminal, boolean errTerminal) {

  /** An environment whose standard output and error are both terminals, or both not. */
  public CliEnvironment(Map<String, String> variables, Path home, Path workingDirectory,
      InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
    this(variables, home, workingDirectory, in, out, err, terminal, terminal);
  }

  /** True if ANSI colour may be used on standard output. */
  public boolean colour() {
    return terminal && !variables.containsKey("NO_COLOR");
  }
}
