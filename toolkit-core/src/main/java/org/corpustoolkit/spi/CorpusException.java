package org.corpustoolkit.spi;

/**
 * A corpus or data error: a missing path, a corpus with no readable document, a malformed frequency list (exit code 3).
 *
 * @since 0.1 (stable)
 */
public class CorpusException extends CtkException {
  private static final long serialVersionUID = 1L;

  public CorpusException(String message) {
    super(CORPUS, message);
  }

  public CorpusException(String message, Throwable cause) {
    super(CORPUS, message, cause);
  }
}
