package org.corpustoolkit.plugins.register;

import java.util.Arrays;
import org.corpustoolkit.plugins.wordids.IdSpill;
import org.corpustoolkit.plugins.wordids.WordIdCodec;

/**
 * The word ids of every document and part read, compressed ({@link WordIdCodec}: one or two bytes a
 * word of English), kept in text order for the backward pass of MTLD, which reads them back part by
 * part from the last to the first. The first {@code budget} words stay in memory; the parts after them
 * go to a temporary file ({@link IdSpill}, in {@code java.io.tmpdir}, deleted by the caller's
 * {@link IdSpill#close()}), so memory stays bounded whatever the size of the corpus. Without a spill
 * every part stays in memory. Parts are added on one thread, in text order.
 */
final class KeptIds {
  private final long budget;
  private final IdSpill spill;
  private long kept;
  private int size;
  private int[] documents = new int[16];
  private int[] words = new int[16];
  private byte[][] inMemory = new byte[16][];
  /** Where part k is in the spill file, or -1 if it is in memory. */
  private long[] spilledAt = new long[16];
  private int[] spilledLength = new int[16];

  /**
   * @param budget the most words to keep in memory
   * @param spill where the later parts go, or null to keep them all in memory
   */
  KeptIds(long budget, IdSpill spill) {
    this.budget = budget;
    this.spill = spill;
  }

  /** Keeps the next part: {@code count} ids of the document numbered {@code document}, encoded. */
  void add(int document, int count, byte[] encoded) {
    if (size == documents.length) {
      int capacity = size * 2;
      documents = Arrays.copyOf(documents, capacity);
      words = Arrays.copyOf(words, capacity);
      inMemory = Arrays.copyOf(inMemory, capacity);
      spilledAt = Arrays.copyOf(spilledAt, capacity);
      spilledLength = Arrays.copyOf(spilledLength, capacity);
    }
    documents[size] = document;
    words[size] = count;
    spilledAt[size] = -1;
    if (spill == null || count == 0 || kept + count <= budget) {
      inMemory[size] = encoded;
      kept += count;
    } else {
      spilledAt[size] = spill.write(encoded);
      spilledLength[size] = encoded.length;
    }
    size++;
  }

  /** True if a part could not be written to the spill file: the ids are incomplete. */
  boolean failed() {
    return spill != null && spill.failed();
  }

  /** Parts kept. */
  int size() {
    return size;
  }

  /** The number of the document of part {@code k}. */
  int document(int k) {
    return documents[k];
  }

  /** The word ids of part {@code k}. */
  int[] ids(int k) {
    byte[] bytes = inMemory[k];
    if (bytes == null) {
      bytes = spill.read(spilledAt[k], spilledLength[k]);
    }
    return WordIdCodec.decode(bytes, words[k]);
  }
}
