package org.corpustoolkit.engine;

import org.corpustoolkit.corpus.Document;

/**
 * Told as documents are processed, so the CLI can draw a progress bar. Implementations must be
 * thread-safe: workers call it concurrently.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(int documents) {}

    @Override
    public void documentDone(Document document) {}

    @Override
    public void finished() {}
  };

  /** A pass over {@code documents} documents begins. */
  void started(int documents);

  /** One document was read and processed (its metadata says which encoding it was read in). */
  void documentDone(Document document);

  /** The pass ended. */
  void finished();
}
