package org.corpustoolkit.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Part-of-speech tags ({@link UniversalPos}) and lemmas of the tokens of one {@link TokenizedDocument},
 * as primitive arrays parallel to the document's tokens. Get them with
 * {@link TokenizedDocument#annotations()}.
 *
 * <p>Lemmas are stored as ids in the run's {@link Vocabulary}, as counting forms (case-folded unless
 * {@code --case-sensitive}, apostrophes folded): the lemma id of {@code is} is the id of the word form
 * {@code be}, so a query for the lemma {@code be} compares ints.
 *
 * <p>Every token has a tag and a lemma, including punctuation ({@code PUNCT}, lemma = its form). Hot
 * paths over word tokens read {@link #wordPos()} and {@link #wordLemmaIds()}, parallel to
 * {@link TokenizedDocument#wordIds()}:
 *
 * <pre>{@code
 * Annotations a = doc.annotations();
 * int[] words = doc.wordIds();
 * byte[] pos = a.wordPos();
 * for (int w = 0; w < words.length; w++) {
 *   if (pos[w] == UniversalPos.NOUN.ordinal()) { ... }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class Annotations {
  private final TokenizedDocument document;
  private final byte[] pos;
  private final int[] lemmaIds;
  private byte[] wordPos;
  private int[] wordLemmaIds;

  private Annotations(TokenizedDocument document, byte[] pos, int[] lemmaIds) {
    this.document = document;
    this.pos = pos;
    this.lemmaIds = lemmaIds;
  }

  /**
   * Tags of {@code document} without lemmas (a run that asked for tags only,
   * {@link org.corpustoolkit.spi.AnalysisContext#requireTags()}): reading a lemma then fails.
   *
   * @param pos {@link UniversalPos#ordinal()} of each token's tag (taken, not copied)
   * @since 0.5
   */
  public static Annotations tagsOnly(TokenizedDocument document, byte[] pos) {
    Objects.requireNonNull(document, "document");
    if (pos.length != document.size()) {
      throw new IllegalArgumentException("annotations must have one entry per token ("
          + document.size() + "), not " + pos.length + " tags");
    }
    return new Annotations(document, pos, null);
  }

  /**
   * True if these annotations hold lemmas: false only in a run that asked for tags alone
   * ({@link org.corpustoolkit.spi.AnalysisContext#requireTags()}).
   *
   * @since 0.5
   */
  public boolean hasLemmas() {
    return lemmaIds != null;
  }

  private int[] lemmaIds() {
    if (lemmaIds == null) {
      throw new IllegalStateException("lemmas were not computed in this run: an analyser that reads "
          + "lemmas must call AnalysisContext.requireAnnotations(), not requireTags()");
    }
    return lemmaIds;
  }

  /**
   * Annotations of {@code document} from arrays parallel to its tokens (taken, not copied): for
   * annotation engines, not analysers.
   *
   * @param pos {@link UniversalPos#ordinal()} of each token's tag
   * @param lemmaIds id in the document's vocabulary of each token's lemma (a counting form)
   */
  public static Annotations of(TokenizedDocument document, byte[] pos, int[] lemmaIds) {
    Objects.requireNonNull(document, "document");
    if (pos.length != document.size() || lemmaIds.length != document.size()) {
      throw new IllegalArgumentException("annotations must have one entry per token ("
          + document.size() + "), not " + pos.length + " tags and " + lemmaIds.length + " lemmas");
    }
    return new Annotations(document, pos, lemmaIds);
  }

  /** Tag of token {@code i}. */
  public UniversalPos pos(int i) {
    return UniversalPos.of(pos[i]);
  }

  /** Tag of token {@code i} as its {@link UniversalPos#ordinal()}, for comparisons in hot paths. */
  public int posOrdinal(int i) {
    return pos[i];
  }

  /** Vocabulary id of the lemma of token {@code i} (a counting form). */
  public int lemmaId(int i) {
    return lemmaIds()[i];
  }

  /** Lemma of token {@code i}, as a counting form. */
  public String lemma(int i) {
    return document.vocabulary().form(lemmaIds()[i]);
  }

  /** Tag ordinals of the word tokens only, parallel to {@link TokenizedDocument#wordIds()}. */
  public byte[] wordPos() {
    if (wordPos == null) {
      computeWordView();
    }
    return wordPos;
  }

  /** Lemma ids of the word tokens only, parallel to {@link TokenizedDocument#wordIds()}. */
  public int[] wordLemmaIds() {
    lemmaIds();
    if (wordLemmaIds == null) {
      computeWordView();
    }
    return wordLemmaIds;
  }

  private void computeWordView() {
    int n = pos.length;
    byte[] tags = new byte[n];
    int[] lemmas = lemmaIds == null ? null : new int[n];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (document.isWord(i)) {
        tags[w] = pos[i];
        if (lemmas != null) {
          lemmas[w] = lemmaIds[i];
        }
        w++;
      }
    }
    wordLemmaIds = lemmas == null ? null : Arrays.copyOf(lemmas, w);
    wordPos = Arrays.copyOf(tags, w);
  }
}
