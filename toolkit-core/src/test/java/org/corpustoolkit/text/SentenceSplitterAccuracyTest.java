package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Boundary precision, recall and F1 of {@link SentenceSplitter} on a small gold corpus of hand-segmented
 * paragraphs ({@code sentence-gold.txt}: abbreviations, initials, quotations, ellipses, numbers). A
 * boundary is the start offset of a sentence other than the first of the text; a predicted boundary
 * matches if it starts at the same non-space character as a gold one.
 *
 * <p>Measured on 64 sentences (63 boundaries): precision 1.0 (60/60), recall 0.9524 (60/63), F1 0.9756.
 * Before the initials and "!/? + lower case" corrections: precision 0.8841 (61/69), recall 0.9683
 * (61/63), F1 0.9242.
 * The three misses are sentences ending in an abbreviation or a single capital ({@code vitamin C.},
 * {@code the U.S.}, {@code 10 a.m.}) followed by a capitalised word. The test fails if the splitter
 * gets worse.
 */
class SentenceSplitterAccuracyTest {
  /** Measured precision, recall and F1 on the gold corpus (rounded down). */
  static final double MEASURED_PRECISION = 1.0;
  static final double MEASURED_RECALL = 0.952;
  static final double MEASURED_F1 = 0.975;

  record Gold(String text, Set<Integer> boundaries, int sentences) {}

  static Gold gold() throws IOException {
    String raw;
    try (InputStream in = SentenceSplitterAccuracyTest.class.getResourceAsStream("sentence-gold.txt")) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : raw.split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    StringBuilder text = new StringBuilder();
    Set<Integer> boundaries = new TreeSet<>();
    int sentences = 0;
    for (List<String> paragraph : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      for (int i = 0; i < paragraph.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        if (text.length() > 0) {
          boundaries.add(text.length());
        }
        text.append(paragraph.get(i));
        sentences++;
      }
    }
    return new Gold(text.toString(), boundaries, sentences);
  }

  static Set<Integer> predicted(String text) {
    Set<Integer> out = new TreeSet<>();
    for (int start : new SentenceSplitter().starts(text)) {
      int s = start;
      while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s > 0 && s < text.length()) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void boundaryAccuracyOnTheGoldCorpus() throws IOException {
    Gold gold = gold();
    Set<Integer> predicted = predicted(gold.text());
    Set<Integer> correct = new TreeSet<>(predicted);
    correct.retainAll(gold.boundaries());
    double precision = (double) correct.size() / predicted.size();
    double recall = (double) correct.size() / gold.boundaries().size();
    double f1 = 2 * precision * recall / (precision + recall);
    StringBuilder errors = new StringBuilder();
    for (int b : predicted) {
      if (!gold.boundaries().contains(b)) {
        errors.append("false break before: ").append(excerpt(gold.text(), b)).append('\n');
      }
    }
    for (int b : gold.boundaries()) {
      if (!predicted.contains(b)) {
        errors.append("missed break before: ").append(excerpt(gold.text(), b)).append('\n');
      }
    }
    System.out.printf("sentences %d, gold boundaries %d, predicted %d, correct %d: P %.4f R %.4f F1 %.4f%n%s",
        gold.sentences(), gold.boundaries().size(), predicted.size(), correct.size(), precision, recall,
        f1, errors);
    assertThat(precision).isGreaterThanOrEqualTo(MEASURED_PRECISION);
    assertThat(recall).isGreaterThanOrEqualTo(MEASURED_RECALL);
    assertThat(f1).isGreaterThanOrEqualTo(MEASURED_F1);
  }

  private static String excerpt(String text, int at) {
    return "…" + text.substring(Math.max(0, at - 25), at).replace('\n', ' ') + "|"
        + text.substring(at, Math.min(text.length(), at + 20)).replace('\n', ' ');
  }
}
