package org.corpustoolkit.text;

import java.util.Arrays;

/**
 * Interns counting forms to dense int ids (0, 1, 2, ...) so that analysers count in primitive arrays
 * indexed by id. Thread-safe: documents are tokenized in parallel into one shared vocabulary.
 *
 * <p>Ids depend on the order in which forms are first seen, which varies between parallel runs; results
 * must therefore never be ordered by id (sort by frequency and form instead).
 *
 * <p>Layout: the forms are spread over {@value #STRIPES} stripes by hash, each an open-addressing table
 * of primitive arrays (hashes, ids) beside the form references, guarded by its own lock. A look-up
 * compares cached hashes and touches a form only when its hash matches, and a stripe grows on its own,
 * so interning the hundreds of thousands of forms of a large corpus from several threads neither waits
 * on one lock nor pays for a whole-table resize (a {@code ConcurrentHashMap} of boxed ids cost about a
 * fifth of the CPU of counting the first 100 MB of the benchmark corpus).
 *
 * @since 0.1 (stable)
 */
public final class Vocabulary {
  private static final int STRIPES = 64;

  private final Stripe[] stripes = new Stripe[STRIPES];
  private volatile String[] forms = new String[1024];
  private int size;

  public Vocabulary() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /**
   * The byte-surface table shared by the text processors that use this vocabulary with {@code settings}
   * (the same instance: a run's processors share it), made on first use. Entries depend on both.
   */
  SharedSurfaces sharedSurfaces(TextSettings settings) {
    synchronized (surfaces) {
      return surfaces.computeIfAbsent(settings, k -> new SharedSurfaces());
    }
  }

  private final java.util.Map<TextSettings, SharedSurfaces> surfaces = new java.util.IdentityHashMap<>();

  /** The id of {@code form}, assigning the next free id if the form is new. */
  public int intern(String form) {
    int h = hash(form);
    Stripe stripe = stripes[h & (STRIPES - 1)];
    synchronized (stripe) {
      int id = stripe.find(form, h);
      if (id < 0) {
        id = assign(form);
        stripe.insert(form, h, id);
      }
      return id;
    }
  }

  private synchronized int assign(String form) {
    if (size == forms.length) {
      forms = Arrays.copyOf(forms, size * 2);
    }
    forms[size] = form;
    return size++;
  }

  /** The id of {@code form}, or -1 if it was never interned. */
  public int idOf(String form) {
    int h = hash(form);
    Stripe stripe = stripes[h & (STRIPES - 1)];
    synchronized (stripe) {
      return stripe.find(form, h);
    }
  }

  /** The form with id {@code id}. */
  public String form(int id) {
    String[] current = forms;
    if (id < current.length && current[id] != null) {
      return current[id];
    }
    synchronized (this) {
      return forms[id];
    }
  }

  /** Number of distinct forms interned so far (ids are {@code 0 .. size()-1}). */
  public synchronized int size() {
    return size;
  }

  /** {@link String#hashCode()} with its bits mixed, so that both the stripe and the slot bits vary. */
  private static int hash(String form) {
    int h = form.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** One stripe: linear probing over parallel arrays; a slot is empty when its form is null. */
  private static final class Stripe {
    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private int[] ids = new int[16];
    private int used;

    int find(String form, int h) {
      int mask = keys.length - 1;
      for (int slot = (h >>> 6) & mask; ; slot = (slot + 1) & mask) {
        String key = keys[slot];
        if (key == null) {
          return -1;
        }
        if (hashes[slot] == h && key.equals(form)) {
          return ids[slot];
        }
      }
    }

    void insert(String form, int h, int id) {
      if (2 * (used + 1) > keys.length) {
        grow();
      }
      place(form, h, id);
      used++;
    }

    private void place(String form, int h, int id) {
      int mask = keys.length - 1;
      int slot = (h >>> 6) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = form;
      hashes[slot] = h;
      ids[slot] = id;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      int[] oldIds = ids;
      keys = new String[oldKeys.length * 2];
      hashes = new int[keys.length];
      ids = new int[keys.length];
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != null) {
          place(oldKeys[s], oldHashes[s], oldIds[s]);
        }
      }
    }
  }
}
