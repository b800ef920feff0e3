package org.corpustoolkit.annotate.opennlp;

import java.util.Arrays;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.PluginException;
import org.corpustoolkit.text.UniversalPos;

/**
 * Tags and lemmatises English sentences on one thread, as OpenNLP's {@link POSTaggerME} and
 * {@link LemmatizerME} do over shared models, their beam searches run by {@link SelectingBeamSearch}
 * (same answers, less work). ctk's tokens are adapted to what the UD English EWT models
 * were trained on, and the answers mapped back to ctk's tokens:
 *
 * <ul>
 *   <li><b>Apostrophes and quotes.</b> The models see {@code '} for ’ ‘ ʼ ′ ＇ ´ ` and {@code "} for
 *       “ ” „ ″: they learnt straight ones, and with a curly one {@code Moscow’s} is not recognised as a
 *       possessive. Surface forms stay as written.</li>
 *   <li><b>Contractions and possessives</b> ({@code don't}, {@code it's}, {@code Moscow's},
 *       {@code cannot}) are one token in ctk, and also one token for these models, which were trained
 *       on UD's multiword tokens unsplit and answer with joined analyses ({@code don't} → {@code AUX+PART},
 *       lemma {@code do+not}; splitting them as {@code do n't} makes the models guess badly). The one
 *       exception is the clitic {@code 's}, which the models are given apart ({@code Trump 's}): whole,
 *       an unknown name with {@code 's} at the start of a sentence comes out as a verb. ctk keeps
 *       the analysis of the first part, the host: {@code don't} is {@code AUX} / {@code do},
 *       {@code it's} is {@code PRON} / {@code it}, {@code Moscow's} is {@code PROPN} /
 *       {@code Moscow}, {@code can't} is {@code AUX} / {@code can}. A possessive apostrophe that
 *       follows a plural ({@code the cats’ owners}) is its own punctuation token in ctk.</li>
 *   <li><b>Hyphenated words</b> ({@code ground-based}, {@code time-to-target}, {@code COVID-19}) are one
 *       token in ctk but are split at their hyphens for the models (as in UD English EWT, which splits
 *       them; whole, they are tagged erratically). The word takes the tag of its last part that has a
 *       letter (the head of an English compound: {@code time-to-targets} → {@code NOUN}, like
 *       {@code targets}), and its lemma is the word with that part lemmatised ({@code time-to-target}).
 *       When that part is an inflected verb form and the first part is not a verbal prefix (re, co,
 *       pre, un ...), the word is a compound adjective, tagged {@code ADJ} with itself as lemma
 *       ({@code well-known}, {@code ground-based}, {@code government-backed}), as CLAWS and TreeTagger
 *       treat them; {@code re-elected} stays {@code VERB} / {@code re-elect}.</li>
 *   <li><b>Proper nouns</b> keep their capitals in the lemma ({@code NATO}, not the lemmatiser's
 *       lower-cased {@code nato}); other lemmas are lower case, as the lemmatiser gives them.</li>
 * </ul>
 */
final class EnglishTagger implements Annotator.Tagger {
  /** OpenNLP's tagger, used only for a model that is not a UD maximum-entropy model (see below). */
  private final POSTaggerME tagger;
  /** POSTaggerME's search for a maximum-entropy model of UD tags, made faster; else null. */
  private final SelectingBeamSearch posSearch;
  private final POSContextGenerator posContexts;
  private final SequenceValidator<String> posValidator;
  private final SelectingBeamSearch lemmatizer;
  private final LemmatizerContextGenerator lemmaContexts;
  private final SequenceValidator<String> lemmaValidator;

  // scratch buffers, reused from sentence to sentence
  private String[] parts = new String[64];
  private int[] first = new int[64];
  private int[] hostEnd = new int[64];
  private int[] head = new int[64];

  EnglishTagger(POSModel pos, LemmatizerModel lemmas) {
    this.tagger = new POSTaggerME(pos, POSTagFormat.UD);
    // POSTaggerME with a maximum-entropy model searches with BeamSearch (beam size from the manifest,
    // default 3) and, for a model whose tags are UPOS already, returns its outcomes unconverted; then
    // the same search runs here with the same context generator and validator.
    Object posModel = pos.getArtifact(POS_MODEL_ENTRY);
    if (posModel instanceof MaxentModel maxent && tagsAreUniversal(maxent)) {
      String beam = pos.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      int size = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
      this.posSearch = new SelectingBeamSearch(size, maxent);
      this.posContexts = pos.getFactory().getPOSContextGenerator(size);
      this.posValidator = pos.getFactory().getSequenceValidator();
    } else {
      this.posSearch = null;
      this.posContexts = null;
      this.posValidator = null;
    }
    // LemmatizerME's search, made faster and kept identical (SelectingBeamSearch): the same model,
    // beam size, context generator and validator as LemmatizerME takes from the model.
    Object model = lemmas.getArtifact(LEMMA_MODEL_ENTRY);
    if (!(model instanceof MaxentModel maxent)) {
      throw new PluginException("the English lemmatiser's model is not a maximum-entropy model");
    }
    String beam = lemmas.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.lemmatizer = new SelectingBeamSearch(
        beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), maxent,
        LEMMA_CONTEXTS_KEPT);
    this.lemmaContexts = lemmas.getFactory().getContextGenerator();
    this.lemmaValidator = lemmas.getFactory().getSequenceValidator();
  }

  /**
   * Lemmatiser contexts (word, tag, previous decision) whose probabilities each thread keeps: about
   * 7 KB each with the UD English EWT model's 860 edit scripts, so about 7 MB a thread.
   */
  static final int LEMMA_CONTEXTS_KEPT = 1024;

  /** The entry of a part-of-speech model's archive that holds its maximum-entropy model. */
  static final String POS_MODEL_ENTRY = "pos.model";

  /** True if every outcome of {@code model} is a UPOS tag or UPOS tags joined by {@code +}. */
  private static boolean tagsAreUniversal(MaxentModel model) {
    for (int i = 0; i < model.getNumOutcomes(); i++) {
      for (String part : model.getOutcome(i).split("\\+", -1)) {
        if (UniversalPos.parse(part) == UniversalPos.X && !part.equals("X")) {
          return false;
        }
      }
    }
    return true;
  }

  /** True if tags come from {@link SelectingBeamSearch}, not from {@link POSTaggerME} (tests). */
  boolean searchesTags() {
    return posSearch != null;
  }

  /** The UPOS tags of {@code words}, as {@code POSTaggerME.tag(words)} gives them. */
  String[] tagWords(String[] words) {
    if (posSearch == null) {
      return tagger.tag(words);
    }
    String[] tags = posSearch.bestSequence(words, null, posContexts, posValidator);
    if (tags == null) {
      throw new IllegalStateException("the tagger found no sequence for a sentence of "
          + words.length + " tokens");
    }
    return tags;
  }

  /** The entry of a lemmatiser model's archive that holds its maximum-entropy model. */
  static final String LEMMA_MODEL_ENTRY = "lemmatizer.model";

  /**
   * The lemmas of {@code words} tagged {@code tags}, as {@code LemmatizerME.lemmatize(words, tags)}
   * gives them: the best sequence of shortest edit scripts, decoded against the words.
   */
  String[] lemmatize(String[] words, String[] tags) {
    String[] scripts = lemmatizer.bestSequence(words, new Object[] {tags}, lemmaContexts,
        lemmaValidator);
    if (scripts == null) {
      throw new IllegalStateException("the lemmatiser found no sequence for a sentence of "
          + words.length + " tokens");
    }
    return LemmatizerME.decodeLemmas(words, scripts);
  }

  @Override
  public void annotate(String[] tokens, String[] tags, String[] lemmas) {
    run(tokens, tags, lemmas);
  }

  /**
   * Tags without lemmatising, except a sentence with a hyphenated word whose head is tagged VERB: the
   * head's lemma decides whether the word is a compound adjective, so that sentence is lemmatised too
   * and the tags are always those of {@link #annotate}.
   */
  @Override
  public void tag(String[] tokens, String[] tags) {
    run(tokens, tags, null);
  }

  /** Tags {@code tokens} into {@code tags}, and lemmatises them into {@code lemmas} unless null. */
  private void run(String[] tokens, String[] tags, String[] lemmas) {
    int n = tokens.length;
    if (first.length < n + 1) {
      first = new int[n + 1];
      hostEnd = new int[n];
      head = new int[n];
    }
    int count = 0;
    for (int t = 0; t < n; t++) {
      first[t] = count;
      String token = normalise(tokens[t]);
      boolean clitic = hasPossessiveOrIs(token);
      String host = clitic ? token.substring(0, token.length() - 2) : token;
      head[t] = count;
      if (isHyphenated(host)) {
        int from = 0;
        for (int i = 0; i <= host.length(); i++) {
          if (i == host.length() || host.charAt(i) == '-') {
            if (i > from) {
              String part = host.substring(from, i);
              if (hasLetter(part)) {
                head[t] = count;
              }
              count = add(count, part);
            }
            if (i < host.length()) {
              count = add(count, "-");
            }
            from = i + 1;
          }
        }
      } else {
        count = add(count, host);
      }
      hostEnd[t] = count;
      if (clitic) {
        count = add(count, token.substring(token.length() - 2));
      }
    }
    first[n] = count;
    String[] words = Arrays.copyOf(parts, count);
    String[] partTags = tagWords(words);
    String[] partLemmas = lemmas != null || tagDependsOnLemma(n, partTags)
        ? lemmatize(words, partTags) : null;
    for (int t = 0; t < n; t++) {
      int h = head[t];
      String tag = host(partTags[h]);
      tags[t] = tag;
      if (partLemmas == null) {
        continue;
      }
      String lemma = hostLemma(partLemmas[h], words[h], tag);
      if (lemma == null) {
        if (lemmas != null) {
          lemmas[t] = null;
        }
        continue;
      }
      if (hostEnd[t] - first[t] > 1) { // a hyphenated word: its other parts as written
        if (isCompoundAdjective(words, first[t], h, partTags[h], lemma)) {
          tags[t] = "ADJ";
          lemma = null;
        } else {
          StringBuilder sb = new StringBuilder();
          for (int p = first[t]; p < hostEnd[t]; p++) {
            sb.append(p == h ? lemma : words[p]);
          }
          lemma = sb.toString();
        }
      }
      if (lemmas != null) {
        lemmas[t] = lemma == null
            ? String.join("", Arrays.copyOfRange(words, first[t], hostEnd[t])) : lemma;
      }
    }
  }

  /**
   * True if a token of the sentence just split is a hyphenated word whose head (not its first part) is
   * tagged VERB: only then can a lemma change a tag ({@link #isCompoundAdjective}).
   */
  private boolean tagDependsOnLemma(int n, String[] partTags) {
    for (int t = 0; t < n; t++) {
      if (hostEnd[t] - first[t] > 1 && head[t] != first[t] && host(partTags[head[t]]).equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word ending in the clitic {@code 's} (possessive, or is/has): {@code Moscow's}, {@code it's}.
   * The models know these whole, but tag an unknown one badly at the start of a sentence
   * ({@code Trump's} → VERB), and the host alone well.
   */
  private static boolean hasPossessiveOrIs(String token) {
    int n = token.length();
    return n > 2 && token.charAt(n - 2) == '\''
        && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')
        && Character.isLetterOrDigit(token.charAt(n - 3));
  }

  /** The tag of the host of a joined analysis: {@code AUX+PART} → {@code AUX}. */
  private static String host(String tag) {
    int plus = tag.indexOf('+');
    return plus > 0 ? tag.substring(0, plus) : tag;
  }

  /** The lemma of the host ({@code do+not} → {@code do}), capitalised as written for proper nouns. */
  private static String hostLemma(String lemma, String word, String tag) {
    if (lemma == null || lemma.isEmpty() || lemma.equals("_") && !word.equals("_")) {
      return null;
    }
    int plus = lemma.indexOf('+', 1);
    if (plus > 0 && word.indexOf('+') < 0) {
      lemma = lemma.substring(0, plus);
    }
    if (tag.equals("PROPN") && word.regionMatches(true, 0, lemma, 0, lemma.length())) {
      lemma = word.substring(0, lemma.length());
    }
    return lemma;
  }

  /**
   * A hyphenated word whose last part is an inflected verb form after a non-prefix ({@code well-known},
   * {@code ground-based}, {@code long-standing}) is a compound adjective, as CLAWS and TreeTagger tag
   * it; {@code re-elected}, {@code co-founded} stay verbs.
   */
  private static boolean isCompoundAdjective(String[] words, int firstPart, int head, String headTag,
      String headLemma) {
    if (!host(headTag).equals("VERB") || head == firstPart) {
      return false;
    }
    String form = words[head].toLowerCase(java.util.Locale.ROOT);
    String lemma = headLemma.toLowerCase(java.util.Locale.ROOT);
    if (form.equals(lemma) || form.equals(lemma + "s") || form.equals(lemma + "es")) {
      return false;
    }
    return !VERB_PREFIXES.contains(words[firstPart].toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> VERB_PREFIXES =
      java.util.Set.of("re", "pre", "co", "de", "un", "mis", "dis", "out", "over", "up", "cross");

  private int add(int count, String part) {
    if (count == parts.length) {
      parts = Arrays.copyOf(parts, count * 2);
    }
    parts[count] = part;
    return count + 1;
  }

  /** Straight apostrophes and quotes, as in the models' training data. */
  static String normalise(String token) {
    StringBuilder sb = null;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      char r = switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u2032', '\uFF07', '\u00B4', '`' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
        case '\u2010', '\u2011' -> '-';
        default -> c;
      };
      if (r != c && sb == null) {
        sb = new StringBuilder(token);
      }
      if (sb != null) {
        sb.setCharAt(i, r);
      }
    }
    return sb == null ? token : sb.toString();
  }

  /** A word with an inner hyphen and at least one letter: {@code well-known}, {@code COVID-19}. */
  private static boolean isHyphenated(String token) {
    int hyphen = token.indexOf('-', 1);
    return hyphen > 0 && hyphen < token.length() - 1 && hasLetter(token);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
