package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.Vocabulary;

/**
 * {@code ctk frequency}: a word (or n-gram) frequency list with per-million figures and document range.
 *
 * <p>Counts are exact. Documents are counted in parallel, each thread in its own primitive arrays, and
 * merged by addition, so the list is identical whatever the number of threads. Ties are broken by the
 * code point order of the counting form.
 */
public final class FrequencyAnalyser implements Analyser<FrequencyOptions> {
  static final String HELP = """
      Counts word tokens (words, numbers, ideographs and kana; not punctuation or symbols) by their \
      counting form: NFC-normalised, case-folded (unless --case-sensitive), with curly apostrophes \
      folded to '. per_million = frequency / total word tokens x 1,000,000 (for n-grams: of all \
      n-grams). range = number of documents containing the item. Ties in frequency are listed \
      alphabetically (code point order). --by lemma, pos and word/pos tag and lemmatise the corpus \
      with the annotator of --lang (English: Apache OpenNLP with the Universal Dependencies English \
      EWT models); tags are UD UPOS (universaldependencies.org/u/pos); a contraction or possessive \
      that is one token (don't, it's, Moscow's) takes the tag and lemma of its first part (do, it, \
      Moscow). Stop words are matched against lemmas with --by lemma, against the word with \
      --by word/pos, and not at all with --by pos.""";

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("frequency", "Word and n-gram frequency list with range",
        HELP, FrequencyOptions.ALL, List.of(), FrequencyList.class);
  }

  @Override
  public FrequencyOptions options(OptionValues values) {
    return FrequencyOptions.from(values);
  }

  @Override
  public FrequencyList analyse(AnalysisContext context, FrequencyOptions options) {
    ItemType by = options.by();
    String annotator = by.needsAnnotations() ? context.requireAnnotations() : null;
    Vocabulary items = by == ItemType.WORD || by == ItemType.LEMMA ? context.vocabulary()
        : new Vocabulary();
    Vocabulary ngrams = options.ngram() == 1 ? items : new Vocabulary();
    FrequencyCounter counts = context.processDocuments(
        () -> new FrequencyCounter(options.ngram(), by, items, ngrams),
        FrequencyCounter::add,
        FrequencyCounter::merge);
    if (context.corpusStats().wordTokens() == 0) {
      throw new CorpusException("the corpus has no word tokens");
    }
    return list(counts, ngrams, options, context.textSettings(), context.corpusStats().documents(),
        annotator);
  }

  private static FrequencyList list(FrequencyCounter counts, Vocabulary items,
      FrequencyOptions options, TextSettings settings, int documents, String annotator) {
    IntCounts frequency = counts.frequency();
    IntCounts range = counts.range();
    long types = 0;
    long hapax = 0;
    long dis = 0;
    List<FrequencyEntry> entries = new ArrayList<>();
    for (int id = 0; id < frequency.capacity(); id++) {
      long f = frequency.get(id);
      if (f == 0) {
        continue;
      }
      types++;
      if (f == 1) {
        hapax++;
      } else if (f == 2) {
        dis++;
      }
      if (f < options.minFreq()) {
        continue;
      }
      String item = items.form(id);
      String text = options.by() == ItemType.WORD_POS && options.ngram() == 1 ? wordOf(item) : item;
      if (options.minLength() > 0 && options.by() != ItemType.POS
          && text.codePointCount(0, text.length()) < options.minLength()) {
        continue;
      }
      if (options.by() != ItemType.POS && isStopped(item, options, settings)) {
        continue;
      }
      entries.add(new FrequencyEntry(item, f, (int) range.get(id)));
    }
    entries.sort(Comparator.comparingLong(FrequencyEntry::frequency).reversed()
        .thenComparing(FrequencyEntry::item));
    if (options.top() > 0 && entries.size() > options.top()) {
      entries = entries.subList(0, options.top());
    }
    return new FrequencyList(entries, options.ngram(), frequency.total(), types, hapax, dis,
        documents, options.by(), annotator);
  }

  /** The form of a {@code form/TAG} item. */
  static String wordOf(String item) {
    return item.substring(0, item.lastIndexOf(FrequencyCounter.TAG_SEPARATOR));
  }

  /** A word (or lemma) that is a stop word; an n-gram whose words are all stop words. */
  private static boolean isStopped(String item, FrequencyOptions options, TextSettings settings) {
    if (settings.stopwords().isEmpty()) {
      return false;
    }
    boolean tagged = options.by() == ItemType.WORD_POS;
    if (options.ngram() == 1) {
      return settings.isStopword(tagged ? wordOf(item) : item);
    }
    for (String word : item.split(" ")) {
      if (!settings.isStopword(tagged ? wordOf(word) : word)) {
        return false;
      }
    }
    return true;
  }
}
