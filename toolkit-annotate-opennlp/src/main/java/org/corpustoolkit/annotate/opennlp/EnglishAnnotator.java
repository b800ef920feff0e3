package org.corpustoolkit.annotate.opennlp;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.PluginException;

/**
 * English part-of-speech tagger and lemmatiser: Apache OpenNLP's maximum-entropy tagger and lemmatiser
 * with the Universal Dependencies English Web Treebank (UD_English-EWT) models that Apache OpenNLP
 * publishes on Maven Central ({@code org.apache.opennlp:opennlp-models-pos-en} and
 * {@code opennlp-models-lemmatizer-en}, version 1.3.0, built for OpenNLP 2.5.4). Tags are UPOS.
 *
 * <p>The models are read from the class path, once, the first time a tagger is made; they are shared by
 * every thread, and each thread gets its own {@link EnglishTagger} (OpenNLP's {@code POSTaggerME} and
 * {@code LemmatizerME} are not thread-safe). Nothing is ever downloaded.
 */
@Singleton
public final class EnglishAnnotator implements Annotator {
  /** Class-path resource of the part-of-speech model, from {@code opennlp-models-pos-en} 1.3.0. */
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Class-path resource of the lemmatiser model, from {@code opennlp-models-lemmatizer-en} 1.3.0. */
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private volatile Models models;

  @Override
  public String language() {
    return "en";
  }

  @Override
  public String description() {
    return "Apache OpenNLP 2.5.4 maxent tagger and lemmatiser, UD English EWT models 1.3 "
        + "(Universal Dependencies UPOS tags)";
  }

  @Override
  public EnglishTagger newTagger() {
    Models m = models();
    return new EnglishTagger(m.pos(), m.lemmas());
  }

  private Models models() {
    Models m = models;
    if (m == null) {
      synchronized (this) {
        m = models;
        if (m == null) {
          m = load();
          models = m;
        }
      }
    }
    return m;
  }

  private static Models load() {
    try (InputStream pos = open(POS_MODEL); InputStream lemmas = open(LEMMA_MODEL)) {
      return new Models(new POSModel(pos), new LemmatizerModel(lemmas));
    } catch (IOException e) {
      throw new PluginException("cannot read the English annotator's models: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = EnglishAnnotator.class.getResourceAsStream(resource);
    if (in == null) {
      throw new PluginException("the English annotator's model " + resource.substring(1)
          + " is not on the class path (it comes from the org.apache.opennlp:opennlp-models-*-en jars)");
    }
    return in;
  }

  /** The loaded models, shared by all threads (OpenNLP models are immutable once read). */
  private record Models(POSModel pos, LemmatizerModel lemmas) {}
}
