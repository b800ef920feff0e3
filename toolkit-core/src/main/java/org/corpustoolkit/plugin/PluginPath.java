package org.corpustoolkit.plugin;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where plugin jars are looked for: {@code ~/.ctk/plugins}, then each folder of the environment variable
 * {@code CTK_PLUGIN_PATH} (separated by the platform's path separator, {@code :} on Unix).
 */
public final class PluginPath {
  /** The environment variable naming extra plugin folders. */
  public static final String VARIABLE = "CTK_PLUGIN_PATH";

  private PluginPath() {}

  /** The plugin folders for this environment and home directory. */
  public static List<Path> folders(Map<String, String> environment, Path home) {
    List<Path> folders = new ArrayList<>();
    folders.add(home.resolve(".ctk").resolve("plugins"));
    String extra = environment.get(VARIABLE);
    if (extra != null) {
      for (String part : extra.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          folders.add(Path.of(part));
        }
      }
    }
    return folders;
  }
}
