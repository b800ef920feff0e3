package org.corpustoolkit.plugins.wordids;

/**
 * Word ids as variable-length bytes (little-endian base 128: 7 bits a byte, the high bit set on all but
 * the last byte of an id), so that ids kept for a later pass cost one or two bytes a word of English
 * instead of four: {@code ctk frequency} keeps them for the second pass of dispersion, {@code ctk
 * register} for the backward pass of MTLD, in memory up to a budget and in an {@link IdSpill} past it.
 */
public final class WordIdCodec {
  private WordIdCodec() {
  }

  /** The {@code count} ids that {@link #encode} wrote to {@code bytes}. */
  public static int[] decode(byte[] bytes, int count) {
    return decode(bytes, count, new int[count]);
  }

  /**
   * Decodes the {@code count} ids that {@link #encode} wrote to {@code bytes} into {@code items} (at
   * least {@code count} long), so that a pass over many parts can reuse one array; returns it.
   */
  public static int[] decode(byte[] bytes, int count, int[] items) {
    int at = 0;
    for (int w = 0; w < count; w++) {
      int b = bytes[at++];
      if (b >= 0) {
        items[w] = b; // one byte (most ids of English) without the loop
        continue;
      }
      int value = b & 0x7f;
      int shift = 7;
      do {
        b = bytes[at++];
        value |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      items[w] = value;
    }
    return items;
  }

  /** Ids as little-endian base-128 numbers: 7 bits a byte, the high bit set on all but the last. */
  public static byte[] encode(int[] items) {
    // the exact size first: no array of five bytes an id to copy from (a part's ids are some 600 KB);
    // without a branch: (x + MAX_VALUE) >>> 31 is 1 for 0 < x (x < 2^25 here), else 0
    int size = 0;
    for (int id : items) {
      size += 1 + (((id >>> 7) + Integer.MAX_VALUE) >>> 31) + (((id >>> 14) + Integer.MAX_VALUE) >>> 31)
          + (((id >>> 21) + Integer.MAX_VALUE) >>> 31) + (((id >>> 28) + Integer.MAX_VALUE) >>> 31);
    }
    byte[] bytes = new byte[size];
    int at = 0;
    for (int id : items) {
      // ids of one and two bytes (nearly all of English) without the loop
      if ((id & ~0x7f) == 0) {
        bytes[at++] = (byte) id;
      } else if ((id & ~0x3fff) == 0) {
        bytes[at] = (byte) (id | 0x80);
        bytes[at + 1] = (byte) (id >>> 7);
        at += 2;
      } else {
        while ((id & ~0x7f) != 0) {
          bytes[at++] = (byte) ((id & 0x7f) | 0x80);
          id >>>= 7;
        }
        bytes[at++] = (byte) id;
      }
    }
    return bytes;
  }
}
