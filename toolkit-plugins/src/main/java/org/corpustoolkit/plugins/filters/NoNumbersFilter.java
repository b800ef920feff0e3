package org.corpustoolkit.plugins.filters;

import org.corpustoolkit.spi.TokenFilter;
import org.corpustoolkit.text.TokenKind;

/**
 * {@code --filter no-numbers}: leaves number tokens ({@code 1999}, {@code 3,200}) out of the word
 * counts, as concordancers' "ignore numbers" setting does.
 */
final class NoNumbersFilter implements TokenFilter {
  @Override
  public String name() {
    return "no-numbers";
  }

  @Override
  public String description() {
    return "Leave numbers (1999, 3,200) out of the word counts";
  }

  @Override
  public String apply(String form, TokenKind kind) {
    return kind == TokenKind.NUMBER ? null : form;
  }
}
