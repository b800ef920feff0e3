package org.corpustoolkit.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corpustoolkit.corpus.Corpus;

/**
 * Corpora built from strings, for tests: {@code TestCorpus.of("One text.", "Another text.")} has
 * documents {@code doc1} and {@code doc2}; {@link #builder()} names them.
 *
 * @since 0.2
 */
public final class TestCorpus {
  private TestCorpus() {}

  /** Documents {@code doc1}, {@code doc2}, ... with the given texts, in order. */
  public static Corpus of(String... texts) {
    return Corpus.ofStrings(texts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a corpus of named documents, in the order they are added. */
  public static final class Builder {
    private final Map<String, String> documents = new LinkedHashMap<>();

    private Builder() {}

    /** Adds document {@code id}; an id with an extension ({@code page.html}) selects a reader. */
    public Builder document(String id, String text) {
      if (documents.putIfAbsent(id, text) != null) {
        throw new IllegalArgumentException("duplicate document id " + id);
      }
      return this;
    }

    public Corpus build() {
      return Corpus.ofStrings(documents);
    }
  }
}
