package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
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
      --by word/pos, and not at all with --by pos. \

      Dispersion (--dispersion all, the default), over documents or --parts N equal-sized parts; \
      v_i = share of the item's occurrences in part i, s_i = share of the corpus in part i, n parts: \
      range = parts containing the item; juilland_d = Juilland's D, 1 - (sd/mean)/sqrt(n - 1) of the \
      per-part relative frequencies, population sd (Juilland & Chang-Rodriguez 1964, as given in Gries \
      2008, IJCL 13(4)); dp = Gries' deviation of proportions, 1/2 sum |v_i - s_i| (Gries 2008); \
      dp_norm = DP / (1 - min s_i) (Lijffijt & Gries 2012, IJCL 17(1)); arf = average reduced \
      frequency, sum of min(gap, N/f) / (N/f) over the gaps between successive occurrences in corpus \
      order, the first gap wrapping around (Savicky & Hlavacova 2002, J. Quant. Linguistics 9(3)). \
      Documents without any counted item are not parts. Dispersion keeps about 4 bytes per token \
      (positions within documents), never the text; --dispersion none keeps nothing. Word lists read a \
      file of more than 2 MB in parts of about 1 MB, cut at line breaks, counted on every core; the \
      counts, ranges and dispersions are those of the whole file (n-grams read whole files).""";

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("frequency", "Word and n-gram frequency list with dispersion",
        HELP, FrequencyOptions.ALL, List.of(), FrequencyList.class);
  }

  @Override
  public FrequencyOptions options(OptionValues values) {
    return FrequencyOptions.from(values);
  }

  @Override
  public FrequencyList analyse(AnalysisContext context, FrequencyOptions options) {
    return analyseTogether(context, List.of(options)).get(0);
  }

  /**
   * Several frequency lists (for example words and bigrams) in a single pass over the corpus, one per
   * element of {@code lists}, in the same order: for callers such as {@code ctk report} that need more
   * than one list and want to read and tokenize the corpus once.
   */
  public List<FrequencyList> analyseTogether(AnalysisContext context, List<FrequencyOptions> lists) {
    int n = lists.size();
    String annotator = null;
    Vocabulary[] itemVocabularies = new Vocabulary[n];
    Vocabulary[] vocabularies = new Vocabulary[n];
    for (int i = 0; i < n; i++) {
      ItemType by = lists.get(i).by();
      if (by.needsAnnotations() && annotator == null) {
        annotator = context.requireAnnotations();
      }
      itemVocabularies[i] = by == ItemType.WORD || by == ItemType.LEMMA ? context.vocabulary()
          : new Vocabulary();
      vocabularies[i] = lists.get(i).ngram() == 1 ? itemVocabularies[i] : new Vocabulary();
    }
    String annotatorName = annotator;
    // Words can be counted in parts of large documents (exactly: tokens never cross a cut, range and
    // dispersion are joined by document index). N-grams stop at sentence ends and taggers read whole
    // sentences, and a cut may fall inside a paragraph, so they read whole documents.
    boolean words = lists.stream().allMatch(o -> o.ngram() == 1 && o.by() == ItemType.WORD);
    FrequencyCounter[] counts = (words ? Engine.SEGMENTS : Engine.DOCUMENTS).run(context,
        () -> {
          FrequencyCounter[] state = new FrequencyCounter[n];
          for (int i = 0; i < n; i++) {
            FrequencyOptions o = lists.get(i);
            state[i] = new FrequencyCounter(o.ngram(), o.by(), itemVocabularies[i], vocabularies[i],
                o.dispersion());
          }
          return state;
        },
        (state, doc) -> {
          for (FrequencyCounter c : state) {
            c.add(doc);
          }
        },
        (a, b) -> {
          for (int i = 0; i < n; i++) {
            a[i].merge(b[i]);
          }
          return a;
        });
    if (context.corpusStats().wordTokens() == 0) {
      throw new CorpusException("the corpus has no word tokens");
    }
    List<FrequencyList> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      result.add(list(counts[i], vocabularies[i], lists.get(i), context.textSettings(),
          context.corpusStats().documents(), lists.get(i).by().needsAnnotations() ? annotatorName
              : null));
    }
    return result;
  }

  /** Which pass of the context to use. */
  private enum Engine {
    DOCUMENTS, SEGMENTS;

    <S> S run(AnalysisContext context, java.util.function.Supplier<S> newState,
        org.corpustoolkit.spi.DocumentConsumer<S> consumer, java.util.function.BinaryOperator<S> merge) {
      return this == SEGMENTS ? context.processSegments(newState, consumer, merge)
          : context.processDocuments(newState, consumer, merge);
    }
  }

  private record Listed(int id, FrequencyEntry entry) {}

  private static FrequencyList list(FrequencyCounter counts, Vocabulary items,
      FrequencyOptions options, TextSettings settings, int documents, String annotator) {
    IntCounts frequency = counts.frequency();
    IntCounts range = counts.range();
    long types = 0;
    long hapax = 0;
    long dis = 0;
    List<Listed> listed = new ArrayList<>();
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
      listed.add(new Listed(id, new FrequencyEntry(item, f, (int) range.get(id))));
    }
    // Frequency descending, then the item's natural String order: one plain comparator, because the
    // composed key-extractor comparators were a quarter of the CPU time of a bigram list of 100 MB.
    // Sorted on both cores: hundreds of thousands of hapax legomena are ordered by their strings.
    Listed[] sorted = listed.toArray(new Listed[0]);
    java.util.Arrays.parallelSort(sorted, (x, y) -> {
      int byFrequency = Long.compare(y.entry().frequency(), x.entry().frequency());
      return byFrequency != 0 ? byFrequency : x.entry().item().compareTo(y.entry().item());
    });
    listed = java.util.Arrays.asList(sorted);
    if (options.top() > 0 && listed.size() > options.top()) {
      listed = listed.subList(0, options.top());
    }
    List<FrequencyEntry> entries = listed.stream().map(Listed::entry).toList();
    if (counts.dispersion() == null || frequency.total() == 0) {
      return new FrequencyList(entries, options.ngram(), frequency.total(), types, hapax, dis,
          documents, List.of(), 0, 0, options.by(), annotator);
    }
    DispersionScorer scorer = new DispersionScorer(counts.dispersion().documents(),
        options.parts());
    int[] ids = listed.stream().mapToInt(Listed::id).toArray();
    long[] frequencies = listed.stream().mapToLong(l -> l.entry().frequency()).toArray();
    return new FrequencyList(entries, options.ngram(), frequency.total(), types, hapax, dis,
        documents, scorer.score(ids, frequencies), options.parts(), scorer.parts().count(),
        options.by(), annotator);
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
