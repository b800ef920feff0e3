package org.corpustoolkit.text;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns counting forms to dense int ids (0, 1, 2, ...) so that analysers count in primitive arrays
 * indexed by id. Thread-safe: documents are tokenized in parallel into one shared vocabulary.
 *
 * <p>Ids depend on the order in which forms are first seen, which varies between parallel runs; results
 * must therefore never be ordered by id (sort by frequency and form instead).
 *
 * @since 0.1 (stable)
 */
public final class Vocabulary {
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private volatile String[] forms = new String[1024];
  private int size;

  /** The id of {@code form}, assigning the next free id if the form is new. */
  public int intern(String form) {
    Integer id = ids.get(form);
    if (id != null) {
      return id;
    }
    return ids.computeIfAbsent(form, this::assign);
  }

  private synchronized Integer assign(String form) {
    if (size == forms.length) {
      forms = Arrays.copyOf(forms, size * 2);
    }
    forms[size] = form;
    return size++;
  }

  /** The id of {@code form}, or -1 if it was never interned. */
  public int idOf(String form) {
    Integer id = ids.get(form);
    return id == null ? -1 : id;
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
}
