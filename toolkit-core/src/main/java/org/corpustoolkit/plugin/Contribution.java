package org.corpustoolkit.plugin;

/**
 * One extension a plugin contributes, for {@code ctk plugins}.
 *
 * @param kind {@code analyser}, {@code reader}, {@code filter}, {@code format} or {@code result-format}
 * @param name the analyser name, reader name, filter name or format name
 * @param plugin the plugin that contributed it
 */
public record Contribution(String kind, String name, PluginInfo plugin) {
  @Override
  public String toString() {
    return kind + ":" + name;
  }
}
