package org.corpustoolkit.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.corpustoolkit.plugin.PluginPath;
import org.corpustoolkit.plugin.Toolkit;
import org.corpustoolkit.spi.CtkException;

/** {@code ctk}: builds the toolkit (the one injector) and the command line, runs, exits. */
public final class Main {
  private Main() {}

  /** Guice's switch for generated classes; read when Guice is first used. */
  static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

  public static void main(String[] args) {
    // ctk builds each extension once per run, so Guice's generated fast-construction classes cost
    // more start-up time (ASM, a class spun per binding) than they save; plain reflection instead.
    // Set here, in the process's entry point, before the injector exists; -D on the command line wins.
    if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
      System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
    }
    PrintWriter out = new PrintWriter(outputWriter(System.out), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    CliEnvironment env = new CliEnvironment(System.getenv(), Path.of(System.getProperty("user.home")),
        Path.of("").toAbsolutePath(), System.in, out, err, isTerminal(1), isTerminal(2));
    int code = run(args, env);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The writer of the results to {@code stream}: buffered, encoded to UTF-8 on a thread of its own
   * ({@link BackgroundWriter}), and gathered into writes of 64 K bytes (the encoder writes 8 K at a time,
   * and {@code System.out}, which flushes every write, would make each a system call).
   */
  static Writer outputWriter(OutputStream stream) {
    return new BackgroundWriter(new OutputStreamWriter(new BufferedOutputStream(stream, 1 << 16),
        StandardCharsets.UTF_8));
  }

  /**
   * True if file descriptor {@code fd} is a terminal. Java 17 only knows whether standard input and
   * output both are ({@link System#console()}); on Linux the descriptor's link in /proc tells.
   */
  private static boolean isTerminal(int fd) {
    try {
      String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Runs ctk with {@code args} in {@code env} and returns the exit code. */
  public static int run(String[] args, CliEnvironment env) {
    picocli.CommandLine cli;
    try {
      Toolkit toolkit = Toolkit.create(PluginPath.folders(env.variables(), env.home()));
      cli = CtkCommandLine.create(toolkit, env, args);
    } catch (CtkException e) {
      env.err().println("ctk: " + e.getMessage());
      if (Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(env.err());
      }
      env.err().flush();
      return e.exitCode();
    }
    return cli.execute(args);
  }
}
