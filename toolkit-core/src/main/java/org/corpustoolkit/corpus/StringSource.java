package org.corpustoolkit.corpus;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A document given as a string: for tests, library users and plugin test kits. */
record StringSource(String id, String text) implements DocumentSource {
  @Override
  public String location() {
    return id;
  }

  @Override
  public InputStream open() {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
