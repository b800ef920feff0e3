package org.corpustoolkit.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.CorpusLoader;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.spi.CtkException;

/** The seed corpus bundled in the ctk jar: the default corpus when no corpus argument is given. */
final class SeedCorpus {
  static final String RESOURCE = "/org/corpustoolkit/cli/seeds";

  private SeedCorpus() {}

  static Corpus load(ReadOptions options) {
    URL url = SeedCorpus.class.getResource(RESOURCE);
    if (url == null) {
      throw new CtkException(CtkException.INTERNAL, "the bundled seed corpus is missing from the jar");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // opened by an earlier run in this JVM
        }
      }
      return CorpusLoader.directory(Path.of(uri), options, "seed corpus");
    } catch (URISyntaxException | IOException e) {
      throw new CtkException(CtkException.INTERNAL, "cannot open the bundled seed corpus: " + e, e);
    }
  }
}
