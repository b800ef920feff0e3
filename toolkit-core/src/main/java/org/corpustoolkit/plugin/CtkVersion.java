package org.corpustoolkit.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The ctk version and SPI version, from the build. */
public final class CtkVersion {
  private static final Properties PROPERTIES = load();

  private CtkVersion() {}

  /** The ctk version, for example {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return PROPERTIES.getProperty("version", "unknown");
  }

  /** The plugin SPI version; plugins built for another one are refused. */
  public static int spiVersion() {
    return Integer.parseInt(PROPERTIES.getProperty("spi", "1"));
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = CtkVersion.class.getResourceAsStream("/org/corpustoolkit/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // keep defaults
    }
    return p;
  }
}
