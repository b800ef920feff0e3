package org.corpustoolkit.plugins.wordids;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of compressed word ids ({@link WordIdCodec#encode}), for the second pass of
 * dispersion ({@code ctk frequency}) or the backward pass of MTLD ({@code ctk register}) over a corpus
 * too large to keep its ids in memory: reading 1–3 bytes a word back costs far less than reading and
 * tokenizing the corpus again, and the memory stays bounded (the file is about a fifth of the size of
 * English text). The file is made on the first write, in {@code java.io.tmpdir}, and deleted by
 * {@link #close()} (and at exit, should the run be killed first). If it cannot be made or written (a
 * full or read-only disk), {@link #failed()} turns true and the caller reads the corpus again (or keeps
 * the ids in memory) instead. Thread-safe.
 */
public final class IdSpill implements Closeable {
  /** Where the file is made: null for {@code java.io.tmpdir}. */
  private final Path directory;
  private FileChannel channel;
  private Path file;
  private long size;
  private boolean failed;
  private boolean closed;

  /** A spill whose file, once written, is in {@code java.io.tmpdir}. */
  public IdSpill() {
    this(null);
  }

  /** A spill whose file, once written, is in {@code directory} (null: {@code java.io.tmpdir}). */
  public IdSpill(Path directory) {
    this.directory = directory;
  }

  /**
   * Appends {@code bytes}; returns the offset they were written at, or -1 if the file could not be
   * written (then and from then on {@link #failed()}).
   */
  public synchronized long write(byte[] bytes) {
    if (failed || closed) {
      failed = true;
      return -1;
    }
    try {
      if (channel == null) {
        file = directory == null ? Files.createTempFile("ctk-word-ids-", ".bin")
            : Files.createTempFile(directory, "ctk-word-ids-", ".bin");
        file.toFile().deleteOnExit();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
      long at = size;
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer, at + buffer.position());
      }
      size += bytes.length;
      return at;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      failed = true;
      release();
      return -1;
    }
  }

  /** True if a write failed: the ids written are incomplete and must not be used. */
  public synchronized boolean failed() {
    return failed;
  }

  /** The {@code length} bytes written at {@code offset}. */
  public byte[] read(long offset, int length) {
    FileChannel c;
    synchronized (this) {
      c = channel;
    }
    byte[] bytes = new byte[length];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      while (buffer.hasRemaining()) {
        if (c.read(buffer, offset + buffer.position()) < 0) {
          throw new IOException("temporary file of word ids ends early: " + file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  /** Bytes written so far. */
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized void close() {
    closed = true;
    release();
  }

  private void release() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // deleting it below is what matters
    }
    channel = null;
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // deleteOnExit is still registered
    }
  }
}
