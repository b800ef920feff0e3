package org.corpustoolkit.plugins.register;

import java.util.Set;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * FALLBACK part-of-speech tags for English from closed-class word lists, suffixes and the previous word,
 * used by {@code ctk register} only when no real annotator ({@link TagSource}) is installed. It is a
 * rough approximation (no statistical model): closed classes (pronouns, determiners, prepositions,
 * conjunctions, auxiliaries) are listed; open-class words are guessed from suffixes ({@code -ly} ADV;
 * {@code -tion -ment -ness -ity -ship -ism -ance -ence -er -or} NOUN; {@code -ous -ful -ive -able -ible
 * -al -ic -less -ish -ary} ADJ; {@code -ize -ise -ify -ed -ing} VERB), a short list of common verbs and
 * adjectives, and the previous word (after a determiner or adjective: NOUN; after a pronoun, modal or
 * {@code to}: VERB); capitalised words inside a sentence are PROPN; the rest NOUN. Output of
 * {@code ctk register} names the tag source so that users know which one was used. Thread-safe.
 */
public final class HeuristicTagSource implements TagSource {
  private static final Set<String> DET = Set.of("the", "a", "an", "this", "that", "these", "those",
      "every", "each", "some", "any", "no", "all", "both", "either", "neither", "another", "such",
      "what", "which", "whose", "much", "many", "few", "several", "its");
  private static final Set<String> PRON = Set.of("i", "me", "you", "he", "she", "it", "we", "they",
      "him", "her", "us", "them", "myself", "yourself", "himself", "herself", "itself", "ourselves",
      "yourselves", "themselves", "mine", "yours", "hers", "ours", "theirs", "my", "your", "his",
      "our", "their", "who", "whom", "someone", "anyone", "everyone", "nobody", "nothing",
      "something", "anything", "everything", "somebody", "anybody", "everybody", "thou", "thee",
      "thy", "ye");
  private static final Set<String> ADP = Set.of("of", "in", "on", "at", "by", "for", "with", "from",
      "to", "into", "onto", "upon", "about", "above", "across", "after", "against", "along", "among",
      "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "during",
      "except", "inside", "near", "off", "outside", "over", "past", "through", "throughout",
      "toward", "towards", "under", "until", "within", "without", "via", "like");
  private static final Set<String> CCONJ = Set.of("and", "or", "but", "nor", "yet");
  private static final Set<String> SCONJ = Set.of("because", "although", "though", "if", "unless",
      "whether", "while", "whereas", "when", "where", "as", "than", "since", "so");
  private static final Set<String> AUX = Set.of("be", "am", "is", "are", "was", "were", "been",
      "being", "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall",
      "should", "can", "could", "may", "might", "must", "ought", "cannot");
  private static final Set<String> PART = Set.of("not", "n't");
  private static final Set<String> INTJ = Set.of("oh", "ah", "yes", "hello", "alas", "ha", "oops");
  private static final Set<String> ADV = Set.of("very", "too", "also", "just", "only", "even",
      "still", "already", "always", "never", "often", "sometimes", "here", "there", "now", "then",
      "soon", "again", "quite", "rather", "almost", "perhaps", "maybe", "however", "therefore",
      "thus", "ever", "once", "yesterday", "today", "tomorrow", "away", "back", "out", "up", "down",
      "well", "how", "why", "more", "most", "less", "least", "indeed", "instead", "together");
  private static final Set<String> NOT_ADVERB_LY = Set.of("family", "early", "only", "friendly",
      "likely", "lovely", "ugly", "holy", "silly", "daily", "lonely", "lively", "elderly", "july",
      "italy", "reply", "supply", "apply", "fly", "rely", "ally", "belly", "jelly", "bully", "lily");
  private static final Set<String> VERBS = Set.of("say", "said", "says", "go", "goes", "went", "gone",
      "get", "gets", "got", "make", "makes", "made", "know", "knows", "knew", "think", "thinks",
      "thought", "take", "takes", "took", "see", "sees", "saw", "come", "comes", "came", "want",
      "wants", "look", "looks", "use", "find", "finds", "found", "give", "gives", "gave", "tell",
      "tells", "told", "feel", "feels", "felt", "become", "became", "leave", "left", "put", "mean",
      "meant", "keep", "kept", "let", "begin", "began", "seem", "seems", "show", "hear", "heard",
      "run", "ran", "bring", "brought", "write", "wrote", "sit", "sat", "stand", "stood", "lose",
      "lost", "pay", "paid", "meet", "met", "understand", "understood", "speak", "spoke", "read",
      "grow", "grew", "win", "won", "buy", "bought", "die", "send", "sent", "build", "built", "fall",
      "fell", "eat", "ate", "choose", "chose", "believe", "remember", "happen", "need", "try",
      "ask", "live", "love", "hope", "wish", "like");
  private static final Set<String> ADJ = Set.of("good", "new", "first", "last", "long", "great",
      "little", "own", "other", "old", "right", "big", "high", "different", "small", "large", "next",
      "early", "young", "few", "bad", "same", "able", "late", "hard", "sure", "free", "full", "real",
      "best", "better", "true", "whole", "clear", "easy", "strong", "certain", "happy", "poor",
      "black", "white", "red", "dear", "nice", "fine", "short", "low", "dark", "cold", "hot", "warm",
      "rich", "wide", "deep", "open", "ready", "glad", "sorry", "afraid", "alone", "main");

  @Override
  public String name() {
    return "heuristic";
  }

  @Override
  public boolean supports(String language) {
    return "en".equals(language);
  }

  /**
   * Tags one document, working out each form's facts once for it. {@code ctk register} calls
   * {@link #tags(TokenizedDocument, FormFacts)} instead, with facts kept for the whole run.
   */
  @Override
  public Upos[] tags(TokenizedDocument doc) {
    return tags(doc, new FormFacts(doc.vocabulary()));
  }

  /** {@link #tags(TokenizedDocument)} with the facts of the document's vocabulary given. */
  Upos[] tags(TokenizedDocument doc, FormFacts forms) {
    Upos[] tags = new Upos[doc.size()];
    Upos previous = null;
    int previousFacts = 0;
    int sentence = -1;
    String text = doc.text();
    for (int i = 0; i < doc.size(); i++) {
      TokenKind kind = doc.kind(i);
      boolean sentenceStart = doc.sentence(i) != sentence;
      sentence = doc.sentence(i);
      if (sentenceStart) {
        previous = null;
        previousFacts = 0;
      }
      Upos tag;
      if (kind == TokenKind.PUNCTUATION) {
        tag = Upos.PUNCT;
      } else if (kind == TokenKind.NUMBER) {
        tag = Upos.NUM;
      } else if (kind != TokenKind.WORD) {
        tag = kind.isWord() ? Upos.X : Upos.SYM;
      } else {
        int facts = forms.of(doc.formId(i));
        boolean capitalised = previous != null && Character.isUpperCase(text.codePointAt(doc.start(i)));
        tag = FormFacts.tag(facts, capitalised, previous, previousFacts);
        previous = tag;
        previousFacts = facts;
      }
      tags[i] = tag;
    }
    return tags;
  }

  /** The tag of one word form given the previous word's tag and form (null at sentence start). */
  static Upos tag(String form, boolean capitalisedInside, Upos previous, String previousForm) {
    Upos closed = closedClass(form);
    if (closed != null) {
      return closed;
    }
    if (capitalisedInside) {
      return Upos.PROPN;
    }
    boolean afterVerbSlot = previous == Upos.PRON && !previousForm.equals("it")
        && !isPossessive(previousForm) || previous == Upos.AUX || previousForm.equals("to")
        || previous == Upos.PART;
    Upos open = openClass(form);
    if (open != null) {
      return open;
    }
    if (form.length() > 4 && (form.endsWith("ed") || form.endsWith("ing"))) {
      return previous == Upos.DET ? (form.endsWith("ing") ? Upos.NOUN : Upos.ADJ) : Upos.VERB;
    }
    if (afterVerbSlot) {
      return Upos.VERB;
    }
    return Upos.NOUN;
  }

  /**
   * The tag of a form in a closed class (or a listed adverb), whatever its context; else null. The
   * first tests of {@link #tag}.
   */
  static Upos closedClass(String form) {
    String base = EnglishWords.base(form);
    if (form.endsWith("n't") && AUX.contains(form.substring(0, form.length() - 3))) {
      return Upos.AUX;
    }
    if (PRON.contains(base)) {
      return Upos.PRON;
    }
    if (DET.contains(form)) {
      return Upos.DET;
    }
    if (AUX.contains(form) || form.equals("won't") || form.equals("can't")) {
      return Upos.AUX;
    }
    if (ADP.contains(form)) {
      return Upos.ADP;
    }
    if (CCONJ.contains(form)) {
      return Upos.CCONJ;
    }
    if (SCONJ.contains(form)) {
      return Upos.SCONJ;
    }
    if (PART.contains(form)) {
      return Upos.PART;
    }
    if (INTJ.contains(form)) {
      return Upos.INTJ;
    }
    if (ADV.contains(form)) {
      return Upos.ADV;
    }
    return null;
  }

  /**
   * The tag of an open-class form that its word lists or endings decide, for a word not capitalised
   * inside a sentence; else null. The tests of {@link #tag} after the capital letter's.
   */
  static Upos openClass(String form) {
    if (VERBS.contains(form)) {
      return Upos.VERB;
    }
    if (ADJ.contains(form)) {
      return Upos.ADJ;
    }
    if (form.length() > 4 && form.endsWith("ly") && !NOT_ADVERB_LY.contains(form)) {
      return Upos.ADV;
    }
    if (endsWithAny(form, "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities",
        "ship", "ships", "ism", "isms", "ance", "ence", "hood", "dom")) {
      return Upos.NOUN;
    }
    if (endsWithAny(form, "ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "ary", "ial")
        && form.length() > 5) {
      return Upos.ADJ;
    }
    if (endsWithAny(form, "ize", "izes", "ise", "ises", "ify", "ifies", "ized", "ised") && form.length() > 5) {
      return Upos.VERB;
    }
    return null;
  }

  static boolean isPossessive(String form) {
    return form.equals("my") || form.equals("your") || form.equals("his") || form.equals("her")
        || form.equals("our") || form.equals("their") || form.equals("thy");
  }

  private static boolean endsWithAny(String form, String... endings) {
    for (String e : endings) {
      if (form.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
