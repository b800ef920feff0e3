package org.corpustoolkit.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A buffered writer that hands full blocks of characters to a thread of its own, which encodes and
 * writes them to the writer underneath, so the thread rendering a long table does not also encode
 * its output (for {@code ctk tokens}, a fifth of the rendering thread's time). Order is kept: every
 * character goes through the same queue of blocks. {@link #flush()} returns once everything written
 * before it is written and flushed underneath; an error of the writing thread is thrown by the next
 * call. Not for use by several threads at once.
 */
final class BackgroundWriter extends Writer {
  static final int BLOCK = 1 << 16;
  /** A block with no characters: asks the writing thread to flush the writer underneath. */
  private static final Block FLUSH = new Block(new char[0], 0);

  private final Writer out;
  private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(4);
  private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(6);
  private final BlockingQueue<Object> flushed = new ArrayBlockingQueue<>(1);
  private char[] block = new char[BLOCK];
  private int length;
  private Thread thread;
  private volatile IOException failure;
  private boolean closed;

  private record Block(char[] chars, int length) {}

  BackgroundWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    check();
    while (len > 0) {
      int n = Math.min(len, block.length - length);
      System.arraycopy(cbuf, off, block, length, n);
      length += n;
      off += n;
      len -= n;
      if (length == block.length) {
        handOn();
      }
    }
  }

  @Override
  public void write(int c) throws IOException {
    check();
    block[length++] = (char) c;
    if (length == block.length) {
      handOn();
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    check();
    while (len > 0) {
      int n = Math.min(len, block.length - length);
      str.getChars(off, off + n, block, length);
      length += n;
      off += n;
      len -= n;
      if (length == block.length) {
        handOn();
      }
    }
  }

  @Override
  public void flush() throws IOException {
    check();
    if (length > 0) {
      handOn();
    }
    if (thread == null) {
      out.flush();
      return;
    }
    put(FLUSH);
    try {
      flushed.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing output");
    }
    check();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      flush();
    } finally {
      closed = true;
      if (thread != null) {
        thread.interrupt();
      }
      out.close();
    }
  }

  private void check() throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    IOException e = failure;
    if (e != null) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Queues the current block and takes a free one. */
  private void handOn() throws IOException {
    if (thread == null) {
      thread = new Thread(this::writeBlocks, "ctk-output");
      thread.setDaemon(true);
      thread.start();
    }
    put(new Block(block, length));
    char[] next = free.poll();
    block = next != null ? next : new char[BLOCK];
    length = 0;
  }

  private void put(Block b) throws IOException {
    try {
      full.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing output");
    }
  }

  /** The writing thread: writes blocks in order until interrupted; after a failure, drops them. */
  private void writeBlocks() {
    try {
      while (true) {
        Block b = full.take();
        if (b == FLUSH) {
          if (failure == null) {
            try {
              out.flush();
            } catch (IOException e) {
              failure = e;
            }
          }
          flushed.put(b);
          continue;
        }
        if (failure == null) {
          try {
            out.write(b.chars(), 0, b.length());
          } catch (IOException e) {
            failure = e;
          }
        }
        free.offer(b.chars());
      }
    } catch (InterruptedException e) {
      // closed
    }
  }
}
