package org.corpustoolkit.annotate.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SelectingBeamSearch} against OpenNLP's own {@code BeamSearch}: the same threshold as sorting,
 * and, through {@link EnglishTagger#lemmatize}, the same lemmas as {@code LemmatizerME} on every
 * sentence of the seed corpus and of sentences written to be hard; and {@link EnglishTagger#tag}, which
 * skips the lemmatiser, against the tags of {@link EnglishTagger#annotate}.
 */
class SelectingBeamSearchTest {
  private static POSModel posModel;
  private static LemmatizerModel lemmaModel;

  @BeforeAll
  static void loadModels() throws IOException {
    try (InputStream pos = EnglishAnnotator.class.getResourceAsStream(EnglishAnnotator.POS_MODEL);
        InputStream lemmas =
            EnglishAnnotator.class.getResourceAsStream(EnglishAnnotator.LEMMA_MODEL)) {
      posModel = new POSModel(pos);
      lemmaModel = new LemmatizerModel(lemmas);
    }
  }

  /** The value OpenNLP's BeamSearch extends by: sort a copy, take element max(0, n - k). */
  private static double sortedThreshold(double[] scores, int k) {
    double[] copy = scores.clone();
    Arrays.sort(copy);
    return copy[Math.max(0, copy.length - k)];
  }

  @Test
  void thresholdIsTheKthLargestAsSortingFindsIt() {
    MaxentModel model = lemmaModel.getArtifact(EnglishTagger.LEMMA_MODEL_ENTRY);
    Random random = new Random(7);
    double[] pool = {0.0, -0.0, 1e-300, 0.25, 0.25, 0.5, 1.0, Double.MIN_VALUE, Double.NaN,
        Double.NEGATIVE_INFINITY};
    for (int k = 1; k <= 5; k++) {
      SelectingBeamSearch search = new SelectingBeamSearch(k, model);
      for (int round = 0; round < 2000; round++) {
        double[] scores = new double[1 + random.nextInt(12)];
        for (int i = 0; i < scores.length; i++) {
          scores[i] = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)]
              : random.nextInt(4) / 4.0;
        }
        assertThat(Double.doubleToRawLongBits(search.threshold(scores)))
            .as("k=%d %s", k, Arrays.toString(scores))
            .isEqualTo(Double.doubleToRawLongBits(sortedThreshold(scores, k)));
      }
    }
  }

  @Test
  void thresholdOfFewerOutcomesThanTheBeamIsTheSmallest() {
    SelectingBeamSearch search =
        new SelectingBeamSearch(3, lemmaModel.getArtifact(EnglishTagger.LEMMA_MODEL_ENTRY));
    assertThat(search.threshold(new double[] {0.5, 0.2})).isEqualTo(0.2);
    assertThat(search.threshold(new double[] {0.1, 0.7, 0.3, 0.9})).isEqualTo(0.3);
    assertThat(search.threshold(new double[] {0.7, 0.7, 0.7, 0.1})).isEqualTo(0.7);
  }

  @Test
  void lemmasAreThoseOfLemmatizerMeOnEverySentence() throws IOException {
    List<String[]> sentences = testSentences();
    POSTaggerME tagger = new POSTaggerME(posModel, POSTagFormat.UD);
    LemmatizerME reference = new LemmatizerME(lemmaModel);
    EnglishTagger fast = new EnglishTagger(posModel, lemmaModel);
    int tokens = 0;
    for (String[] words : sentences) {
      String[] tags = tagger.tag(words);
      String[] expected = reference.lemmatize(words, tags);
      String[] actual = fast.lemmatize(words, tags);
      tokens += words.length;
      assertThat(actual).as(String.join(" ", words)).containsExactly(expected);
    }
    assertThat(tokens).isGreaterThan(1000);
  }

  @Test
  void tagsAreThoseOfPosTaggerMeOnEverySentence() throws IOException {
    POSTaggerME reference = new POSTaggerME(posModel, POSTagFormat.UD);
    EnglishTagger fast = new EnglishTagger(posModel, lemmaModel);
    assertThat(fast.searchesTags()).as("the UD EWT model takes the selecting search").isTrue();
    for (String[] words : testSentences()) {
      assertThat(fast.tagWords(words)).as(String.join(" ", words))
          .containsExactly(reference.tag(words));
    }
  }

  @Test
  void tagsAloneAreThoseOfAnnotate() throws IOException {
    EnglishTagger tagger = new EnglishTagger(posModel, lemmaModel);
    int adjectives = 0;
    for (String[] words : testSentences()) {
      String[] tags = new String[words.length];
      String[] lemmas = new String[words.length];
      tagger.annotate(words, tags, lemmas);
      String[] alone = new String[words.length];
      tagger.tag(words, alone);
      assertThat(alone).as(String.join(" ", words)).containsExactly(tags);
      for (int i = 0; i < words.length; i++) {
        adjectives += words[i].contains("-") && tags[i].equals("ADJ") ? 1 : 0;
      }
    }
    assertThat(adjectives).as("compound adjectives, whose tag comes from a lemma").isPositive();
  }

  /** The seed corpus's sentences, hard sentences, and word salad from their words, some long. */
  private static List<String[]> testSentences() throws IOException {
    List<String[]> sentences = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        sentences.addAll(sentences(Files.readString(seed)));
      }
    }
    sentences.addAll(sentences("""
        The striped bats were hanging on their feet and ate best fishes. She'd've gone, hadn't she? \
        Running, runners ran; the geese's geese were better than the best-known mice. Don't! \
        A well-known, government-backed and long-standing plan was re-elected; the ground-based \
        ones co-founded it. He re-elected them in 1999, 2000 and 2024-25: COVID-19 infections fell \
        12.5% (see https://example.org/x). The children's toys are theirs, not ours; whom did they meet? \
        Leaves leave; saw saws; does does; lead leads; wound wounds; bass basses."""));
    assertThat(sentences).hasSizeGreaterThan(50);
    // and word salad from the same words, which leaves the models unsure and the beam full
    List<String> vocabulary = sentences.stream().flatMap(Arrays::stream).distinct().sorted().toList();
    Random random = new Random(11);
    // and a few long ones: each node's outcomes are copied from its parent's, whose arrays are
    // released two tokens later
    int[] lengths = new int[153];
    for (int s = 0; s < 150; s++) {
      lengths[s] = 1 + random.nextInt(45);
    }
    lengths[150] = 300;
    lengths[151] = 700;
    lengths[152] = 1200;
    for (int length : lengths) {
      String[] words = new String[length];
      for (int i = 0; i < words.length; i++) {
        words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
      }
      sentences.add(words);
    }
    return sentences;
  }

  /** ctk's sentences of {@code text}, as the surfaces of their tokens. */
  private static List<String[]> sentences(String text) {
    RunContext context = RunContext.forTesting(Corpus.ofStrings(text));
    List<String[]> out = new ArrayList<>();
    for (TokenizedDocument doc : context.documents()) {
      List<String> current = new ArrayList<>();
      int sentence = -1;
      for (int i = 0; i < doc.size(); i++) {
        if (doc.sentence(i) != sentence && !current.isEmpty()) {
          out.add(current.toArray(String[]::new));
          current.clear();
        }
        sentence = doc.sentence(i);
        current.add(EnglishTagger.normalise(doc.surface(i)));
      }
      if (!current.isEmpty()) {
        out.add(current.toArray(String[]::new));
      }
    }
    return out;
  }
}
