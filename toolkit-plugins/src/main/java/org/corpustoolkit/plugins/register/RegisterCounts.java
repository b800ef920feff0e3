package org.corpustoolkit.plugins.register;

/**
 * Raw counts behind the register features of one document (or of the corpus, by {@link #add}). Mutable;
 * confined to one thread until merged.
 */
final class RegisterCounts {
  long wordTokens;
  long letterWords;
  long letters;
  long sentences;
  long sentenceLengthSum;
  long sentenceLengthSquares;
  long nouns;
  long verbs;
  long adjectives;
  long adverbs;
  long contentWords;
  long firstPerson;
  long secondPerson;
  long thirdPerson;
  long contractions;
  long nominalisations;
  long passives;
  long modals;
  long questions;
  long hedges;

  void add(RegisterCounts o) {
    wordTokens += o.wordTokens;
    letterWords += o.letterWords;
    letters += o.letters;
    sentences += o.sentences;
    sentenceLengthSum += o.sentenceLengthSum;
    sentenceLengthSquares += o.sentenceLengthSquares;
    nouns += o.nouns;
    verbs += o.verbs;
    adjectives += o.adjectives;
    adverbs += o.adverbs;
    contentWords += o.contentWords;
    firstPerson += o.firstPerson;
    secondPerson += o.secondPerson;
    thirdPerson += o.thirdPerson;
    contractions += o.contractions;
    nominalisations += o.nominalisations;
    passives += o.passives;
    modals += o.modals;
    questions += o.questions;
    hedges += o.hedges;
  }
}
