package org.corpustoolkit.plugins.register;

/**
 * The seventeen Universal Dependencies part-of-speech tags (UD v2,
 * https://universaldependencies.org/u/pos/).
 */
public enum Upos {
  /** adjective */ ADJ,
  /** adposition */ ADP,
  /** adverb */ ADV,
  /** auxiliary */ AUX,
  /** coordinating conjunction */ CCONJ,
  /** determiner */ DET,
  /** interjection */ INTJ,
  /** noun */ NOUN,
  /** numeral */ NUM,
  /** particle */ PART,
  /** pronoun */ PRON,
  /** proper noun */ PROPN,
  /** punctuation */ PUNCT,
  /** subordinating conjunction */ SCONJ,
  /** symbol */ SYM,
  /** verb */ VERB,
  /** other */ X;

  /** True for the content (lexical) word classes: NOUN, PROPN, VERB, ADJ, ADV. */
  public boolean isContent() {
    return this == NOUN || this == PROPN || this == VERB || this == ADJ || this == ADV;
  }
}
