package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-thread raw material for dispersion: for every document, the distinct items it contains, how often
 * each occurs, and their positions within the document (the index of the item among the document's
 * counted items), grouped by item. Used where the corpus cannot be read a second time (standard input)
 * and for lemmas and tags (single or as n-grams); word lists and word n-grams of files use
 * {@link StreamedDispersion} instead.
 *
 * <p>Documents are counted in parallel, so global corpus positions are not known while counting: a
 * document's base offset is the number of items in the documents before it. {@link DispersionScorer}
 * sorts the documents by index afterwards and adds the bases, which gives every occurrence its corpus
 * position in corpus order.
 *
 * <p>Memory: one int per counted item (its position) plus two ints per distinct item per document; the
 * document texts are not kept. That is about 4 bytes per word token, bounded by the counts, not by the
 * size of the text; {@code --dispersion none} keeps nothing.
 */
final class DispersionCounter {
  /** One document's items, sparse: {@code ids[k]} occurs {@code counts[k]} times, at the positions
   *  {@code positions[offset(k) .. offset(k) + counts[k])}, ascending. */
  record DocumentItems(int index, int size, int[] ids, int[] counts, int[] positions) {}

  /** The items of one part of a document read in segments ({@code segment} = its number). */
  private record Part(int index, int segment, int[] items) {}

  private final List<DocumentItems> documents = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  private int[] slotOf = new int[1024];
  private int[] stampOf = new int[1024];
  private int stamp;

  /** Adds the items of document {@code index}: {@code items[0 .. length)} in text order. */
  void add(int index, int[] items, int length) {
    documents.add(build(index, items, length));
  }

  /**
   * Adds the items of part {@code segment} of document {@code index}, which was read in several parts
   * (possibly counted by different threads): the parts are joined in text order by {@link #documents()},
   * so positions are those of the whole document.
   */
  void addPart(int index, int segment, int[] items, int length) {
    parts.add(new Part(index, segment, Arrays.copyOf(items, length)));
  }

  private DocumentItems build(int index, int[] items, int length) {
    stamp++;
    int maxId = 0;
    for (int i = 0; i < length; i++) {
      maxId = Math.max(maxId, items[i]);
    }
    if (maxId >= slotOf.length) {
      int capacity = Math.max(maxId + 1, slotOf.length * 2);
      slotOf = Arrays.copyOf(slotOf, capacity);
      stampOf = Arrays.copyOf(stampOf, capacity);
    }
    int distinct = 0;
    int[] ids = new int[Math.min(length, 64)];
    int[] counts = new int[ids.length];
    for (int i = 0; i < length; i++) {
      int id = items[i];
      if (stampOf[id] != stamp) {
        stampOf[id] = stamp;
        if (distinct == ids.length) {
          ids = Arrays.copyOf(ids, distinct * 2);
          counts = Arrays.copyOf(counts, distinct * 2);
        }
        slotOf[id] = distinct;
        ids[distinct++] = id;
      }
      counts[slotOf[id]]++;
    }
    int[] next = new int[distinct];
    for (int k = 1; k < distinct; k++) {
      next[k] = next[k - 1] + counts[k - 1];
    }
    int[] positions = new int[length];
    for (int i = 0; i < length; i++) {
      positions[next[slotOf[items[i]]]++] = i;
    }
    return new DocumentItems(index, length, Arrays.copyOf(ids, distinct),
        Arrays.copyOf(counts, distinct), positions);
  }

  /**
   * Renumbers the items: item {@code id} becomes {@code map[id]} (n-gram ids of another thread's table
   * becoming those of the table it was merged into). Call before {@link #merge}.
   */
  void remap(int[] map) {
    for (DocumentItems d : documents) {
      int[] ids = d.ids();
      for (int k = 0; k < ids.length; k++) {
        ids[k] = map[ids[k]];
      }
    }
    for (Part p : parts) {
      int[] items = p.items();
      for (int k = 0; k < items.length; k++) {
        items[k] = map[items[k]];
      }
    }
  }

  DispersionCounter merge(DispersionCounter other) {
    documents.addAll(other.documents);
    parts.addAll(other.parts);
    return this;
  }

  /**
   * The documents counted, in corpus order (the parts of a split document joined into one, once: later
   * calls give the same list).
   */
  List<DocumentItems> documents() {
    List<DocumentItems> sorted = documents;
    parts.sort((x, y) -> x.index() != y.index() ? Integer.compare(x.index(), y.index())
        : Integer.compare(x.segment(), y.segment()));
    for (int from = 0; from < parts.size(); ) {
      int to = from;
      int length = 0;
      int index = parts.get(from).index();
      while (to < parts.size() && parts.get(to).index() == index) {
        length += parts.get(to).items().length;
        to++;
      }
      int[] joined = new int[length];
      int at = 0;
      for (int k = from; k < to; k++) {
        int[] items = parts.get(k).items();
        System.arraycopy(items, 0, joined, at, items.length);
        at += items.length;
        parts.set(k, null);
      }
      sorted.add(build(index, joined, length));
      from = to;
    }
    parts.clear();
    sorted.sort((x, y) -> Integer.compare(x.index(), y.index()));
    return List.copyOf(sorted);
  }
}
