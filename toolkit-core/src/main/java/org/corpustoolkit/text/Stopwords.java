package org.corpustoolkit.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.UsageException;

/**
 * Stop word lists for {@code --stopwords}: a bundled list by language code ({@code en}: the Snowball
 * English stop list, BSD licence) or a UTF-8 file with one word per line ({@code #} starts a comment).
 * Words are turned into counting forms, so a list matches whatever the case of the text.
 *
 * @since 0.1 (stable)
 */
public final class Stopwords {
  private static final List<String> BUNDLED = List.of("en");

  private Stopwords() {}

  /** Loads the list named by {@code spec} (a bundled language code or a file path). */
  public static Set<String> load(String spec, CountingForm form, Path workingDirectory) {
    if (spec == null || spec.isBlank()) {
      return Set.of();
    }
    List<String> lines;
    if (BUNDLED.contains(spec)) {
      String resource = "stopwords-" + spec + ".txt";
      try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled resource " + resource);
        }
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read bundled resource " + resource, e);
      }
    } else {
      Path file = workingDirectory.resolve(spec);
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--stopwords: '" + spec
            + "' is neither a bundled list (" + String.join(", ", BUNDLED) + ") nor a file");
      }
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CorpusException("cannot read stop word file " + spec + ": " + e.getMessage(), e);
      }
    }
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!word.isEmpty()) {
        words.add(form.of(word));
      }
    }
    return Set.copyOf(words);
  }
}
