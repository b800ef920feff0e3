package org.corpustoolkit.plugin;

/**
 * A plugin as ctk sees it: where it came from and what it says about itself in its jar manifest
 * ({@code Ctk-Plugin-Id}, {@code Ctk-Plugin-Version}, {@code Ctk-Spi-Version}).
 *
 * @param id plugin id (manifest, else the jar's file name without {@code .jar}; {@code builtin} for the
 *     analysers shipped with ctk)
 * @param version plugin version (manifest {@code Ctk-Plugin-Version} or {@code Implementation-Version})
 * @param location the jar or folder it was loaded from, or {@code built-in}
 * @param spiVersion the SPI version the plugin was built for (0 if not declared)
 */
public record PluginInfo(String id, String version, String location, int spiVersion) {
  /** The plugin record of everything on ctk's own class path. */
  public static PluginInfo builtin() {
    return new PluginInfo("builtin", CtkVersion.version(), "built-in", CtkVersion.spiVersion());
  }
}
