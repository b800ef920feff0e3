package org.corpustoolkit.corpus;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input ({@code -} on the command line); it can be read once. */
record StdinSource(InputStream in) implements DocumentSource {
  @Override
  public String id() {
    return "<stdin>";
  }

  @Override
  public String location() {
    return "standard input";
  }

  @Override
  public boolean rereadable() {
    return false;
  }

  @Override
  public InputStream open() {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // never close the process's standard input
      }
    };
  }
}
