package org.corpustoolkit.plugins.register;

import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Counts the register features of one document, or of one part of a document read in parts, from its
 * tokens, their counting forms and a tag per token from a {@link TagSource}. Definitions are in the
 * help text of {@code ctk register}. Every feature looks within one sentence at most (a phrase such as
 * "more or less" too), so the counts of parts cut between sentences add up to the whole document's.
 * Stateless apart from its collaborators; thread-safe if the tag source is.
 */
final class RegisterCounter {
  private final TagSource tagSource;

  RegisterCounter(TagSource tagSource) {
    this.tagSource = tagSource;
  }

  RegisterCounts count(TokenizedDocument doc) {
    RegisterCounts c = new RegisterCounts();
    Upos[] tags = tagSource.tags(doc);
    int n = doc.size();
    String[] words = new String[n];
    int[] wordIndex = new int[n];
    int w = 0;
    int sentence = -1;
    long sentenceLength = 0;
    boolean question = false;
    for (int i = 0; i < n; i++) {
      if (doc.sentence(i) != sentence) {
        closeSentence(c, sentenceLength, question);
        sentence = doc.sentence(i);
        sentenceLength = 0;
        question = false;
      }
      TokenKind kind = doc.kind(i);
      if (kind == TokenKind.PUNCTUATION && doc.text().charAt(doc.start(i)) == '?') {
        question = true;
      }
      if (!kind.isWord()) {
        continue;
      }
      sentenceLength++;
      c.wordTokens++;
      String form = doc.form(i);
      words[w] = form;
      wordIndex[w++] = i;
      if (kind == TokenKind.WORD) {
        c.letterWords++;
        for (int k = doc.start(i); k < doc.end(i); k++) {
          if (Character.isLetter(doc.text().charAt(k))) {
            c.letters++;
          }
        }
      }
      Upos tag = tags[i];
      switch (tag) {
        case NOUN -> c.nouns++;
        case VERB -> c.verbs++;
        case ADJ -> c.adjectives++;
        case ADV -> c.adverbs++;
        default -> { }
      }
      if (tag.isContent()) {
        c.contentWords++;
      }
      String base = EnglishWords.base(form);
      if (EnglishWords.FIRST_PERSON.contains(base)) {
        c.firstPerson++;
      } else if (EnglishWords.SECOND_PERSON.contains(base)) {
        c.secondPerson++;
      } else if (EnglishWords.THIRD_PERSON.contains(base)) {
        c.thirdPerson++;
      }
      if (EnglishWords.isContraction(form)) {
        c.contractions++;
      }
      if (EnglishWords.isNominalisation(form)) {
        c.nominalisations++;
      }
      if (EnglishWords.MODALS.contains(form) || form.endsWith("'ll")) {
        c.modals++;
      }
    }
    closeSentence(c, sentenceLength, question);
    for (int k = 0; k < w; k++) {
      String form = words[k];
      boolean sameSentenceAsPrevious = k > 0
          && doc.sentence(wordIndex[k - 1]) == doc.sentence(wordIndex[k]);
      String previous = sameSentenceAsPrevious ? words[k - 1] : "";
      String next = k + 1 < w && doc.sentence(wordIndex[k + 1]) == doc.sentence(wordIndex[k])
          ? words[k + 1] : "";
      if (EnglishWords.HEDGE_WORDS.contains(form)
          || (form.equals("about") && previous.equals("at"))
          || (form.equals("like") && previous.equals("something"))
          || (form.equals("less") && previous.equals("or") && k >= 2 && words[k - 2].equals("more")
              && doc.sentence(wordIndex[k - 2]) == doc.sentence(wordIndex[k]))
          || ((form.equals("sort") || form.equals("kind")) && next.equals("of")
              && !EnglishWords.NOT_BEFORE_HEDGE.contains(previous))) {
        c.hedges++;
      }
      if (EnglishWords.BE.contains(form) && isPassiveAfter(doc, tags, words, wordIndex, k, w)) {
        c.passives++;
      }
    }
    return c;
  }

  /** BE at word {@code k}, then up to two adverbs or negations, then a past participle. */
  private static boolean isPassiveAfter(TokenizedDocument doc, Upos[] tags, String[] words,
      int[] wordIndex, int k, int w) {
    int sentence = doc.sentence(wordIndex[k]);
    for (int j = k + 1; j < w && j <= k + 3 && doc.sentence(wordIndex[j]) == sentence; j++) {
      String form = words[j];
      Upos tag = tags[wordIndex[j]];
      if (EnglishWords.isParticiple(form) && tag != Upos.NOUN && tag != Upos.PROPN
          && doc.kind(wordIndex[j]) == TokenKind.WORD) {
        return true;
      }
      if (!(tag == Upos.ADV || tag == Upos.PART || form.equals("not"))) {
        return false;
      }
    }
    return false;
  }

  private static void closeSentence(RegisterCounts c, long length, boolean question) {
    if (length == 0) {
      return;
    }
    c.sentences++;
    c.sentenceLengthSum += length;
    c.sentenceLengthSquares += length * length;
    if (question) {
      c.questions++;
    }
  }
}
