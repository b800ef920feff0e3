package org.corpustoolkit.spi;

/**
 * A plugin error: a plugin jar that cannot be loaded, two analysers with one name, an analyser that threw (exit code 4).
 *
 * @since 0.1 (stable)
 */
public class PluginException extends CtkException {
  private static final long serialVersionUID = 1L;

  public PluginException(String message) {
    super(PLUGIN, message);
  }

  public PluginException(String message, Throwable cause) {
    super(PLUGIN, message, cause);
  }
}
