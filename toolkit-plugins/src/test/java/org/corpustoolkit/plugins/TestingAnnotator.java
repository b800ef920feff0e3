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
      Map.entry("is", "AUX be"), Map.entry("was", "AUX be"), Map.entry("are", "AUX be"), Map.entry("were", "AUX be"),
      Map.entry("been", "AUX be"), Map.entry("be", "AUX be"),
      Map.entry("cats", "NOUN cat"), Map.entry("cat", "NOUN cat"),
      Map.entry("ran", "VERB run"), Map.entry("runs", "VERB run"), Map.entry("run", "VERB run"),
      Map.entry("dogs", "NOUN dog"), Map.entry("dog", "NOUN dog"),
      Map.entry("old", "ADJ old"), Map.entry("black", "ADJ black"), Map.entry("big", "ADJ big"),
      Map.entry("and", "CCONJ and"), Map.entry("have", "AUX have"), Map.entry("on", "ADP on"),
      Map.entry("here", "ADV here"), Map.entry("there", "ADV there"),
      Map.entry("moscow’s", "PROPN Moscow"));

  /** Sentences annotated or tagged so far, by all taggers. */
  public final AtomicInteger sentences = new AtomicInteger();
  /** Of those, the sentences tagged without lemmas ({@link Tagger#tag}). */
  public final AtomicInteger taggedOnly = new AtomicInteger();

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
    return new Tagger() {
      @Override
      public void annotate(String[] tokens, String[] tags, String[] lemmas) {
        sentences.incrementAndGet();
        look(tokens, tags, lemmas);
      }

      @Override
      public void tag(String[] tokens, String[] tags) {
        sentences.incrementAndGet();
        taggedOnly.incrementAndGet();
        look(tokens, tags, new String[tokens.length]);
      }
    };
  }

  private static void look(String[] tokens, String[] tags, String[] lemmas) {
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
  }
}
