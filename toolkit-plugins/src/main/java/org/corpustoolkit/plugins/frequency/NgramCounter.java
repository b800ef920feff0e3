package org.corpustoolkit.plugins.frequency;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;

/**
 * Counts of n-grams of items within sentences: each n-gram is a tuple of item ids interned in this
 * thread's {@link NgramTable}, with its occurrences and document range in primitive arrays indexed by
 * its dense id. Merging adds another thread's table and renumbers its ids (and the per-document
 * n-grams kept for dispersion) into this one's, so the merged counter holds every n-gram once. The
 * text of an n-gram is built only when it is listed.
 *
 * <p>Memory is bounded by the distinct n-grams, not by the size of the corpus: about 40 bytes per
 * n-gram and thread while counting (a 12-byte slot of the {@link NgramTable}, at most 70% full, and
 * 12 bytes of counts; the n ids of its tuple once counting is done), the threads' tables being merged
 * into one at the end. Word n-grams of a corpus that can be read again keep nothing for dispersion
 * ({@link StreamedDispersion#ofNgrams} scores it in a second pass); the others keep every occurrence
 * for {@link DispersionScorer} (about 4 bytes, {@link DispersionCounter}).
 */
final class NgramCounter extends FrequencyCounter {
  private final int n;
  private final NgramTable table;
  /**
   * While counting, three ints per id, together so that counting an occurrence touches one place:
   * occurrences, range (documents read whole) and the last document seen; after {@link #finish},
   * {@link #counts} and {@link #ranges}.
   */
  private int[] stats = new int[3 * 1024];
  private int[] counts;
  private int[] ranges;
  private long total;
  private int[] buffer = new int[256];
  /** N-grams whose slots are read ahead of interning them (see {@link NgramTable#touch}). */
  private static final int BLOCK = 32;
  /** What the reads ahead found, kept so that they are not optimised away. */
  private long touched;
  /** For each document read in parts: the n-grams this thread saw in it, each once. */
  private final Map<Integer, IntList> partialDocuments = new HashMap<>();
  /** Per item id, after counting: 1 + code points of its form (0: not measured yet). */
  private int[] itemLengths;
  /** Per item id, after counting: 1 stop word, 2 not (0: not looked up yet). */
  private byte[] itemStopped;

  NgramCounter(int n, ItemType by, Vocabulary itemVocabulary, boolean dispersion) {
    super(by, itemVocabulary, dispersion);
    this.n = n;
    this.table = new NgramTable(n);
    fillLastDocument(0);
  }

  @Override
  void add(TokenizedDocument doc) {
    int docIndex = doc.documentIndex();
    int[] items = itemIds(doc);
    if (items.length < n) {
      if (dispersion != null) {
        addDispersion(doc, docIndex, 0);
      }
      return;
    }
    int[] sentences = doc.wordSentences();
    boolean partial = doc.isPartial();
    IntList seen = partial ? partialDocuments.computeIfAbsent(docIndex, k -> new IntList()) : null;
    int counted = 0;
    int last = n - 1;
    int starts = items.length - last;
    for (int block = 0; block < starts; block += BLOCK) {
      int blockEnd = Math.min(block + BLOCK, starts);
      long read = 0;
      for (int i = block; i < blockEnd; i++) {
        read += table.touch(items, i);
      }
      touched += read;
      for (int i = block; i < blockEnd; i++) {
        if (sentences[i] != sentences[i + last]) {
          continue;
        }
        int id = table.intern(items, i);
        int at = 3 * id;
        if (at == stats.length) {
          grow();
        }
        if (++stats[at] < 0) {
          throw new ArithmeticException("an n-gram occurs more than " + Integer.MAX_VALUE + " times");
        }
        if (stats[at + 2] != docIndex) {
          stats[at + 2] = docIndex;
          if (partial) {
            seen.add(id);
          } else {
            stats[at + 1]++;
          }
        }
        if (dispersion != null) {
          if (counted == buffer.length) {
            buffer = Arrays.copyOf(buffer, counted * 2);
          }
          buffer[counted] = id;
        }
        counted++;
      }
    }
    total += counted;
    if (dispersion != null) {
      addDispersion(doc, docIndex, counted);
    }
  }

  private void addDispersion(TokenizedDocument doc, int docIndex, int counted) {
    if (doc.isPartial()) {
      dispersion.addPart(docIndex, doc.segment(), buffer, counted);
    } else {
      dispersion.add(docIndex, buffer, counted);
    }
  }

  private void grow() {
    int old = stats.length;
    stats = Arrays.copyOf(stats, old * 2);
    fillLastDocument(old);
  }

  private void fillLastDocument(int from) {
    for (int at = from; at < stats.length; at += 3) {
      stats[at + 2] = -1;
    }
  }

  @Override
  FrequencyCounter merge(FrequencyCounter counter) {
    NgramCounter other = (NgramCounter) counter;
    int[] map = table.absorb(other.table);
    while (stats.length < 3 * table.size()) {
      grow();
    }
    for (int id = 0; id < map.length; id++) {
      int to = 3 * map[id];
      stats[to] = Math.addExact(stats[to], other.stats[3 * id]);
      stats[to + 1] += other.stats[3 * id + 1];
    }
    total += other.total;
    other.partialDocuments.forEach((index, seen) -> {
      seen.remap(map);
      partialDocuments.merge(index, seen, IntList::addAll);
    });
    if (dispersion != null) {
      other.dispersion.remap(map);
      dispersion.merge(other.dispersion);
    }
    return this;
  }

  @Override
  void finish() {
    int size = table.size();
    counts = new int[size];
    ranges = new int[size];
    for (int id = 0; id < size; id++) {
      counts[id] = stats[3 * id];
      ranges[id] = stats[3 * id + 1];
    }
    stats = null;
    BitSet once = new BitSet(table.size());
    for (IntList seen : partialDocuments.values()) {
      for (int k = 0; k < seen.size(); k++) {
        int id = seen.get(k);
        if (!once.get(id)) {
          once.set(id);
          ranges[id]++;
        }
      }
      for (int k = 0; k < seen.size(); k++) {
        once.clear(seen.get(k));
      }
    }
    partialDocuments.clear();
    table.freeze();
    int items = itemVocabulary.size();
    itemLengths = new int[items];
    itemStopped = new byte[items];
  }

  /**
   * The items of the n-grams {@code ids}, {@code n} each, one n-gram after the other (after
   * {@link #finish}): what {@link StreamedDispersion#ofNgrams} looks the n-grams up by.
   */
  int[] tuples(int[] ids) {
    int[] tuples = new int[ids.length * n];
    for (int k = 0; k < ids.length; k++) {
      for (int j = 0; j < n; j++) {
        tuples[k * n + j] = table.item(ids[k], j);
      }
    }
    return tuples;
  }

  @Override
  int ngram() {
    return n;
  }

  @Override
  int size() {
    return table.size();
  }

  @Override
  long frequency(int id) {
    return counts[id];
  }

  @Override
  int range(int id) {
    return ranges[id];
  }

  @Override
  long total() {
    return total;
  }

  @Override
  String text(int id) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(itemVocabulary.form(table.item(id, k)));
    }
    return sb.toString();
  }

  /**
   * Compares the texts item by item, without building them: at the first item that differs, the
   * joined texts compare as the two forms do, unless one form is a prefix of the other and the text
   * goes on with a space on one side and a character at or below U+0020 on the other (never in
   * counting forms, which hold no white space); then the joined texts are compared.
   */
  @Override
  int compareText(int a, int b) {
    for (int k = 0; k < n; k++) {
      int x = table.item(a, k);
      int y = table.item(b, k);
      if (x == y) {
        continue;
      }
      String fx = itemVocabulary.form(x);
      String fy = itemVocabulary.form(y);
      int common = Math.min(fx.length(), fy.length());
      for (int c = 0; c < common; c++) {
        char cx = fx.charAt(c);
        char cy = fy.charAt(c);
        if (cx != cy) {
          return cx - cy;
        }
      }
      if (k == n - 1) {
        return fx.length() - fy.length();
      }
      String longer = fx.length() > fy.length() ? fx : fy;
      if (longer.length() == common) {
        continue; // equal forms under two ids: not in a vocabulary, but compare on
      }
      if (longer.charAt(common) > ' ') {
        return fx.length() - fy.length();
      }
      return text(a).compareTo(text(b));
    }
    return 0;
  }

  /**
   * Sorts by rank keys when it can: the items used are sorted once by their forms, and an n-gram's
   * ranks, packed in a {@code long}, order n-grams as their joined texts (exactly: the forms hold no
   * character at or below U+0020, so a form that is a prefix of another sorts first in both orders).
   * Two stable radix sorts, by key then by frequency, give the list order. Otherwise (a form with such
   * a character, or too many items to pack the ranks of an n-gram) ids are compared one by one.
   */
  @Override
  void sort(int[] ids, int length) {
    int[] rank = new int[itemVocabulary.size()];
    java.util.Arrays.fill(rank, -1);
    int[] items = new int[1024];
    int distinct = 0;
    for (int k = 0; k < length; k++) {
      for (int j = 0; j < n; j++) {
        int item = table.item(ids[k], j);
        if (rank[item] < 0) {
          rank[item] = 0;
          if (distinct == items.length) {
            items = Arrays.copyOf(items, distinct * 2);
          }
          items[distinct++] = item;
        }
      }
    }
    int bitsPerRank = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, distinct - 1)));
    if (bitsPerRank * n > Long.SIZE || !plainForms(items, distinct)) {
      super.sort(ids, length);
      return;
    }
    org.corpustoolkit.count.IntSort.sort(items, distinct,
        (x, y) -> itemVocabulary.form(x).compareTo(itemVocabulary.form(y)));
    for (int r = 0; r < distinct; r++) {
      rank[items[r]] = r;
    }
    long[] keys = new long[length];
    for (int k = 0; k < length; k++) {
      long key = 0;
      for (int j = 0; j < n; j++) {
        key = (key << bitsPerRank) | rank[table.item(ids[k], j)];
      }
      keys[k] = key;
    }
    RadixSort.sort(keys, ids, length);
    for (int k = 0; k < length; k++) {
      keys[k] = Integer.MAX_VALUE - counts[ids[k]];
    }
    RadixSort.sort(keys, ids, length);
  }

  /** True if no form of {@code items} has a character at or below U+0020. */
  private boolean plainForms(int[] items, int count) {
    for (int k = 0; k < count; k++) {
      String form = itemVocabulary.form(items[k]);
      for (int c = 0; c < form.length(); c++) {
        if (form.charAt(c) <= ' ') {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  int length(int id) {
    int length = n - 1;
    for (int k = 0; k < n; k++) {
      int item = table.item(id, k);
      if (itemLengths[item] == 0) {
        String form = itemVocabulary.form(item);
        itemLengths[item] = 1 + form.codePointCount(0, form.length());
      }
      length += itemLengths[item] - 1;
    }
    return length;
  }

  @Override
  boolean stopped(int id, TextSettings settings) {
    if (settings.stopwords().isEmpty()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      int item = table.item(id, k);
      if (itemStopped[item] == 0) {
        String form = itemVocabulary.form(item);
        itemStopped[item] = settings.isStopword(by == ItemType.WORD_POS ? wordOf(form) : form)
            ? (byte) 1 : (byte) 2;
      }
      if (itemStopped[item] == 2) {
        return false;
      }
    }
    return true;
  }

  /** A growable list of ints. */
  static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int k) {
      return values[k];
    }

    int size() {
      return size;
    }

    void remap(int[] map) {
      for (int k = 0; k < size; k++) {
        values[k] = map[values[k]];
      }
    }

    IntList addAll(IntList other) {
      for (int k = 0; k < other.size; k++) {
        add(other.values[k]);
      }
      return this;
    }
  }
}
