package org.corpustoolkit.spi;

/**
 * Base of every error ctk reports to a user. Each subclass carries the process exit code of the CLI
 * contract, and its message is the one line printed on standard error, so it should say what went wrong
 * and what to do about it.
 *
 * <p>Exit codes: 1 internal error, 2 usage error ({@link UsageException}), 3 corpus or data error
 * ({@link CorpusException}), 4 plugin error ({@link PluginException}).
 *
 * @since 0.1 (stable)
 */
public class CtkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for an internal error: a bug in ctk or a plugin that was not classified. */
  public static final int INTERNAL = 1;
  /** Exit code for a usage error: bad option, bad query, bad argument. */
  public static final int USAGE = 2;
  /** Exit code for a corpus or data error: missing path, unreadable or empty corpus. */
  public static final int CORPUS = 3;
  /** Exit code for a plugin error: a plugin failed to load or an analyser threw. */
  public static final int PLUGIN = 4;

  private final int exitCode;

  public CtkException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CtkException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The process exit code the CLI uses for this error. */
  public int exitCode() {
    return exitCode;
  }
}
