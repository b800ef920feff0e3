package org.corpustoolkit.query;

import java.util.Arrays;

/**
 * A Thompson automaton over tokens, compiled from a {@link Node}: {@code TEST} states consume one
 * token that satisfies their condition, {@code SPLIT} states branch without consuming, and the single
 * {@code MATCH} state accepts. Immutable once built; matchers simulate it with state sets, so matching
 * is linear in the number of states per token and never backtracks.
 */
final class Automaton {
  static final byte TEST = 0;
  static final byte SPLIT = 1;
  static final byte MATCH = 2;

  private byte[] type = new byte[16];
  private Condition[] condition = new Condition[16];
  private int[] out1 = new int[16];
  private int[] out2 = new int[16];
  private int size;
  final int match;
  final int start;

  private Automaton(Node root) {
    match = add(MATCH, null, -1, -1);
    start = build(root, match);
    type = Arrays.copyOf(type, size);
    condition = Arrays.copyOf(condition, size);
    out1 = Arrays.copyOf(out1, size);
    out2 = Arrays.copyOf(out2, size);
  }

  static Automaton compile(Node root) {
    return new Automaton(root);
  }

  int size() {
    return size;
  }

  byte type(int state) {
    return type[state];
  }

  Condition condition(int state) {
    return condition[state];
  }

  int out1(int state) {
    return out1[state];
  }

  int out2(int state) {
    return out2[state];
  }

  private int add(byte t, Condition c, int a, int b) {
    if (size == type.length) {
      int n = size * 2;
      type = Arrays.copyOf(type, n);
      condition = Arrays.copyOf(condition, n);
      out1 = Arrays.copyOf(out1, n);
      out2 = Arrays.copyOf(out2, n);
    }
    type[size] = t;
    condition[size] = c;
    out1[size] = a;
    out2[size] = b;
    return size++;
  }

  /** Builds {@code node} so that it continues to state {@code next}; returns its entry state. */
  private int build(Node node, int next) {
    if (node instanceof Node.Token t) {
      return add(TEST, t.condition(), next, -1);
    }
    if (node instanceof Node.Sequence s) {
      int entry = next;
      for (int i = s.parts().size() - 1; i >= 0; i--) {
        entry = build(s.parts().get(i), entry);
      }
      return entry;
    }
    if (node instanceof Node.Alternatives a) {
      int entry = build(a.options().get(a.options().size() - 1), next);
      for (int i = a.options().size() - 2; i >= 0; i--) {
        entry = add(SPLIT, null, build(a.options().get(i), next), entry);
      }
      return entry;
    }
    Node.Repeat r = (Node.Repeat) node;
    int entry;
    if (r.max() < 0) {
      int loop = add(SPLIT, null, -1, next);
      out1[loop] = build(r.inner(), loop);
      entry = loop;
    } else {
      entry = next;
      for (int k = 0; k < r.max() - r.min(); k++) {
        entry = add(SPLIT, null, build(r.inner(), entry), next);
      }
    }
    for (int k = 0; k < r.min(); k++) {
      entry = build(r.inner(), entry);
    }
    return entry;
  }
}
