package org.corpustoolkit.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs ctk in-process through the same entry point as {@code main} ({@link Main#run}), with a private
 * home folder, working folder and environment, and captures standard output, error and the exit code.
 */
public final class CliRun {
  private final Path home;
  private final Path workingDirectory;
  private final Map<String, String> variables = new HashMap<>();
  private InputStream stdin = new ByteArrayInputStream(new byte[0]);

  /** The result of one run. */
  public record Result(int exitCode, String out, String err) {}

  public CliRun(Path temp) {
    this.home = temp.resolve("home");
    this.workingDirectory = temp;
  }

  public CliRun env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public CliRun stdin(String text) {
    stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment env = new CliEnvironment(Map.copyOf(variables), home, workingDirectory, stdin,
        new PrintWriter(out), new PrintWriter(err), false);
    int code = Main.run(args, env);
    return new Result(code, out.toString(), err.toString());
  }
}
