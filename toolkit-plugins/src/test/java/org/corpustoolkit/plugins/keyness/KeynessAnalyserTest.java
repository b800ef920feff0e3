package org.corpustoolkit.plugins.keyness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpustoolkit.corpus.CorpusLoader;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.CorpusResolver;
import org.corpustoolkit.text.TextSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyness of the seed corpus (one document, c = 1191 word tokens) against
 * {@code src/test/resources/keyness/reference}: r1.txt "The cat sat on the mat. The dog sat on the
 * log." (12 words, "the" 4 times) and r2.txt "China and Russia met. The meeting was short." (8 words,
 * "the" once), so d = 20.
 */
class KeynessAnalyserTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SEEDS = MODULE.resolveSibling("seeds");
  private static final String REFERENCE = "src/test/resources/keyness/reference";

  private static RunContext target() {
    return new RunContext(CorpusLoader.directory(SEEDS, ReadOptions.detect(), "seeds"),
        TextSettings.defaults(), 2, w -> {}, ProgressListener.NONE,
        CorpusResolver.inDirectory(MODULE, java.io.InputStream.nullInputStream(),
            ReadOptions.detect()));
  }

  private static Keyword find(KeywordList list, String word) {
    return list.all().stream().filter(k -> k.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " not listed"));
  }

  @Test
  void seedCorpusAgainstReferenceFolder() {
    KeywordList list = new KeynessAnalyser().analyse(target(), KeynessOptions.against(REFERENCE));
    assertThat(list.targetSize()).isEqualTo(1191);
    assertThat(list.reference().size()).isEqualTo(20);

    // "the": a = 60 (of c = 1191), b = 5 (of d = 20): relatively more frequent in the reference.
    // E11 = c(a+b)/(c+d) = 1191*65/1211 = 63.926507, E21 = d(a+b)/(c+d) = 1.073493,
    // E12 = c(c+d-a-b)/(c+d) = 1127.073493, E22 = 18.926507;
    // G2 = 2[60 ln(60/63.926507) + 5 ln(5/1.073493) + 1131 ln(1131/1127.073493) + 15 ln(15/18.926507)]
    //    = 8.669738, negative (under-use) because 60/1191 < 5/20.
    Keyword the = find(list, "the");
    assertThat(the.positive()).isFalse();
    double c = 1191;
    double d = 20;
    double n = c + d;
    double expected = 2 * (60 * Math.log(60 / (c * 65 / n)) + 5 * Math.log(5 / (d * 65 / n))
        + 1131 * Math.log(1131 / (c * (n - 65) / n)) + 15 * Math.log(15 / (d * (n - 65) / n)));
    assertThat(expected).isCloseTo(8.669738, within(1e-6));
    assertThat(the.scores().logLikelihood()).isCloseTo(-8.669738, within(1e-6));
    // Log Ratio = log2((60/1191)/(5/20)) = -2.311067
    assertThat(the.scores().logRatio()).isCloseTo(-2.311067, within(1e-6));
    // %DIFF = 100 (60/1191 - 0.25)/0.25 = -79.848866
    assertThat(the.scores().percentDiff()).isCloseTo(-79.848866, within(1e-6));
    assertThat(the.range()).isEqualTo(1);

    // "of": a = 35, absent from the reference (b = 0): positive, never scored 0.
    // G2 = 2[35 ln(35/(1191*35/1211)) + 1156 ln(1156/(1191*1176/1211)) + 20 ln(20/(20*1176/1211))]
    //    = 1.183046; Log Ratio with b -> 0.5: log2((35/1191)/(0.5/20)) = 0.233253
    Keyword of = find(list, "of");
    assertThat(of.positive()).isTrue();
    assertThat(of.scores().referenceFrequency()).isZero();
    assertThat(of.scores().logLikelihood()).isCloseTo(1.183046, within(1e-6));
    assertThat(of.scores().logRatio()).isCloseTo(0.233253, within(1e-6));
    // a word absent from the reference ranks at the top of the positive keywords
    assertThat(list.positive().get(0).word()).isEqualTo("of");
    assertThat(list.positive()).allSatisfy(k -> assertThat(k.scores().logLikelihood()).isPositive());

    // "sat": absent from the target (a = 0), b = 2: the strongest negative keyword.
    Keyword sat = list.negative().get(0);
    assertThat(sat.word()).isIn("sat", "on"); // both have b = 2, a: sat 0
    assertThat(find(list, "sat").scores().targetFrequency()).isZero();
    assertThat(find(list, "sat").range()).isZero();
  }

  @Test
  void savedListGivesTheSameKeywordsAsTheCorpus(@TempDir Path temp) throws IOException {
    RunContext context = target();
    KeynessAnalyser analyser = new KeynessAnalyser();
    ReferenceFrequencies fromCorpus = analyser.reference(context, REFERENCE);
    // the TSV that 'ctk frequency --format tsv' writes for the reference
    StringBuilder tsv = new StringBuilder("rank\tword\tfrequency\tper_million\trange\n");
    int rank = 1;
    for (var e : fromCorpus.frequencies().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey()).toList()) {
      tsv.append(rank++).append('\t').append(e.getKey()).append('\t').append(e.getValue())
          .append('\t').append(e.getValue() * 1_000_000.0 / 20).append("\t1\n");
    }
    Path list = temp.resolve("ref.tsv");
    Files.writeString(list, tsv);
    ReferenceFrequencies fromList = analyser.reference(context, list.toString());
    assertThat(fromList.size()).isEqualTo(20);
    assertThat(fromList.frequencies()).isEqualTo(fromCorpus.frequencies());
  }

  @Test
  void malformedListIsACorpusErrorNamingTheLine(@TempDir Path temp) throws IOException {
    Path list = temp.resolve("bad.csv");
    Files.writeString(list, "rank,word,frequency,per_million,range\n1,the,12,600000.0,1\n"
        + "2,cat,many,5.0,1\n");
    assertThatThrownBy(() -> new KeynessAnalyser().reference(target(), list.toString()))
        .isInstanceOf(CorpusException.class)
        .hasMessage("reference list " + list + " line 3: frequency 'many' is not a whole number");
  }

  @Test
  void csvCellsAreUnquotedAndUnguarded(@TempDir Path temp) throws IOException {
    Path list = temp.resolve("ref.csv");
    Files.writeString(list, "rank,word,frequency,per_million,range\n1,\"a,b\",3,300000.0,1\n"
        + "2,'=cmd,7,700000.0,1\n");
    ReferenceFrequencies ref = SavedFrequencyList.read(list, "ref.csv",
        new org.corpustoolkit.text.CountingForm(false));
    assertThat(ref.frequencies()).containsEntry("a,b", 3L).containsEntry("=cmd", 7L);
    assertThat(ref.size()).isEqualTo(10);
  }

  @Test
  void correctionFiltersByTheAdjustedThreshold() {
    KeynessOptions strict = new KeynessOptions(REFERENCE, "ll", true, true, 1, 0, 0.05,
        "bonferroni", 1, 0, false);
    KeywordList list = new KeynessAnalyser().analyse(target(), strict);
    assertThat(list.threshold()).isCloseTo(0.05 / list.tested(), within(1e-15));
    assertThat(list.all()).allSatisfy(k ->
        assertThat(k.scores().logLikelihoodPValue()).isLessThanOrEqualTo(list.threshold()));
    assertThat(List.of(list.all().size())).isNotNull();
  }
}
