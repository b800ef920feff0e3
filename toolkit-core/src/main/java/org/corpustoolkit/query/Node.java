package org.corpustoolkit.query;

import java.util.List;

/** The parsed form of a query: a regular expression over tokens. */
sealed interface Node {

  /** True if the node can match zero tokens. */
  boolean nullable();

  /** Number of automaton states this node compiles to (saturating). */
  long size();

  /** One token satisfying {@code condition}. */
  record Token(Condition condition) implements Node {
    @Override
    public boolean nullable() {
      return false;
    }

    @Override
    public long size() {
      return 1;
    }
  }

  /** The parts one after another. */
  record Sequence(List<Node> parts) implements Node {
    @Override
    public boolean nullable() {
      return parts.stream().allMatch(Node::nullable);
    }

    @Override
    public long size() {
      long n = 0;
      for (Node p : parts) {
        n = Math.min(Long.MAX_VALUE / 4, n + p.size());
      }
      return n;
    }
  }

  /** Any one of the alternatives. */
  record Alternatives(List<Node> options) implements Node {
    @Override
    public boolean nullable() {
      return options.stream().anyMatch(Node::nullable);
    }

    @Override
    public long size() {
      long n = options.size();
      for (Node p : options) {
        n = Math.min(Long.MAX_VALUE / 4, n + p.size());
      }
      return n;
    }
  }

  /** {@code inner} repeated {@code min} to {@code max} times; {@code max} -1 for no upper bound. */
  record Repeat(Node inner, int min, int max) implements Node {
    @Override
    public boolean nullable() {
      return min == 0 || inner.nullable();
    }

    @Override
    public long size() {
      long copies = max < 0 ? min + 1L : max;
      long n = inner.size();
      return Math.min(Long.MAX_VALUE / 4, copies * n + copies + 1);
    }
  }
}
