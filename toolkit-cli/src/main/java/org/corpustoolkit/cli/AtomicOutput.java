package org.corpustoolkit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.DocumentSource;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.UsageException;

/**
 * {@code -o FILE}: output written to a temporary file in the same folder, then renamed over the target,
 * so a reader never sees a half-written file and a failed run leaves the old file intact. Refuses to
 * write over a file of the corpus being analysed.
 */
final class AtomicOutput {
  /** Writes the output; an {@link IOException} means the target was not touched. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  private AtomicOutput() {}

  static void checkTarget(Path target, Corpus corpus) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException("--output: folder " + parent + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new UsageException("--output: " + target + " is a folder");
    }
    if (!Files.exists(target)) {
      return;
    }
    for (DocumentSource source : corpus.sources()) {
      if (sameFile(target, source.location())) {
        throw new UsageException("--output " + target
            + " is a file of the corpus; ctk never overwrites corpus files");
      }
    }
  }

  private static boolean sameFile(Path target, String location) {
    try {
      Path other = Path.of(location);
      return Files.exists(other) && Files.isSameFile(target, other);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (Writer out = Main.outputWriter(Files.newOutputStream(temp))) {
        body.write(out);
      }
      permissions(temp, absolute);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }


  /**
   * Temporary files are private (0600); the output gets the permissions of the file it replaces, or
   * the usual rw-r--r-- for a new file.
   */
  private static void permissions(Path temp, Path target) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  static CorpusException failed(Path target, IOException e) {
    return new CorpusException("cannot write " + target + ": " + e.getMessage(), e);
  }
}
