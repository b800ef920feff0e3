package org.corpustoolkit.plugins.register;

import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * The tags of the run's annotator ({@code --lang}; for English the OpenNLP Universal Dependencies
 * tagger), read from {@link TokenizedDocument#annotations()}: the tag source {@code ctk register} uses
 * whenever an annotator is installed for the language.
 */
final class AnnotatorTagSource implements TagSource {
  private final String description;

  AnnotatorTagSource(String description) {
    this.description = description;
  }

  @Override
  public String name() {
    return description;
  }

  @Override
  public boolean supports(String language) {
    return true;
  }

  @Override
  public Upos[] tags(TokenizedDocument document) {
    Annotations annotations = document.annotations();
    Upos[] tags = new Upos[document.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = Upos.valueOf(annotations.pos(i).name());
    }
    return tags;
  }
}
