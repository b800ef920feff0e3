package org.corpustoolkit.plugins.kwic;

import java.util.Comparator;
import java.util.List;
import org.corpustoolkit.text.Vocabulary;

/**
 * A hit as kept between finding and showing it: its line, where it is in the corpus, the counting-form
 * ids of the words that {@code --sort} needs, and its random key for {@code --sample}. Small: the
 * document text is not kept.
 */
record Hit(ConcordanceLine line, int docIndex, int startToken, int[] leftIds, int[] rightIds,
    String nodeKey, long randomKey) {

  /** Corpus order: document, then position. */
  static final Comparator<Hit> CORPUS_ORDER =
      Comparator.comparingInt(Hit::docIndex).thenComparingInt(Hit::startToken);

  /** The order of {@code keys}; hits equal on every key keep their order (List.sort is stable). */
  static Comparator<Hit> order(List<SortKey> keys, Vocabulary vocabulary) {
    Comparator<Hit> order = (a, b) -> 0;
    for (SortKey key : keys) {
      Comparator<Hit> next = switch (key.kind()) {
        case LEFT -> (a, b) -> compareWords(a.leftIds, b.leftIds, key.distance() - 1, vocabulary);
        case RIGHT -> (a, b) -> compareWords(a.rightIds, b.rightIds, key.distance() - 1, vocabulary);
        case NODE -> (a, b) -> compareCodePoints(a.nodeKey, b.nodeKey);
        case DOC -> (a, b) -> compareCodePoints(a.line.doc(), b.line.doc());
        case POSITION -> Comparator.comparingInt(Hit::startToken);
      };
      order = order.thenComparing(next);
    }
    return order;
  }

  private static int compareWords(int[] a, int[] b, int k, Vocabulary vocabulary) {
    String x = a[k] < 0 ? "" : vocabulary.form(a[k]);
    String y = b[k] < 0 ? "" : vocabulary.form(b[k]);
    return compareCodePoints(x, y);
  }

  /** Code point order (String.compareTo orders by UTF-16 units, which misplaces astral characters). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
