package org.corpustoolkit.plugins.register;

import java.util.Set;

/**
 * Word lists for the English register features, after D. Biber, <i>Variation across Speech and
 * Writing</i> (Cambridge University Press, 1988), Appendix II. Lower-case counting forms.
 */
final class EnglishWords {
  private EnglishWords() {}

  /** Biber feature 6: first-person pronouns (with mine, ours). */
  static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us", "my", "our", "myself",
      "ourselves", "mine", "ours");
  /** Biber feature 7: second-person pronouns. */
  static final Set<String> SECOND_PERSON = Set.of("you", "your", "yourself", "yourselves", "yours",
      "thou", "thee", "thy", "thine", "ye");
  /** Biber feature 8: third-person personal pronouns, excluding it. */
  static final Set<String> THIRD_PERSON = Set.of("she", "he", "they", "her", "him", "them", "his",
      "their", "himself", "herself", "themselves", "hers", "theirs");
  /** Biber features 52–54: possibility, necessity and predictive modals (with negative forms). */
  static final Set<String> MODALS = Set.of("can", "could", "may", "might", "must", "shall", "should",
      "will", "would", "ought", "cannot", "can't", "couldn't", "mayn't", "mightn't", "mustn't",
      "shan't", "shouldn't", "won't", "wouldn't", "oughtn't");
  /** Forms of BE for passives (Biber features 17–18). */
  static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being",
      "isn't", "aren't", "wasn't", "weren't");
  /** Irregular past participles (passives). */
  static final Set<String> IRREGULAR_PARTICIPLES = Set.of("born", "borne", "done", "made", "given",
      "taken", "seen", "known", "written", "told", "found", "brought", "bought", "thought", "caught",
      "taught", "held", "kept", "left", "lost", "paid", "put", "read", "said", "sent", "set", "shown",
      "spoken", "built", "chosen", "driven", "eaten", "fallen", "forgotten", "forgiven", "hidden",
      "hurt", "led", "meant", "met", "shut", "sold", "stolen", "sung", "understood", "won", "worn",
      "broken", "cut", "drawn", "grown", "hit", "beaten", "begun", "bitten", "blown", "drunk", "flown",
      "frozen", "ridden", "shaken", "shot", "struck", "sworn", "thrown", "woken", "laid", "felt",
      "heard", "fed", "fought", "got", "gotten", "hung", "lit", "sought", "spent", "stuck", "torn",
      "bound", "bred", "dealt", "dug", "forbidden", "ground", "let", "lent", "overcome", "overtaken",
      "quit", "rung", "sewn", "shed", "slain", "spun", "spread", "stung", "sunk", "swept", "upheld",
      "withdrawn", "wound", "wrung", "become", "come", "run", "gone");
  /** Single-word hedges (Biber feature 47). */
  static final Set<String> HEDGE_WORDS = Set.of("almost", "maybe");
  /** Determiners and adjectives before which sort of / kind of are nouns, not hedges. */
  static final Set<String> NOT_BEFORE_HEDGE = Set.of("a", "an", "the", "this", "that", "these",
      "those", "what", "which", "some", "any", "every", "each", "one", "same", "other", "another",
      "whatever", "no", "all", "my", "your", "his", "her", "its", "our", "their", "new",
      "different", "certain", "particular", "similar");
  /** Endings of nominalisations (Biber feature 14), singular and plural. */
  static final String[] NOMINAL_ENDINGS = {"tion", "tions", "ment", "ments", "ness", "nesses", "ity",
      "ities"};
  /** Contraction endings always counted (Biber feature 59). */
  static final String[] CONTRACTION_ENDINGS = {"n't", "'m", "'re", "'ve", "'ll", "'d"};
  /** Words after which 's is a contraction (is, has, us) rather than a possessive. */
  static final Set<String> CONTRACTING_S = Set.of("it", "he", "she", "that", "there", "here", "what",
      "where", "who", "how", "when", "why", "let", "this", "everybody", "everyone", "nobody",
      "somebody", "someone", "something", "nothing", "everything");

  /** The form before an apostrophe ({@code i'm} → {@code i}), or the form itself. */
  static String base(String form) {
    int apostrophe = form.indexOf('\'');
    return apostrophe > 0 ? form.substring(0, apostrophe) : form;
  }

  /** Biber's contractions: n't, 'm, 're, 've, 'll, 'd anywhere; 's after a pronoun or let/here/there. */
  static boolean isContraction(String form) {
    if (form.indexOf('\'') <= 0) {
      return false;
    }
    for (String ending : CONTRACTION_ENDINGS) {
      if (form.endsWith(ending)) {
        return true;
      }
    }
    return form.endsWith("'s") && CONTRACTING_S.contains(base(form));
  }

  /** Biber's nominalisations: -tion, -ment, -ness, -ity (and plurals), word of 7+ letters. */
  static boolean isNominalisation(String form) {
    if (form.length() < 7) {
      return false;
    }
    for (String ending : NOMINAL_ENDINGS) {
      if (form.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** A past participle by form: ends in -ed (4+ letters) or is an irregular participle. */
  static boolean isParticiple(String form) {
    return (form.length() >= 4 && form.endsWith("ed")) || IRREGULAR_PARTICIPLES.contains(form);
  }
}
