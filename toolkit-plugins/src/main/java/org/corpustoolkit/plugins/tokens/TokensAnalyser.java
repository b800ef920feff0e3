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

  static final OptionDef<Boolean> ANNOTATE = OptionDef.flag("--annotate",
      "Add the columns lemma and pos: lemma and Universal Dependencies part-of-speech tag (UPOS) of "
          + "every token, from the annotator of --lang.");

  /**
   * Options of {@code ctk tokens}.
   *
   * @param wordsOnly list word tokens only
   * @param annotate add lemma and part-of-speech columns
   */
  public record Options(boolean wordsOnly, boolean annotate) {
    /** Options without annotation. */
    public Options(boolean wordsOnly) {
      this(wordsOnly, false);
    }
  }

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("tokens", "The token stream: offsets, forms and kinds of every token",
        """
        Tokens come from ICU word boundaries (Unicode UAX #29, with dictionaries for Chinese, \
        Japanese, Thai, Khmer, Lao and Burmese); URLs and e-mail addresses are one token; U.S. keeps \
        its final dot; hyphenated words are one token. Sentences come from ICU sentence boundaries \
        with an abbreviation list (Mr., Dr., U.S., p.m. ...). Offsets are 0-based UTF-16 code units, \
        end exclusive. With --annotate, lemma and pos come from the annotator of --lang (English: \
        Apache OpenNLP, Universal Dependencies English EWT models; tags are UD UPOS); a contraction \
        or possessive that is one token (don't, it's, Moscow's) takes the tag and lemma of its first \
        part; lemmas are counting forms (case-folded unless --case-sensitive). A file of more than \
        2 MB streams in parts of about 1 MB, cut after a blank line (else a line break), read, \
        tokenized and annotated on every core; positions, offsets and sentence numbers continue \
        across parts, but sentences are found within a part, so a paragraph cut in two (one longer \
        than half a part) starts a new sentence at the cut, and with --annotate is tagged as two \
        sentences.""",
        List.of(WORDS_ONLY, ANNOTATE), List.of(), TokenListing.class);
  }

  @Override
  public Options options(OptionValues values) {
    return new Options(values.get(WORDS_ONLY), values.get(ANNOTATE));
  }

  @Override
  public TokenListing analyse(AnalysisContext context, Options options) {
    if (options.annotate()) {
      context.requireAnnotations();
    }
    return new TokenListing(context, options.wordsOnly(), options.annotate());
  }
}
