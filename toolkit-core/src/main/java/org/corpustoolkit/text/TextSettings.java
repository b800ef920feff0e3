package org.corpustoolkit.text;

import java.util.List;
import java.util.Set;
import org.corpustoolkit.spi.TokenFilter;

/**
 * Settings shared by every analyser of a run: how tokens become counting forms and which forms are stop
 * words.
 *
 * @param caseSensitive keep case in counting forms ({@code --case-sensitive})
 * @param stopwords counting forms to leave out of result lists ({@code --stopwords}); never null
 * @param language ISO 639-1 code of the corpus language ({@code --lang}), for annotators and
 *     language-specific formulas
 * @param filters token filters applied to counting forms, in order ({@code --filter}; since 0.2)
 * @since 0.1 (stable)
 */
public record TextSettings(boolean caseSensitive, Set<String> stopwords, String language,
    List<TokenFilter> filters) {
  public TextSettings {
    stopwords = Set.copyOf(stopwords);
    filters = List.copyOf(filters);
  }

  /** Settings without token filters. */
  public TextSettings(boolean caseSensitive, Set<String> stopwords, String language) {
    this(caseSensitive, stopwords, language, List.of());
  }

  /**
   * These settings with {@code chosen} token filters.
   *
   * @since 0.2
   */
  public TextSettings withFilters(List<TokenFilter> chosen) {
    return new TextSettings(caseSensitive, stopwords, language, chosen);
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
