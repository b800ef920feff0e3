package org.corpustoolkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.engine.ProgressListener;

/**
 * A one-line progress bar on standard error, drawn only when the run has lasted more than a second and
 * a half, redrawn at most five times a second, and erased at the end.
 */
final class ProgressBar implements ProgressListener {
  private static final long DELAY_NANOS = 1_500_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;
  private volatile long startedAt;
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int documents) {
    total = documents;
    done.set(0);
    startedAt = System.nanoTime();
  }

  @Override
  public void documentDone(Document document) {
    int n = done.incrementAndGet();
    long now = System.nanoTime();
    if (now - startedAt < DELAY_NANOS) {
      return;
    }
    synchronized (this) {
      if (now - lastDrawn < REDRAW_NANOS) {
        return;
      }
      lastDrawn = now;
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * n / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total
          + " documents");
      err.flush();
      drawn = true;
    }
  }

  @Override
  public synchronized void finished() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
