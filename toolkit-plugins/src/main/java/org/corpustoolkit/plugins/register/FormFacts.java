package org.corpustoolkit.plugins.register;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.corpustoolkit.text.Vocabulary;

/**
 * What {@link RegisterCounter} and {@link HeuristicTagSource} need to know of a counting form, worked out
 * once per form of a run's {@link Vocabulary} instead of once per token: the word lists it is in, the
 * endings it has, and the part of the heuristic tag that the form alone decides.
 *
 * <p>Why: a form's facts are a dozen look-ups in sets of strings and tests of endings, and on English a
 * form comes back tens of times on average (on 100 MB, 13.7 million word tokens of 439,000 forms). Asked
 * per token, these look-ups were about a third of the work of {@code ctk register --pos-tags heuristic}
 * (benchmarks/RESULTS.md, session 8).
 *
 * <p>Each form's facts are one {@code int} of bits, by form id, in an array that grows with the
 * vocabulary. Thread-safe without a lock on reads: facts are a pure function of the form, so a reader
 * that sees a form's slot still empty (0) works them out again and gets the same value; the array is
 * replaced, under a lock, only to grow, and published through a volatile field.
 */
final class FormFacts {
  /** Set in every computed slot, so that 0 means "not worked out yet". */
  private static final int KNOWN = 1;
  /** Biber feature 6: a first-person pronoun (by the form before an apostrophe). */
  static final int FIRST_PERSON = 1 << 1;
  /** Biber feature 7: a second-person pronoun. */
  static final int SECOND_PERSON = 1 << 2;
  /** Biber feature 8: a third-person personal pronoun. */
  static final int THIRD_PERSON = 1 << 3;
  /** {@link EnglishWords#isContraction}. */
  static final int CONTRACTION = 1 << 4;
  /** {@link EnglishWords#isNominalisation}. */
  static final int NOMINALISATION = 1 << 5;
  /** A modal ({@link EnglishWords#MODALS}) or a form ending in {@code 'll}. */
  static final int MODAL = 1 << 6;
  /** {@link EnglishWords#HEDGE_WORDS}. */
  static final int HEDGE_WORD = 1 << 7;
  /** {@link EnglishWords#BE}. */
  static final int BE = 1 << 8;
  /** {@link EnglishWords#isParticiple}. */
  static final int PARTICIPLE = 1 << 9;
  /** {@link EnglishWords#NOT_BEFORE_HEDGE}. */
  static final int NOT_BEFORE_HEDGE = 1 << 10;
  /** {@code it}: after it, a word is not in the verb slot of the heuristic tagger. */
  static final int IT = 1 << 11;
  /** A possessive determiner for the heuristic tagger (my, your, his, her, our, their, thy). */
  static final int POSSESSIVE = 1 << 12;
  /** {@code to}: a word after it is in the verb slot. */
  static final int TO = 1 << 13;

  /** Forms that multi-word features compare with, as a number in bits 14-17 (0: none of them). */
  static final int ABOUT = 1;
  static final int AT = 2;
  static final int LIKE = 3;
  static final int SOMETHING = 4;
  static final int LESS = 5;
  static final int OR = 6;
  static final int MORE = 7;
  static final int SORT = 8;
  static final int KIND = 9;
  static final int OF = 10;
  static final int NOT = 11;
  private static final String[] SPECIAL = {null, "about", "at", "like", "something", "less", "or",
      "more", "sort", "kind", "of", "not"};
  private static final int SPECIAL_SHIFT = 14;

  /**
   * How the heuristic tag follows from the form (bits 18-20), with the tag it names (bits 21-25, the
   * {@link Upos} ordinal): {@link HeuristicTagSource#tag(String, boolean, Upos, String)} restated.
   */
  static final int RULE_FIXED = 1;
  /** The tag, unless the word is capitalised inside a sentence (then PROPN). */
  static final int RULE_UNLESS_CAPITALISED = 2;
  /** A word of 5+ letters in -ing: PROPN if capitalised, NOUN after a determiner, else VERB. */
  static final int RULE_ING = 3;
  /** A word of 5+ letters in -ed: PROPN if capitalised, ADJ after a determiner, else VERB. */
  static final int RULE_ED = 4;
  /** Any other word: PROPN if capitalised, VERB in the verb slot, else NOUN. */
  static final int RULE_OPEN = 5;
  private static final int RULE_SHIFT = 18;
  private static final int TAG_SHIFT = 21;
  private static final Upos[] TAGS = Upos.values();

  private final Vocabulary vocabulary;
  private volatile int[] facts = new int[1024];

  FormFacts(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * The facts kept in {@code kept} if they are of {@code vocabulary}, else new ones, which {@code kept}
   * then holds (a counter is made for one run, so it sees one vocabulary).
   */
  static FormFacts of(Vocabulary vocabulary, AtomicReference<FormFacts> kept) {
    FormFacts facts = kept.get();
    if (facts == null || facts.vocabulary != vocabulary) {
      facts = new FormFacts(vocabulary);
      kept.set(facts);
    }
    return facts;
  }

  /** The facts (bits of this class) of the counting form with id {@code id}. */
  int of(int id) {
    int[] f = facts;
    if (id < f.length) {
      int known = f[id];
      if (known != 0) {
        return known;
      }
    }
    int computed = compute(vocabulary.form(id));
    store(id, computed);
    return computed;
  }

  private synchronized void store(int id, int value) {
    int[] f = facts;
    if (id >= f.length) {
      f = Arrays.copyOf(f, Math.max(id + 1, 2 * f.length));
      f[id] = value;
      facts = f;
    } else {
      f[id] = value;
    }
  }

  /** The form among {@link #ABOUT} ... {@link #NOT} that {@code facts} belong to, or 0. */
  static int special(int facts) {
    return (facts >>> SPECIAL_SHIFT) & 0xF;
  }

  /** The heuristic tag of a word with {@code facts}, as {@link HeuristicTagSource#tag} gives it. */
  static Upos tag(int facts, boolean capitalisedInside, Upos previous, int previousFacts) {
    int rule = (facts >>> RULE_SHIFT) & 0x7;
    if (rule == RULE_FIXED) {
      return TAGS[facts >>> TAG_SHIFT];
    }
    if (capitalisedInside) {
      return Upos.PROPN;
    }
    switch (rule) {
      case RULE_UNLESS_CAPITALISED:
        return TAGS[facts >>> TAG_SHIFT];
      case RULE_ING:
        return previous == Upos.DET ? Upos.NOUN : Upos.VERB;
      case RULE_ED:
        return previous == Upos.DET ? Upos.ADJ : Upos.VERB;
      default:
        boolean afterVerbSlot = previous == Upos.PRON && (previousFacts & (IT | POSSESSIVE)) == 0
            || previous == Upos.AUX || (previousFacts & TO) != 0 || previous == Upos.PART;
        return afterVerbSlot ? Upos.VERB : Upos.NOUN;
    }
  }

  /** The facts of {@code form}. */
  static int compute(String form) {
    int f = KNOWN;
    String base = EnglishWords.base(form);
    if (EnglishWords.FIRST_PERSON.contains(base)) {
      f |= FIRST_PERSON;
    } else if (EnglishWords.SECOND_PERSON.contains(base)) {
      f |= SECOND_PERSON;
    } else if (EnglishWords.THIRD_PERSON.contains(base)) {
      f |= THIRD_PERSON;
    }
    if (EnglishWords.isContraction(form)) {
      f |= CONTRACTION;
    }
    if (EnglishWords.isNominalisation(form)) {
      f |= NOMINALISATION;
    }
    if (EnglishWords.MODALS.contains(form) || form.endsWith("'ll")) {
      f |= MODAL;
    }
    if (EnglishWords.HEDGE_WORDS.contains(form)) {
      f |= HEDGE_WORD;
    }
    if (EnglishWords.BE.contains(form)) {
      f |= BE;
    }
    if (EnglishWords.isParticiple(form)) {
      f |= PARTICIPLE;
    }
    if (EnglishWords.NOT_BEFORE_HEDGE.contains(form)) {
      f |= NOT_BEFORE_HEDGE;
    }
    if (form.equals("it")) {
      f |= IT;
    }
    if (HeuristicTagSource.isPossessive(form)) {
      f |= POSSESSIVE;
    }
    if (form.equals("to")) {
      f |= TO;
    }
    for (int s = 1; s < SPECIAL.length; s++) {
      if (form.equals(SPECIAL[s])) {
        f |= s << SPECIAL_SHIFT;
      }
    }
    return f | heuristicRule(form);
  }

  /**
   * The rule and tag bits of {@code form}: {@link HeuristicTagSource#tag} with the tests that read only
   * the form, in its order.
   */
  private static int heuristicRule(String form) {
    Upos fixed = HeuristicTagSource.closedClass(form);
    if (fixed != null) {
      return rule(RULE_FIXED, fixed);
    }
    Upos open = HeuristicTagSource.openClass(form);
    if (open != null) {
      return rule(RULE_UNLESS_CAPITALISED, open);
    }
    if (form.length() > 4 && form.endsWith("ing")) {
      return rule(RULE_ING, Upos.VERB);
    }
    if (form.length() > 4 && form.endsWith("ed")) {
      return rule(RULE_ED, Upos.VERB);
    }
    return rule(RULE_OPEN, Upos.NOUN);
  }

  private static int rule(int rule, Upos tag) {
    return rule << RULE_SHIFT | tag.ordinal() << TAG_SHIFT;
  }
}
