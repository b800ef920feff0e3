package org.corpustoolkit.spi;

/**
 * A usage error: a bad option value, a bad query or a bad argument (exit code 2).
 *
 * @since 0.1 (stable)
 */
public class UsageException extends CtkException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(USAGE, message);
  }

  public UsageException(String message, Throwable cause) {
    super(USAGE, message, cause);
  }
}
