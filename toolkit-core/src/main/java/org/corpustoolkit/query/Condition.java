package org.corpustoolkit.query;

import java.util.regex.Pattern;
import org.corpustoolkit.text.TokenizedDocument;

/** A test on one token: the inside of {@code [...]} in a query, or a word, wildcard or regex. */
abstract class Condition {

  /** True if token {@code i} of {@code doc} satisfies this condition. */
  abstract boolean test(QueryMatcher matcher, TokenizedDocument doc, int i);

  /** {@code []}: any token. */
  static final Condition ANY = new Condition() {
    @Override
    boolean test(QueryMatcher matcher, TokenizedDocument doc, int i) {
      return true;
    }
  };

  /** {@code attribute="regex"} (or {@code !=} when {@code negated}), the regex anchored to the value. */
  static final class Test extends Condition {
    final int leaf;
    final TokenAttribute attribute;
    final Pattern pattern;
    final boolean negated;

    Test(int leaf, TokenAttribute attribute, Pattern pattern, boolean negated) {
      this.leaf = leaf;
      this.attribute = attribute;
      this.pattern = pattern;
      this.negated = negated;
    }

    @Override
    boolean test(QueryMatcher matcher, TokenizedDocument doc, int i) {
      int key = attribute.valueKey(doc, i);
      boolean matches;
      if (key < 0) {
        matches = matcher.regex(leaf, pattern).reset(attribute.value(doc, i)).matches();
      } else {
        int cached = matcher.cached(leaf, key);
        if (cached == 0) {
          matches = matcher.regex(leaf, pattern).reset(attribute.value(doc, i)).matches();
          matcher.cache(leaf, key, matches);
        } else {
          matches = cached == 1;
        }
      }
      return matches != negated;
    }
  }

  /** {@code a & b}. */
  static final class And extends Condition {
    final Condition left;
    final Condition right;

    And(Condition left, Condition right) {
      this.left = left;
      this.right = right;
    }

    @Override
    boolean test(QueryMatcher matcher, TokenizedDocument doc, int i) {
      return left.test(matcher, doc, i) && right.test(matcher, doc, i);
    }
  }

  /** {@code a | b}. */
  static final class Or extends Condition {
    final Condition left;
    final Condition right;

    Or(Condition left, Condition right) {
      this.left = left;
      this.right = right;
    }

    @Override
    boolean test(QueryMatcher matcher, TokenizedDocument doc, int i) {
      return left.test(matcher, doc, i) || right.test(matcher, doc, i);
    }
  }

  /** {@code !a}. */
  static final class Not extends Condition {
    final Condition inner;

    Not(Condition inner) {
      this.inner = inner;
    }

    @Override
    boolean test(QueryMatcher matcher, TokenizedDocument doc, int i) {
      return !inner.test(matcher, doc, i);
    }
  }
}
