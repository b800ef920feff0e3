package org.corpustoolkit.engine;

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
    public void documentDone(long characters) {}

    @Override
    public void finished() {}
  };

  /** A pass over {@code documents} documents begins. */
  void started(int documents);

  /** One document of {@code characters} characters was processed. */
  void documentDone(long characters);

  /** The pass ended. */
  void finished();
}
