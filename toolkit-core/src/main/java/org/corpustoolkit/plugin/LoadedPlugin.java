package org.corpustoolkit.plugin;

import java.util.List;
import org.corpustoolkit.spi.PluginModule;

/** A plugin's metadata with the modules it contributes and the class loader that loaded them. */
record LoadedPlugin(PluginInfo info, ClassLoader loader, List<PluginModule> modules) {}
