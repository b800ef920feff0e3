package org.corpustoolkit.plugins.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lists are in the documented order whatever the sort behind them: frequency descending, then the
 * item's {@link String#compareTo} order (UTF-16 units: a supplementary letter sorts before U+FF71),
 * a shorter item before a longer one it begins; {@code --top} keeps the first N of that order.
 */
class ListOrderTest {
  private static final String[] LETTERS = {"a", "b", "é", "ｱ", "\uD835\uDC00", "z", "ab"};

  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      int length = 1 + random.nextInt(4);
      for (int c = 0; c < length; c++) {
        sb.append(LETTERS[random.nextInt(LETTERS.length)]);
      }
      sb.append(random.nextInt(12) == 0 ? ".\n\n" : " ");
    }
    return sb.toString();
  }

  /** Every n-gram of the corpus counted with strings, in the documented order. */
  private static List<Map.Entry<String, Long>> reference(RunContext context, int n) {
    Map<String, Long> counts = new HashMap<>();
    for (TokenizedDocument doc : context.documents()) {
      int[] ids = doc.wordIds();
      int[] sentences = doc.wordSentences();
      for (int i = 0; i + n <= ids.length; i++) {
        if (sentences[i] == sentences[i + n - 1]) {
          List<String> forms = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            forms.add(doc.vocabulary().form(ids[i + k]));
          }
          counts.merge(String.join(" ", forms), 1L, Long::sum);
        }
      }
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return sorted;
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 0", "2, 1, 7", "3, 2, 0", "4, 2, 15", "5, 3, 0", "6, 3, 4", "7, 4, 0"})
  void listsAreInFrequencyThenTextOrder(long seed, int n, int top) {
    Random random = new Random(seed);
    Corpus corpus = Corpus.ofStrings(text(random, 3000), text(random, 500));
    RunContext context = RunContext.forTesting(corpus).withThreads(2);
    List<Map.Entry<String, Long>> expected = reference(context, n);
    FrequencyList list = new FrequencyAnalyser().analyse(context,
        new FrequencyOptions(top, 1, 0, n));
    List<Map.Entry<String, Long>> actual = new ArrayList<>();
    for (FrequencyEntry e : list.entries()) {
      actual.add(Map.entry(e.item(), e.frequency()));
    }
    assertThat(actual).isEqualTo(top > 0 ? expected.subList(0, top) : expected);
    assertThat(list.types()).isEqualTo(expected.size());
  }
}
