package org.corpustoolkit.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpustoolkit.spi.CorpusReader;
import org.corpustoolkit.spi.PluginException;

/**
 * The installed {@link CorpusReader}s, indexed by the file extensions they claim. Two readers claiming
 * one extension is a plugin error naming both.
 *
 * @since 0.2
 */
public final class CorpusReaders {
  private static final CorpusReaders NONE = new CorpusReaders(Set.of());

  private final Map<String, CorpusReader> byExtension = new HashMap<>();
  private final List<CorpusReader> readers;

  /** Indexes {@code readers}; throws a {@link PluginException} if two claim the same extension. */
  public CorpusReaders(Set<CorpusReader> readers) {
    List<CorpusReader> sorted = new ArrayList<>(readers);
    sorted.sort(Comparator.comparing(CorpusReader::name));
    for (CorpusReader reader : sorted) {
      for (String extension : reader.extensions()) {
        String key = extension.toLowerCase(Locale.ROOT);
        CorpusReader previous = byExtension.putIfAbsent(key, reader);
        if (previous != null) {
          throw new PluginException("two corpus readers claim ." + key + " files: '"
              + previous.name() + "' (" + previous.getClass().getName() + ") and '" + reader.name()
              + "' (" + reader.getClass().getName() + "); remove one of the plugins");
        }
      }
    }
    this.readers = List.copyOf(sorted);
  }

  /** No readers: every file is plain text. */
  public static CorpusReaders none() {
    return NONE;
  }

  /** The readers, sorted by name. */
  public List<CorpusReader> readers() {
    return readers;
  }

  /**
   * The reader for a document id or file name, by its extension ({@code .gz} looked through), if one
   * claims it.
   */
  public Optional<CorpusReader> forName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int slash = name.lastIndexOf('/');
    name = name.substring(slash + 1);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || byExtension.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byExtension.get(name.substring(dot + 1)));
  }
}
