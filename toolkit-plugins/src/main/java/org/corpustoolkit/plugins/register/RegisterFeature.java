package org.corpustoolkit.plugins.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.stats.LexicalDiversity;
import org.corpustoolkit.stats.TypeFrequencies;

/**
 * The columns of {@code ctk register}: lexical diversity ({@link LexicalDiversity}) and register
 * features, with their definitions, and the computation of their values from counts and the folded
 * word ids.
 *
 * @param name snake_case column name
 * @param decimals digits shown in human formats
 * @param description definition and source, one line
 */
public record RegisterFeature(String name, int decimals, String description) {

  /** All features in column order. */
  public static final List<RegisterFeature> ALL = List.of(
      new RegisterFeature("types", 0, "distinct counting forms of the word tokens"),
      new RegisterFeature("ttr", 4, "type-token ratio V/N"),
      new RegisterFeature("msttr", 4, "mean segmental TTR over consecutive segments of --segment tokens, "
          + "remainder dropped (Johnson 1944)"),
      new RegisterFeature("mattr", 4, "moving-average TTR over windows of --window tokens (Covington & "
          + "McFall 2010)"),
      new RegisterFeature("mtld", 2, "MTLD, threshold 0.72 (factor ends at TTR <= 0.72), mean of forward "
          + "and backward passes (McCarthy & Jarvis 2010)"),
      new RegisterFeature("hdd", 4, "HD-D, sum over types of P(type in a random draw of 42 tokens) "
          + "(McCarthy & Jarvis 2007); the sum, not the mean"),
      new RegisterFeature("yule_k", 2, "Yule's K = 10^4 (sum i^2 V(i) - N) / N^2 (Yule 1944)"),
      new RegisterFeature("guiraud_r", 4, "Guiraud's R = V / sqrt(N)"),
      new RegisterFeature("herdan_c", 4, "Herdan's C = log V / log N"),
      new RegisterFeature("maas_a2", 4, "Maas a^2 = (log10 N - log10 V) / (log10 N)^2, base-10 logarithms"),
      new RegisterFeature("lexical_density", 4, "content words (NOUN, PROPN, VERB, ADJ, ADV) / word "
          + "tokens (Ure 1971)"),
      new RegisterFeature("mean_word_length", 2, "mean letters per word of kind word (Biber 1988 f.43)"),
      new RegisterFeature("mean_sentence_length", 2, "mean word tokens per sentence"),
      new RegisterFeature("sd_sentence_length", 2, "population standard deviation of sentence length"),
      new RegisterFeature("nouns", 2, "UPOS NOUN per 1,000 word tokens (Biber 1988 f.16, all nouns)"),
      new RegisterFeature("verbs", 2, "UPOS VERB (not AUX) per 1,000 word tokens"),
      new RegisterFeature("adjectives", 2, "UPOS ADJ per 1,000 word tokens (Biber 1988 f.39-40)"),
      new RegisterFeature("adverbs", 2, "UPOS ADV per 1,000 word tokens (Biber 1988 f.42)"),
      new RegisterFeature("first_person", 2, "I me we us my our myself ourselves mine ours, per 1,000 "
          + "(Biber 1988 f.6)"),
      new RegisterFeature("second_person", 2, "you your yourself yourselves yours (thou thee thy thine "
          + "ye), per 1,000 (Biber 1988 f.7)"),
      new RegisterFeature("third_person", 2, "she he they her him them his their himself herself "
          + "themselves hers theirs (not it), per 1,000 (Biber 1988 f.8)"),
      new RegisterFeature("contractions", 2, "words with n't 'm 're 've 'll 'd, or 's after a pronoun "
          + "or let/here/there, per 1,000 (Biber 1988 f.59)"),
      new RegisterFeature("nominalisations", 2, "words of 7+ letters ending in -tion -ment -ness -ity "
          + "(or plural), per 1,000 (Biber 1988 f.14)"),
      new RegisterFeature("passives", 2, "BE + up to two adverbs/not + past participle (-ed or "
          + "irregular), per 1,000 (Biber 1988 f.17-18)"),
      new RegisterFeature("modals", 2, "can could may might must shall should will would ought (and "
          + "negatives, 'll), per 1,000 (Biber 1988 f.52-54)"),
      new RegisterFeature("questions", 2, "sentences containing ?, per 1,000 word tokens (cf. Biber "
          + "1988 f.13)"),
      new RegisterFeature("hedges", 2, "almost, maybe, at about, something like, more or less, sort "
          + "of/kind of not after a determiner, per 1,000 (Biber 1988 f.47)"));

  /**
   * The feature values of a text from its counts and its folded word ids ({@link LexicalFold}), MTLD
   * being the mean of the forward and the backward pass; NaN becomes null.
   */
  static Map<String, Double> values(RegisterCounts c, LexicalFold.Values lexical, double mtldBackward) {
    Map<String, Double> v = new LinkedHashMap<>();
    long n = lexical.tokens();
    TypeFrequencies frequencies = lexical.frequencies();
    long types = frequencies.types();
    put(v, "types", types);
    put(v, "ttr", n == 0 ? Double.NaN : LexicalDiversity.typeTokenRatio(n, types));
    put(v, "msttr", lexical.msttr());
    put(v, "mattr", lexical.mattr());
    setMtld(v, lexical.mtldForward(), mtldBackward);
    put(v, "hdd", LexicalDiversity.hdd(frequencies, LexicalDiversity.HDD_SAMPLE_SIZE));
    put(v, "yule_k", LexicalDiversity.yulesK(frequencies));
    put(v, "guiraud_r", LexicalDiversity.guiraudR(n, types));
    put(v, "herdan_c", LexicalDiversity.herdanC(n, types));
    put(v, "maas_a2", LexicalDiversity.maasA2(n, types));
    put(v, "lexical_density", ratio(c.contentWords, c.wordTokens));
    put(v, "mean_word_length", ratio(c.letters, c.letterWords));
    double meanSentence = ratio(c.sentenceLengthSum, c.sentences);
    put(v, "mean_sentence_length", meanSentence);
    put(v, "sd_sentence_length", c.sentences == 0 ? Double.NaN
        : Math.sqrt(Math.max(0, (double) c.sentenceLengthSquares / c.sentences - meanSentence * meanSentence)));
    put(v, "nouns", perThousand(c.nouns, c.wordTokens));
    put(v, "verbs", perThousand(c.verbs, c.wordTokens));
    put(v, "adjectives", perThousand(c.adjectives, c.wordTokens));
    put(v, "adverbs", perThousand(c.adverbs, c.wordTokens));
    put(v, "first_person", perThousand(c.firstPerson, c.wordTokens));
    put(v, "second_person", perThousand(c.secondPerson, c.wordTokens));
    put(v, "third_person", perThousand(c.thirdPerson, c.wordTokens));
    put(v, "contractions", perThousand(c.contractions, c.wordTokens));
    put(v, "nominalisations", perThousand(c.nominalisations, c.wordTokens));
    put(v, "passives", perThousand(c.passives, c.wordTokens));
    put(v, "modals", perThousand(c.modals, c.wordTokens));
    put(v, "questions", perThousand(c.questions, c.wordTokens));
    put(v, "hedges", perThousand(c.hedges, c.wordTokens));
    return v;
  }

  /** Sets MTLD in {@code values}: the mean of the forward and the backward pass, null if undefined. */
  static void setMtld(Map<String, Double> values, double forward, double backward) {
    put(values, "mtld", (forward + backward) / 2);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static double perThousand(long count, long words) {
    return words == 0 ? Double.NaN : 1000.0 * count / words;
  }

  private static void put(Map<String, Double> v, String name, double value) {
    v.put(name, Double.isFinite(value) ? value : null);
  }
}
