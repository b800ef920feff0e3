package org.corpustoolkit.plugins.tokens;

import java.util.List;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;

/** {@code ctk tokens}: shows how the text was tokenized, token by token. */
public final class TokensAnalyser implements Analyser<TokensAnalyser.Options> {
  static final OptionDef<Boolean> WORDS_ONLY =
      OptionDef.flag("--words-only", "List only word tokens (no punctuation, symbols, URLs).");

  /** Options of {@code ctk tokens}. */
  public record Options(boolean wordsOnly) {}

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("tokens", "The token stream: offsets, forms and kinds of every token",
        """
        Tokens come from ICU word boundaries (Unicode UAX #29, with dictionaries for Chinese, \
        Japanese, Thai, Khmer, Lao and Burmese); URLs and e-mail addresses are one token; U.S. keeps \
        its final dot; hyphenated words are one token. Sentences come from ICU sentence boundaries \
        with an abbreviation list (Mr., Dr., U.S., p.m. ...). Offsets are 0-based UTF-16 code units, \
        end exclusive. A file of more than 2 MB streams in parts of about 1 MB, cut after a blank line \
        (else a line break); positions, offsets and sentence numbers continue across parts, but \
        sentences are found within a part, so a paragraph cut in two (one longer than half a part) \
        starts a new sentence at the cut.""",
        List.of(WORDS_ONLY), List.of(), TokenListing.class);
  }

  @Override
  public Options options(OptionValues values) {
    return new Options(values.get(WORDS_ONLY));
  }

  @Override
  public TokenListing analyse(AnalysisContext context, Options options) {
    return new TokenListing(context, options.wordsOnly());
  }
}
