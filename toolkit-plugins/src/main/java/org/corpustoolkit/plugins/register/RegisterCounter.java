package org.corpustoolkit.plugins.register;

import java.util.concurrent.atomic.AtomicReference;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Counts the register features of one document, or of one part of a document read in parts, from its
 * tokens, their counting forms and a tag per token from a {@link TagSource}. Definitions are in the
 * help text of {@code ctk register}. Every feature looks within one sentence at most (a phrase such as
 * "more or less" too), so the counts of parts cut between sentences add up to the whole document's.
 * What it looks up of a word's form (word lists, endings) it works out once per form of the run's
 * vocabulary ({@link FormFacts}). Thread-safe if the tag source is.
 */
final class RegisterCounter {
  private final TagSource tagSource;
  /** The heuristic tagger if it is the tag source (it then reads the facts kept here), else null. */
  private final HeuristicTagSource heuristic;
  /**
   * The facts of the forms of the vocabulary counted last: a counter is made for one run, so with one
   * vocabulary, and shared by the run's workers.
   */
  private final AtomicReference<FormFacts> facts = new AtomicReference<>();

  RegisterCounter(TagSource tagSource) {
    this.tagSource = tagSource;
    this.heuristic = tagSource instanceof HeuristicTagSource h ? h : null;
  }

  RegisterCounts count(TokenizedDocument doc) {
    RegisterCounts c = new RegisterCounts();
    FormFacts forms = FormFacts.of(doc.vocabulary(), facts);
    Upos[] tags = heuristic != null ? heuristic.tags(doc, forms) : tagSource.tags(doc);
    int n = doc.size();
    String text = doc.text();
    // the facts of each word's form, and the word's token
    int[] words = new int[n];
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
      if (kind == TokenKind.PUNCTUATION && text.charAt(doc.start(i)) == '?') {
        question = true;
      }
      if (!kind.isWord()) {
        continue;
      }
      sentenceLength++;
      c.wordTokens++;
      int f = forms.of(doc.formId(i));
      words[w] = f;
      wordIndex[w++] = i;
      if (kind == TokenKind.WORD) {
        c.letterWords++;
        for (int k = doc.start(i); k < doc.end(i); k++) {
          if (Character.isLetter(text.charAt(k))) {
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
      if ((f & FormFacts.FIRST_PERSON) != 0) {
        c.firstPerson++;
      } else if ((f & FormFacts.SECOND_PERSON) != 0) {
        c.secondPerson++;
      } else if ((f & FormFacts.THIRD_PERSON) != 0) {
        c.thirdPerson++;
      }
      if ((f & FormFacts.CONTRACTION) != 0) {
        c.contractions++;
      }
      if ((f & FormFacts.NOMINALISATION) != 0) {
        c.nominalisations++;
      }
      if ((f & FormFacts.MODAL) != 0) {
        c.modals++;
      }
    }
    closeSentence(c, sentenceLength, question);
    for (int k = 0; k < w; k++) {
      int form = words[k];
      int special = FormFacts.special(form);
      boolean sameSentenceAsPrevious = k > 0
          && doc.sentence(wordIndex[k - 1]) == doc.sentence(wordIndex[k]);
      // the previous word in the sentence, or none (the empty string, which is in no list)
      int previous = sameSentenceAsPrevious ? words[k - 1] : 0;
      int next = k + 1 < w && doc.sentence(wordIndex[k + 1]) == doc.sentence(wordIndex[k])
          ? words[k + 1] : 0;
      if ((form & FormFacts.HEDGE_WORD) != 0
          || (special == FormFacts.ABOUT && FormFacts.special(previous) == FormFacts.AT)
          || (special == FormFacts.LIKE && FormFacts.special(previous) == FormFacts.SOMETHING)
          || (special == FormFacts.LESS && FormFacts.special(previous) == FormFacts.OR && k >= 2
              && FormFacts.special(words[k - 2]) == FormFacts.MORE
              && doc.sentence(wordIndex[k - 2]) == doc.sentence(wordIndex[k]))
          || ((special == FormFacts.SORT || special == FormFacts.KIND)
              && FormFacts.special(next) == FormFacts.OF
              && (previous & FormFacts.NOT_BEFORE_HEDGE) == 0)) {
        c.hedges++;
      }
      if ((form & FormFacts.BE) != 0 && isPassiveAfter(doc, tags, words, wordIndex, k, w)) {
        c.passives++;
      }
    }
    return c;
  }

  /** BE at word {@code k}, then up to two adverbs or negations, then a past participle. */
  private static boolean isPassiveAfter(TokenizedDocument doc, Upos[] tags, int[] words,
      int[] wordIndex, int k, int w) {
    int sentence = doc.sentence(wordIndex[k]);
    for (int j = k + 1; j < w && j <= k + 3 && doc.sentence(wordIndex[j]) == sentence; j++) {
      int form = words[j];
      Upos tag = tags[wordIndex[j]];
      if ((form & FormFacts.PARTICIPLE) != 0 && tag != Upos.NOUN && tag != Upos.PROPN
          && doc.kind(wordIndex[j]) == TokenKind.WORD) {
        return true;
      }
      if (!(tag == Upos.ADV || tag == Upos.PART || FormFacts.special(form) == FormFacts.NOT)) {
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
