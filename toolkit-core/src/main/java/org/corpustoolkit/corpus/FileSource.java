package org.corpustoolkit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document stored in a file (on disk or inside a jar's file system). */
record FileSource(Path path, String id) implements DocumentSource {
  @Override
  public String location() {
    return path.toUri().getScheme().equals("file") ? path.toString() : path.toUri().toString();
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }
}
