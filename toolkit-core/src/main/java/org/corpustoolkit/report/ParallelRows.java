package org.corpustoolkit.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Writes a long table whose rows may be read from several threads at once ({@link Table#ofThreadSafe})
 * on every core: blocks of {@link #BLOCK_ROWS} rows are formatted by pool threads, each block by a row
 * writer of its own into characters of its own, and the calling thread writes the blocks in row order.
 * A row writer's output depends only on its row (its cache of repeated cells only saves work), so the
 * characters are those one writer would have written.
 *
 * <p>Why: formatting is what the calling thread of a run does alone at its end, after every worker has
 * stopped; a frequency list of millions of word n-grams (each row's text built when read) took longer
 * to write than to count. At most {@code 2 × threads} blocks are held at a time.
 *
 * <p>If reading or formatting a row fails, the rows before it are written, then the failure is thrown,
 * as {@link RowWriter#writeRows} does.
 */
final class ParallelRows {
  /** Rows of a block: large enough that a block costs far more than handing it over. */
  static final int BLOCK_ROWS = 1 << 12;
  /** Tables with fewer rows left than this are written by the calling thread alone. */
  static final int MIN_ROWS = 1 << 14;
  /** The most threads used. */
  private static final int MAX_THREADS = 8;

  private ParallelRows() {}

  /** The threads a table is written with: the machine's cores, at most {@link #MAX_THREADS}. */
  static int threads() {
    return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The rows of {@code table} if its rows from {@code from} on are worth writing in parallel (it may
   * be read from several threads, has at least {@link #MIN_ROWS} rows left and there are two cores or
   * more), else null.
   */
  static List<Object[]> worthIt(Table table, int from) {
    List<Object[]> rows = table.threadSafeRows();
    return rows != null && rows.size() - from >= MIN_ROWS && threads() > 1 ? rows : null;
  }

  /**
   * Writes {@code rows[from, size)} to {@code out} with {@code threads} threads, each block by a row
   * writer that {@code writers} makes over the buffer it is given.
   */
  static void write(List<Object[]> rows, int from, Function<OutputBuffer, RowWriter> writers,
      Writer out, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ctk-render");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<Block>> window = new ArrayDeque<>();
    int size = rows.size();
    int next = from;
    try {
      while (next < size || !window.isEmpty()) {
        while (next < size && window.size() < 2 * threads) {
          int start = next;
          int end = Math.min(size, start + BLOCK_ROWS);
          window.add(pool.submit(() -> block(rows, start, end, writers)));
          next = end;
        }
        Block done = result(window.poll());
        out.write(done.chars, 0, done.length);
        if (done.failure != null) {
          throw done.failure;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Formats rows {@code [start, end)}: their characters, and the failure that stopped them if any. */
  private static Block block(List<Object[]> rows, int start, int end,
      Function<OutputBuffer, RowWriter> writers) {
    Chars chars = new Chars();
    RowWriter writer = writers.apply(new OutputBuffer(chars));
    int[] at = {start};
    RowCursor cursor = sink -> {
      if (at[0] >= end) {
        return false;
      }
      for (Object cell : rows.get(at[0]++)) {
        sink.value(cell);
      }
      return true;
    };
    RuntimeException failure = null;
    try {
      writer.writeRows(cursor, 0);
    } catch (RuntimeException e) {
      failure = e;
    } catch (IOException e) {
      failure = new UncheckedIOException(e); // not from Chars, which never fails
    }
    return new Block(chars.array, chars.length, failure);
  }

  private static Block result(Future<Block> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing rows");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** A block's characters, and the failure that ended it early (or null). */
  private record Block(char[] chars, int length, RuntimeException failure) {}

  /** A writer into a growing array of characters. */
  private static final class Chars extends Writer {
    char[] array = new char[OutputBuffer.BLOCK];
    int length;

    @Override
    public void write(char[] source, int offset, int count) {
      if (length + count > array.length) {
        array = Arrays.copyOf(array, Math.max(array.length * 2, length + count));
      }
      System.arraycopy(source, offset, array, length, count);
      length += count;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
