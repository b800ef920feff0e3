package org.corpustoolkit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.corpustoolkit.spi.CorpusException;

/**
 * Resolves corpus arguments (files, directories, glob patterns and {@code -} for standard input) into a
 * {@link Corpus}.
 *
 * <p>Directories are walked recursively; their files are taken in sorted order of their relative paths,
 * skipping hidden files and folders (names starting with a dot). A glob such as {@code texts/**.txt} is
 * matched against paths under its fixed prefix. A path that does not exist, a directory with no file and
 * a glob that matches nothing are corpus errors (exit code 3).
 *
 * @since 0.1 (stable)
 */
public final class CorpusLoader {
  private final FileSystem fileSystem;
  private final Path workingDirectory;
  private final InputStream stdin;

  public CorpusLoader(FileSystem fileSystem, Path workingDirectory, InputStream stdin) {
    this.fileSystem = fileSystem;
    this.workingDirectory = workingDirectory;
    this.stdin = stdin;
  }

  /** Loads the corpus named by {@code arguments}. */
  public Corpus load(List<String> arguments, ReadOptions options) {
    List<DocumentSource> sources = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String argument : arguments) {
      List<DocumentSource> found = resolve(argument);
      for (DocumentSource s : found) {
        if (seen.add(identity(s))) {
          sources.add(s);
        }
      }
    }
    return new Corpus(sources, options, String.join(" ", arguments));
  }

  /** Loads every file under {@code root} (for example the bundled seed corpus). */
  public static Corpus directory(Path root, ReadOptions options, String description) {
    List<DocumentSource> sources = walk(root);
    if (sources.isEmpty()) {
      throw new CorpusException("no documents found in " + root);
    }
    return new Corpus(sources, options, description);
  }

  private List<DocumentSource> resolve(String argument) {
    if (argument.equals("-")) {
      return List.of(new StdinSource(stdin));
    }
    if (isGlob(argument)) {
      return glob(argument);
    }
    Path path = workingDirectory.resolve(fileSystem.getPath(argument)).normalize();
    if (!Files.exists(path)) {
      throw new CorpusException("no such file or directory: " + argument);
    }
    if (Files.isDirectory(path)) {
      List<DocumentSource> found = walk(path);
      if (found.isEmpty()) {
        throw new CorpusException("no documents found in folder " + argument);
      }
      return found;
    }
    if (!Files.isReadable(path)) {
      throw new CorpusException("cannot read " + argument + ": permission denied");
    }
    return List.of(new FileSource(path, argument));
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private List<DocumentSource> glob(String pattern) {
    String sep = fileSystem.getSeparator();
    int firstMeta = firstMeta(pattern);
    int lastSep = pattern.lastIndexOf(sep, firstMeta);
    String base = lastSep < 0 ? "" : pattern.substring(0, lastSep + 1);
    String rest = lastSep < 0 ? pattern : pattern.substring(lastSep + 1);
    Path baseDir = workingDirectory.resolve(base.isEmpty() ? "." : base).normalize();
    if (!Files.isDirectory(baseDir)) {
      throw new CorpusException("no such folder for pattern " + pattern + ": " + base);
    }
    PathMatcher matcher = fileSystem.getPathMatcher("glob:" + rest);
    List<DocumentSource> found = new ArrayList<>();
    for (DocumentSource s : walk(baseDir)) {
      Path file = ((FileSource) s).path();
      if (matcher.matches(baseDir.relativize(file))) {
        found.add(new FileSource(file, base + s.id()));
      }
    }
    if (found.isEmpty()) {
      throw new CorpusException("no files match " + pattern);
    }
    return found;
  }

  private static int firstMeta(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return s.length();
  }

  private static List<DocumentSource> walk(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p))
          .filter(p -> !hidden(root.relativize(p)))
          .map(p -> new FileSource(p, slashes(root.relativize(p))))
          .sorted(Comparator.comparing(FileSource::id))
          .map(DocumentSource.class::cast)
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusException("cannot read folder " + root + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path relative) {
    List<String> parts = new ArrayList<>();
    relative.forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  private static String identity(DocumentSource s) {
    if (s instanceof FileSource f) {
      try {
        return f.path().toRealPath().toString();
      } catch (IOException e) {
        return f.path().toAbsolutePath().toString();
      }
    }
    return s.id();
  }
}
