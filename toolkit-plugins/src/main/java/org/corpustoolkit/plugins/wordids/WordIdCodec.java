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
    int[] items = new int[count];
    int at = 0;
    for (int w = 0; w < count; w++) {
      int value = 0;
      int shift = 0;
      byte b;
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
    // the exact size first: no array of five bytes an id to copy from (a part's ids are some 600 KB)
    int size = 0;
    for (int id : items) {
      size += (id >>> 7) == 0 ? 1 : (id >>> 14) == 0 ? 2 : (id >>> 21) == 0 ? 3
          : (id >>> 28) == 0 ? 4 : 5;
    }
    byte[] bytes = new byte[size];
    int at = 0;
    for (int id : items) {
      while ((id & ~0x7f) != 0) {
        bytes[at++] = (byte) ((id & 0x7f) | 0x80);
        id >>>= 7;
      }
      bytes[at++] = (byte) id;
    }
    return bytes;
  }
}
