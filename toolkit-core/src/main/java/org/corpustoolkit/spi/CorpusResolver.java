package org.corpustoolkit.spi;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.CorpusLoader;
import org.corpustoolkit.corpus.ReadOptions;

/**
 * Resolves arguments that name files or corpora (an option such as {@code --reference REF}) the way the
 * command line resolves its corpus arguments: relative to the user's working directory, with the run's
 * read options (encoding). Analysers get one from {@link AnalysisContext#corpusResolver()}, so they never
 * guess the working directory themselves.
 *
 * <pre>{@code
 * Corpus reference = context.corpusResolver().load(List.of(options.reference()));
 * AnalysisContext referenceContext = context.withCorpus(reference);
 * }</pre>
 *
 * @since 0.2
 */
public interface CorpusResolver {

  /**
   * The corpus named by {@code arguments} (files, folders, glob patterns, {@code -}); a missing path is a
   * {@link CorpusException}.
   */
  Corpus load(List<String> arguments);

  /** {@code argument} as a path resolved against the working directory (it may not exist). */
  Path path(String argument);

  /** A resolver relative to {@code workingDirectory}, reading {@code -} from {@code stdin}. */
  static CorpusResolver inDirectory(Path workingDirectory, InputStream stdin, ReadOptions read) {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(read, "read");
    CorpusLoader loader = new CorpusLoader(workingDirectory.getFileSystem(), workingDirectory, stdin);
    return new CorpusResolver() {
      @Override
      public Corpus load(List<String> arguments) {
        return loader.load(arguments, read);
      }

      @Override
      public Path path(String argument) {
        return workingDirectory.resolve(workingDirectory.getFileSystem().getPath(argument)).normalize();
      }
    };
  }
}
