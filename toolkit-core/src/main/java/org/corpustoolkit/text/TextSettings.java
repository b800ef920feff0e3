package org.corpustoolkit.text;

import java.util.Set;

/**
 * Settings shared by every analyser of a run: how tokens become counting forms and which forms are stop
 * words.
 *
 * @param caseSensitive keep case in counting forms ({@code --case-sensitive})
 * @param stopwords counting forms to leave out of result lists ({@code --stopwords}); never null
 * @param language ISO 639-1 code of the corpus language ({@code --lang}), for annotators and
 *     language-specific formulas
 * @since 0.1 (stable)
 */
public record TextSettings(boolean caseSensitive, Set<String> stopwords, String language) {
  public TextSettings {
    stopwords = Set.copyOf(stopwords);
  }

  /** Case-folded, no stop words, English. */
  public static TextSettings defaults() {
    return new TextSettings(false, Set.of(), "en");
  }

  /** True if {@code form} is a stop word. */
  public boolean isStopword(String form) {
    return stopwords.contains(form);
  }
}
