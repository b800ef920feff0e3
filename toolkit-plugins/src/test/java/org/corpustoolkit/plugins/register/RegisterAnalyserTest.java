package org.corpustoolkit.plugins.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.Test;

class RegisterAnalyserTest {

  private static RegisterReport run(Set<TagSource> tags, RegisterOptions options, int threads,
      String... texts) {
    RunContext context = new RunContext(Corpus.ofStrings(texts), TextSettings.defaults(), threads,
        w -> {}, ProgressListener.NONE);
    return new RegisterAnalyser(tags).analyse(context, options);
  }

  private static RegisterRow first(String text) {
    return run(Set.of(), RegisterOptions.defaults(), 1, text).documents().get(0);
  }

  /** Tags every word NOUN: shows that features read the tag source. */
  static final class TestingAllNouns implements TagSource {
    @Override
    public String name() {
      return "testing-all-nouns";
    }

    @Override
    public boolean supports(String language) {
      return true;
    }

    @Override
    public Upos[] tags(TokenizedDocument doc) {
      Upos[] tags = new Upos[doc.size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = doc.kind(i) == TokenKind.WORD ? Upos.NOUN : Upos.PUNCT;
      }
      return tags;
    }
  }

  /*
   * 19 word tokens in 3 sentences of 6, 6 and 7 words:
   * I don't think you know her. | Maybe it was stolen by them? | We're kind of tired of the situation.
   */
  static final String SMALL = "I don't think you know her. Maybe it was stolen by them? "
      + "We're kind of tired of the situation.";

  @Test
  void registerFeaturesOfASmallTextByHand() {
    RegisterRow row = first(SMALL);
    assertThat(row.tokens()).isEqualTo(19);
    double per = 1000.0 / 19;
    assertThat(row.value("first_person")).isCloseTo(2 * per, within(1e-9)); // I, we're
    assertThat(row.value("second_person")).isCloseTo(1 * per, within(1e-9)); // you
    assertThat(row.value("third_person")).isCloseTo(2 * per, within(1e-9)); // her, them (not it)
    assertThat(row.value("contractions")).isCloseTo(2 * per, within(1e-9)); // don't, we're
    assertThat(row.value("nominalisations")).isCloseTo(1 * per, within(1e-9)); // situation
    assertThat(row.value("passives")).isCloseTo(1 * per, within(1e-9)); // was stolen
    assertThat(row.value("modals")).isEqualTo(0.0);
    assertThat(row.value("questions")).isCloseTo(1 * per, within(1e-9));
    assertThat(row.value("hedges")).isCloseTo(2 * per, within(1e-9)); // maybe, kind of
    assertThat(row.value("mean_sentence_length")).isCloseTo(19.0 / 3, within(1e-9));
    // lengths 6, 6, 7: variance 121/3 - (19/3)^2 = 2/9
    assertThat(row.value("sd_sentence_length")).isCloseTo(Math.sqrt(2.0 / 9), within(1e-9));
    // letters 1+4+5+3+4+3+5+2+3+6+2+4+4+4+2+5+2+3+9 = 71
    assertThat(row.value("mean_word_length")).isCloseTo(71.0 / 19, within(1e-9));
  }

  @Test
  void partOfSpeechFeaturesComeFromTheTagSource() {
    RegisterReport report = run(Set.of(new TestingAllNouns()), RegisterOptions.defaults(), 1, SMALL);
    RegisterRow row = report.documents().get(0);
    assertThat(report.tagSource()).isEqualTo("testing-all-nouns");
    assertThat(row.value("nouns")).isCloseTo(1000.0, within(1e-9));
    assertThat(row.value("verbs")).isEqualTo(0.0);
    assertThat(row.value("lexical_density")).isCloseTo(1.0, within(1e-9));
    assertThat(row.value("passives")).isEqualTo(0.0); // stolen tagged NOUN: not a participle
    assertThat(report.notes()).noneMatch(n -> n.contains("FALLBACK"));
    assertThat(run(Set.of(), RegisterOptions.defaults(), 1, SMALL).notes())
        .anyMatch(n -> n.contains("FALLBACK"));
  }

  @Test
  void heuristicTagsForClearCases() {
    assertThat(HeuristicTagSource.tag("quickly", false, null, "")).isEqualTo(Upos.ADV);
    assertThat(HeuristicTagSource.tag("happiness", false, Upos.DET, "the")).isEqualTo(Upos.NOUN);
    assertThat(HeuristicTagSource.tag("beautiful", false, Upos.DET, "a")).isEqualTo(Upos.ADJ);
    assertThat(HeuristicTagSource.tag("they", false, null, "")).isEqualTo(Upos.PRON);
    assertThat(HeuristicTagSource.tag("walk", false, Upos.PRON, "they")).isEqualTo(Upos.VERB);
    assertThat(HeuristicTagSource.tag("london", true, Upos.ADP, "in")).isEqualTo(Upos.PROPN);
    assertThat(HeuristicTagSource.tag("could", false, Upos.PRON, "we")).isEqualTo(Upos.AUX);
  }

  /** A deterministic text of 600 words over 40 word types, with a sentence every 12 words. */
  static List<String> longWords() {
    String[] vocabulary = new String[40];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "x";
    }
    List<String> words = new ArrayList<>();
    long seed = 12345;
    for (int i = 0; i < 600; i++) {
      seed = (seed * 1103515245L + 12345L) & 0x7fffffffL;
      int r = (int) (seed % 100);
      words.add(vocabulary[r < 50 ? r % 8 : r % 40]); // a few frequent types, a long tail
    }
    return words;
  }

  static String text(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      sb.append(words.get(i)).append((i + 1) % 12 == 0 ? ". " : " ");
    }
    return sb.toString();
  }

  @Test
  void lexicalDiversityThroughTheAnalyserEqualsIndependentComputation() {
    List<String> words = longWords();
    RegisterRow row = first(text(words));
    int n = words.size();
    Map<String, Integer> freq = new HashMap<>();
    words.forEach(w -> freq.merge(w, 1, Integer::sum));
    int v = freq.size();
    assertThat(row.tokens()).isEqualTo(n);
    assertThat(row.value("types")).isEqualTo((double) v);
    assertThat(row.value("ttr")).isCloseTo((double) v / n, within(1e-12));
    assertThat(row.value("guiraud_r")).isCloseTo(v / Math.sqrt(n), within(1e-12));
    assertThat(row.value("herdan_c")).isCloseTo(Math.log(v) / Math.log(n), within(1e-12));
    assertThat(row.value("maas_a2")).isCloseTo(
        (Math.log10(n) - Math.log10(v)) / (Math.log10(n) * Math.log10(n)), within(1e-12));
    double sumSquares = freq.values().stream().mapToDouble(f -> (double) f * f).sum();
    assertThat(row.value("yule_k")).isCloseTo(1e4 * (sumSquares - n) / ((double) n * n), within(1e-9));
    assertThat(row.value("msttr")).isCloseTo(msttr(words, 100), within(1e-12));
    assertThat(row.value("mattr")).isCloseTo(mattr(words, 100), within(1e-12));
    double mtld = (mtldPass(words) + mtldPass(reversed(words))) / 2;
    assertThat(mtld).isGreaterThan(10); // several factors: the test exercises factor ends
    assertThat(row.value("mtld")).isCloseTo(mtld, within(1e-9));
    assertThat(row.value("hdd")).isCloseTo(hdd(freq, n, 42), within(1e-9));
  }

  @Test
  void otherSegmentAndWindowSizes() {
    List<String> words = longWords();
    RegisterRow row = run(Set.of(), new RegisterOptions(50, 30, true, false, Optional.empty()), 1,
        text(words)).documents().get(0);
    assertThat(row.value("msttr")).isCloseTo(msttr(words, 50), within(1e-12));
    assertThat(row.value("mattr")).isCloseTo(mattr(words, 30), within(1e-12));
  }

  static double msttr(List<String> words, int segment) {
    double sum = 0;
    int segments = words.size() / segment;
    for (int s = 0; s < segments; s++) {
      sum += (double) new HashSet<>(words.subList(s * segment, (s + 1) * segment)).size() / segment;
    }
    return sum / segments;
  }

  static double mattr(List<String> words, int window) {
    double sum = 0;
    int windows = words.size() - window + 1;
    for (int s = 0; s < windows; s++) {
      sum += (double) new HashSet<>(words.subList(s, s + window)).size() / window;
    }
    return sum / windows;
  }

  static double mtldPass(List<String> words) {
    double factors = 0;
    Set<String> types = new HashSet<>();
    int tokens = 0;
    for (String w : words) {
      tokens++;
      types.add(w);
      if ((double) types.size() / tokens <= 0.72) {
        factors++;
        types.clear();
        tokens = 0;
      }
    }
    if (tokens > 0) {
      factors += (1 - (double) types.size() / tokens) / (1 - 0.72);
    }
    return words.size() / factors;
  }

  static List<String> reversed(List<String> words) {
    List<String> r = new ArrayList<>(words);
    java.util.Collections.reverse(r);
    return r;
  }

  /** HD-D with exact binomial coefficients: sum over types of 1 - C(N-f, s)/C(N, s). */
  static double hdd(Map<String, Integer> freq, int n, int s) {
    BigInteger all = binomial(n, s);
    double sum = 0;
    for (int f : freq.values()) {
      BigDecimal absent = new BigDecimal(binomial(n - f, s)).divide(new BigDecimal(all),
          MathContext.DECIMAL128);
      sum += 1 - absent.doubleValue();
    }
    return sum;
  }

  static BigInteger binomial(int n, int k) {
    if (k > n) {
      return BigInteger.ZERO;
    }
    BigInteger r = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return r;
  }

  @Test
  void worstCasesGiveNullsNotNaN() {
    RegisterReport report = run(Set.of(), RegisterOptions.defaults(), 1, "", "Hello", "no stop here");
    RegisterRow empty = report.documents().get(0);
    assertThat(empty.tokens()).isZero();
    assertThat(empty.value("ttr")).isNull();
    assertThat(empty.value("mean_sentence_length")).isNull();
    RegisterRow one = report.documents().get(1);
    assertThat(one.value("ttr")).isEqualTo(1.0);
    assertThat(one.value("herdan_c")).isNull(); // log N = 0
    assertThat(one.value("mattr")).isNull(); // shorter than a window
    assertThat(one.value("hdd")).isNull(); // fewer than 42 tokens
    assertThat(one.value("mean_sentence_length")).isEqualTo(1.0);
    assertThat(one.value("sd_sentence_length")).isEqualTo(0.0);
    assertThat(report.documents().get(2).value("mean_sentence_length")).isEqualTo(3.0);
    for (Object[] cells : report.table().materialize()) {
      for (Object cell : cells) {
        if (cell instanceof Double d) {
          assertThat(d).isFinite();
        }
      }
    }
  }

  @Test
  void corpusRowIsTheConcatenationAndThreadsDoNotMatter() {
    List<String> words = longWords();
    String a = text(words.subList(0, 300));
    String b = text(words.subList(300, 600));
    RegisterReport one = run(Set.of(), RegisterOptions.defaults(), 1, a, b);
    RegisterReport two = run(Set.of(), RegisterOptions.defaults(), 2, a, b);
    assertThat(two).isEqualTo(one);
    RegisterRow corpus = one.corpus().orElseThrow();
    assertThat(corpus.tokens()).isEqualTo(600);
    assertThat(corpus.value("mattr")).isCloseTo(mattr(words, 100), within(1e-12));
  }

  @Test
  void zScoresAgainstTheBaselineDocuments() {
    List<RegisterRow> rows = new ArrayList<>();
    for (double v : new double[] {1, 2, 3}) {
      Map<String, Double> values = new HashMap<>();
      values.put("ttr", v);
      values.put("nouns", 5.0); // no spread: z undefined
      rows.add(new RegisterRow("d" + v, 10, values));
    }
    List<RegisterRow> z = RegisterAnalyser.zScores(rows, rows);
    // mean 2, sample SD 1
    assertThat(z).extracting(r -> r.value("ttr")).containsExactly(-1.0, 0.0, 1.0);
    assertThat(z.get(0).value("nouns")).isNull();
    assertThat(z.get(0).value("mtld")).isNull();
    List<RegisterRow> againstTwo = RegisterAnalyser.zScores(rows, rows.subList(0, 2));
    // mean 1.5, SD sqrt(0.5)
    assertThat(againstTwo.get(2).value("ttr")).isCloseTo(1.5 / Math.sqrt(0.5), within(1e-12));
  }

  @Test
  void compareReportsDocumentsOnly() {
    RegisterReport report = run(Set.of(), new RegisterOptions(100, 100, true, true, Optional.empty()),
        1, SMALL, "You and I can go. Can we?", "The committee's determination was announced.");
    assertThat(report.corpus()).isEmpty();
    assertThat(report.documents()).hasSize(3);
    assertThat(report.table().columnIndex("types")).isEqualTo(-1);
    double sum = 0;
    for (RegisterRow r : report.documents()) {
      sum += r.value("first_person");
    }
    assertThat(sum).isCloseTo(0, within(1e-9)); // z-scores against the same documents sum to 0
    assertThat(Arrays.asList(report.summary().keySet().toArray())).contains("z_scores_against");
  }
}
