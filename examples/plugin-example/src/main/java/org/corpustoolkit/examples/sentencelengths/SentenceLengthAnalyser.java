package org.corpustoolkit.examples.sentencelengths;

import java.util.List;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * {@code ctk sentence-lengths}: the distribution of sentence lengths in word tokens, the measure of
 * style studied by Yule (1939), "On sentence-length as a statistical characteristic of style in
 * prose", Biometrika 30(3/4), 363–390.
 *
 * <p>A sentence is one of ctk's sentences (ICU boundaries with abbreviations kept); its length is the
 * number of its word tokens (words, numbers, ideographs, kana; not punctuation). Sentences with fewer
 * than {@code --min-words} word tokens (default 1) are left out, so a line of punctuation is not a
 * sentence of length 0.
 */
public final class SentenceLengthAnalyser implements Analyser<SentenceLengthAnalyser.Options> {
  static final OptionDef<Integer> MIN_WORDS = OptionDef.integer("--min-words", 1, "N",
      "Leave out sentences of fewer than N word tokens (headings, list items).");

  /** The typed options. @param minWords shortest sentence counted, in word tokens */
  public record Options(int minWords) {}

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("sentence-lengths",
        "Distribution of sentence lengths in word tokens",
        "Counts sentences by their length in word tokens (words, numbers, ideographs and kana; not "
            + "punctuation), with each length's proportion and cumulative proportion. Summary: "
            + "mean length = word tokens in counted sentences / counted sentences; median length = "
            + "the middle length (the mean of the two middle ones for an even count). Sentence "
            + "length as a measure of style: Yule (1939), Biometrika 30, 363-390.",
        List.of(MIN_WORDS), List.of(), SentenceLengths.class);
  }

  @Override
  public Options options(OptionValues values) {
    int minWords = values.get(MIN_WORDS);
    if (minWords < 1) {
      throw new UsageException("--min-words must be 1 or more, not " + minWords);
    }
    return new Options(minWords);
  }

  @Override
  public AnalysisResult analyse(AnalysisContext context, Options options) {
    LengthCounts counts = context.processDocuments(LengthCounts::new,
        (state, doc) -> count(state, doc, options.minWords()), LengthCounts::merge);
    return new SentenceLengths(counts.toArray());
  }

  /** Adds the length of each sentence of {@code doc} that has at least {@code minWords} words. */
  static void count(LengthCounts state, TokenizedDocument doc, int minWords) {
    int[] sentences = doc.wordSentences(); // sentence number of each word token, ascending
    int i = 0;
    while (i < sentences.length) {
      int j = i;
      while (j < sentences.length && sentences[j] == sentences[i]) {
        j++;
      }
      if (j - i >= minWords) {
        state.add(j - i);
      }
      i = j;
    }
  }
}
