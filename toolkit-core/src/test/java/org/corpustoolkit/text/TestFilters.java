package org.corpustoolkit.text;

import java.util.function.BiFunction;
import org.corpustoolkit.spi.TokenFilter;

/** Token filters for tests, made from a function. */
final class TestFilters {
  private TestFilters() {}

  /** A filter named {@code name} that applies {@code apply} to each counting form. */
  static TokenFilter of(String name, BiFunction<String, TokenKind, String> apply) {
    return new TokenFilter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return name;
      }

      @Override
      public String apply(String form, TokenKind kind) {
        return apply.apply(form, kind);
      }
    };
  }
}
