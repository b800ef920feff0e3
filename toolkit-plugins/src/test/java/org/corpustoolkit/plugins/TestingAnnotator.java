package org.corpustoolkit.plugins;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpustoolkit.spi.Annotator;

/**
 * A hand-written English annotator for tests: a small dictionary of "word → TAG lemma"; any other
 * word is a NOUN that is its own lemma, anything without a letter or digit is PUNCT. Counts the
 * sentences it was asked to annotate.
 */
public final class TestingAnnotator implements Annotator {
  private static final Map<String, String> DICTIONARY = Map.ofEntries(
      Map.entry("the", "DET the"), Map.entry("a", "DET a"),
      Map.entry("is", "AUX be"), Map.entry("are", "AUX be"), Map.entry("were", "AUX be"),
      Map.entry("been", "AUX be"), Map.entry("be", "AUX be"),
      Map.entry("cats", "NOUN cat"), Map.entry("cat", "NOUN cat"),
      Map.entry("ran", "VERB run"), Map.entry("runs", "VERB run"), Map.entry("run", "VERB run"),
      Map.entry("here", "ADV here"), Map.entry("there", "ADV there"),
      Map.entry("moscow’s", "PROPN Moscow"));

  /** Sentences annotated so far, by all taggers. */
  public final AtomicInteger sentences = new AtomicInteger();

  @Override
  public String language() {
    return "en";
  }

  @Override
  public String description() {
    return "testing dictionary";
  }

  @Override
  public Tagger newTagger() {
    return (tokens, tags, lemmas) -> {
      sentences.incrementAndGet();
      for (int i = 0; i < tokens.length; i++) {
        String entry = DICTIONARY.get(tokens[i].toLowerCase(Locale.ROOT));
        if (entry != null) {
          tags[i] = entry.substring(0, entry.indexOf(' '));
          lemmas[i] = entry.substring(entry.indexOf(' ') + 1);
        } else {
          tags[i] = tokens[i].codePoints().anyMatch(Character::isLetterOrDigit) ? "NOUN" : "PUNCT";
          lemmas[i] = null;
        }
      }
    };
  }
}
