package org.corpustoolkit.count;

/**
 * Sorts an {@code int[]} of ids (item ids, or indexes of entries) with a comparator on ids: a stable
 * merge sort on primitive arrays, so that ranking millions of items boxes nothing. Used by the frequency
 * lists and the collocation tables.
 *
 * @since 0.4
 */
public final class IntSort {
  private static final int INSERTION = 24;

  /** Orders two item ids. */
  @FunctionalInterface
  public interface IdComparator {
    int compare(int a, int b);
  }

  private IntSort() {}

  /** Sorts {@code ids[0 .. length)} in place. */
  public static void sort(int[] ids, int length, IdComparator order) {
    sort(ids, new int[length], 0, length, order);
  }

  /** Sorts {@code ids[from .. to)} in place, with {@code scratch} at least {@code to} long. */
  public static void sort(int[] ids, int from, int to, IdComparator order, int[] scratch) {
    sort(ids, scratch, from, to, order);
  }

  private static void sort(int[] a, int[] scratch, int from, int to, IdComparator order) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && order.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, scratch, from, mid, order);
    sort(a, scratch, mid, to, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && order.compare(scratch[i], scratch[j]) <= 0)) {
        a[k] = scratch[i++];
      } else {
        a[k] = scratch[j++];
      }
    }
  }
}
