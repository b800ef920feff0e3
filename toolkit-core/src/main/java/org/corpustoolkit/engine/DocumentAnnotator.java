package org.corpustoolkit.engine;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.PluginException;
import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;
import org.corpustoolkit.text.Vocabulary;

/**
 * Annotates documents on one thread: feeds an {@link Annotator.Tagger} (made on first use) one sentence
 * at a time, all tokens of the sentence as written, and stores its tags and lemmas as
 * {@link Annotations}. Tags that are not UPOS become {@code X}; URLs and e-mail addresses are tagged
 * {@code X} whatever the tagger says, symbols tagged {@code PUNCT} become {@code SYM}; numbers, punctuation, symbols, URLs and e-mail addresses keep
 * their form as lemma; lemmas are interned as counting forms in the run's vocabulary. In a run that
 * asked for tags only ({@link org.corpustoolkit.spi.AnalysisContext#requireTags()}) the tagger is asked
 * for tags alone ({@link Annotator.Tagger#tag}) and no lemma is stored.
 */
final class DocumentAnnotator {
  private final Supplier<Annotator.Tagger> taggers;
  private final CountingForm countingForm;
  private final Vocabulary vocabulary;
  private final BooleanSupplier tagsOnly;
  private Annotator.Tagger tagger;

  /** @param tagsOnly read once per document: true to tag without lemmatising */
  DocumentAnnotator(Supplier<Annotator.Tagger> taggers, CountingForm countingForm,
      Vocabulary vocabulary, BooleanSupplier tagsOnly) {
    this.taggers = taggers;
    this.countingForm = countingForm;
    this.vocabulary = vocabulary;
    this.tagsOnly = tagsOnly;
  }

  Annotations annotate(TokenizedDocument doc) {
    if (tagger == null) {
      tagger = taggers.get();
    }
    int n = doc.size();
    byte[] pos = new byte[n];
    int[] lemmaIds = tagsOnly.getAsBoolean() ? null : new int[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && doc.sentence(end) == doc.sentence(start)) {
        end++;
      }
      annotateSentence(doc, start, end, pos, lemmaIds);
      start = end;
    }
    return lemmaIds == null ? Annotations.tagsOnly(doc, pos) : Annotations.of(doc, pos, lemmaIds);
  }

  private void annotateSentence(TokenizedDocument doc, int start, int end, byte[] pos,
      int[] lemmaIds) {
    int length = end - start;
    String[] tokens = new String[length];
    for (int k = 0; k < length; k++) {
      tokens[k] = doc.surface(start + k);
    }
    String[] tags = new String[length];
    String[] lemmas = lemmaIds == null ? null : new String[length];
    try {
      if (lemmas == null) {
        tagger.tag(tokens, tags);
      } else {
        tagger.annotate(tokens, tags, lemmas);
      }
    } catch (RuntimeException e) {
      throw new PluginException("the annotator failed on document " + doc.document().id() + ": " + e,
          e);
    }
    for (int k = 0; k < length; k++) {
      int i = start + k;
      TokenKind kind = doc.kind(i);
      UniversalPos tag = kind == TokenKind.URL || kind == TokenKind.EMAIL ? UniversalPos.X
          : UniversalPos.parse(tags[k]);
      if (kind == TokenKind.SYMBOL && tag == UniversalPos.PUNCT) {
        tag = UniversalPos.SYM; // ctk knows it is no punctuation mark: an emoji, a currency sign
      }
      pos[i] = (byte) tag.ordinal();
      if (lemmas == null) {
        continue;
      }
      boolean lemmatised = kind == TokenKind.WORD || kind == TokenKind.IDEOGRAPHIC
          || kind == TokenKind.KANA;
      String lemma = lemmas[k];
      lemmaIds[i] = !lemmatised || lemma == null || lemma.isBlank() ? doc.formId(i)
          : vocabulary.intern(countingForm.of(lemma));
    }
  }
}
