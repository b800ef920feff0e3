package org.corpustoolkit.plugins.collocations;

import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * A node that is one word, matched on its counting form (so {@code The} finds {@code the} unless
 * {@code --case-sensitive}).
 */
public final class WordNodeMatcher implements NodeMatcher {
  private final String word;
  private final String form;

  /** Matches {@code word} as counted under {@code countingForm}. */
  public WordNodeMatcher(String word, CountingForm countingForm) {
    this.word = word;
    this.form = countingForm.of(word.strip());
  }

  /** The counting form looked for. */
  public String form() {
    return form;
  }

  @Override
  public void matches(TokenizedDocument doc, MatchSink sink) {
    int id = doc.vocabulary().idOf(form);
    if (id < 0) {
      return;
    }
    int[] ids = doc.wordIds();
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        sink.match(i, i);
      }
    }
  }

  @Override
  public Reach reach() {
    return Reach.WORD;
  }

  @Override
  public String label() {
    return form;
  }

  @Override
  public String toString() {
    return "word " + word;
  }
}
