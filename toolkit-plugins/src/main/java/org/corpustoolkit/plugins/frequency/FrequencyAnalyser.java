package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.plugins.wordids.IdSpill;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.text.PartSentences;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.Vocabulary;

/**
 * {@code ctk frequency}: a word (or n-gram) frequency list with per-million figures and document range.
 *
 * <p>Counts are exact. Documents (and the parts of large files) are counted in parallel, each thread in
 * its own primitive arrays, and merged by addition, so the list is identical whatever the number of
 * threads. N-grams are counted as tuples of word ids ({@link NgramTable}); their text is built only for
 * the rows listed. Ties are broken by the {@link String#compareTo} order of the counting form.
 */
public final class FrequencyAnalyser implements Analyser<FrequencyOptions> {
  /**
   * Word lists of corpora of at most this many words keep their word ids (compressed, one or two bytes
   * a word of English, about 25 MB at most) for the second pass of dispersion instead of reading the
   * corpus again. The system property {@code ctk.keptWords} overrides it (for measurements).
   */
  static final long KEPT_WORDS = Long.getLong("ctk.keptWords", 1 << 24);
  /**
   * Larger corpora write their compressed word ids to a temporary file ({@link IdSpill}) for the second
   * pass, which then does not read and tokenize the corpus again; {@code -Dctk.spillIds=false} reads it
   * again instead (for measurements).
   */
  static final boolean SPILL_IDS = Boolean.parseBoolean(System.getProperty("ctk.spillIds", "true"));

  private final long keptWords;
  /** Items a worker decodes per batch of dispersion's second pass ({@link StreamedDispersion}). */
  private final int batchItems;
  private final boolean spillIds;

  /** The analyser. */
  public FrequencyAnalyser() {
    this(KEPT_WORDS, SPILL_IDS);
  }

  /**
   * An analyser that keeps the word ids of corpora of at most {@code keptWords} words in memory and
   * reads larger corpora again for dispersion (tests).
   */
  FrequencyAnalyser(long keptWords) {
    this(keptWords, false);
  }

  /** As above, with larger corpora's ids written to a temporary file if {@code spillIds} (tests). */
  FrequencyAnalyser(long keptWords, boolean spillIds) {
    this(keptWords, spillIds, StreamedDispersion.BATCH_ITEMS);
  }

  /**
   * As above, with the second pass of dispersion decoding {@code batchItems} items a worker per batch
   * (tests: small corpora then make many batches, as large ones do).
   */
  FrequencyAnalyser(long keptWords, boolean spillIds, int batchItems) {
    this.keptWords = keptWords;
    this.spillIds = spillIds;
    this.batchItems = batchItems;
  }

  static final String HELP = """
      Counts word tokens (words, numbers, ideographs and kana; not punctuation or symbols) by their \
      counting form: NFC-normalised, case-folded (unless --case-sensitive), with curly apostrophes \
      folded to '. per_million = frequency / total word tokens x 1,000,000 (for n-grams: of all \
      n-grams). range = number of documents containing the item. Ties in frequency are listed \
      alphabetically (UTF-16 order: code point order, except that characters beyond U+FFFF come \
      before U+E000-U+FFFF). --by lemma, pos and word/pos tag and lemmatise the corpus \
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
      Documents without any counted item are not parts. Memory: word lists and word n-gram lists \
      of files (not standard input) score dispersion in a second pass, in memory bounded by the \
      items listed (about 100 bytes each), not by the corpus: a corpus of up to 16 million words \
      keeps its word ids in memory, compressed (1 to 3 bytes a word, and for n-grams about a byte \
      a sentence for its sentence ends); a larger one writes them to a temporary file in \
      java.io.tmpdir (about a fifth of the size of English text, deleted at the end of the run) and \
      is read a second time only if that file cannot be written; the second pass rebuilds the \
      n-grams within sentences from them. Standard input and lemma, pos and word/pos lists keep \
      positions instead (about 4 bytes per token), never the text; --dispersion none keeps \
      nothing. Counting takes about 40 bytes per distinct n-gram and thread. Word lists and \
      word n-grams read a file of more than 2 MB in parts of about 1 MB, cut at line breaks, counted \
      on every core; the counts, ranges and dispersions are those of the whole file. N-grams stop at \
      sentence ends: if a cut could change a sentence of the whole file (it does not follow a blank \
      line, or in text with one paragraph per line follows an abbreviation; or parts of the file lay \
      out their lines differently), the corpus is counted again from whole files. Lemma, pos and \
      word/pos lists are read in parts the same way (the tagger works sentence by sentence, so the \
      tags of exact cuts are those of the whole file), with the same fall-back to whole files.""";

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
   * than one list and want to read and tokenize the corpus once. Lists of the same items (same
   * {@code --by} and {@code --ngram}) share one count.
   */
  public List<FrequencyList> analyseTogether(AnalysisContext context, List<FrequencyOptions> lists) {
    String annotator = null;
    Map<ItemType, Vocabulary> itemVocabularies = new EnumMap<>(ItemType.class);
    // One counter per kind of item; it keeps dispersion if any list of it shows dispersion.
    Map<List<Object>, Integer> kinds = new LinkedHashMap<>();
    List<FrequencyOptions> counted = new ArrayList<>();
    int[] counterOf = new int[lists.size()];
    for (int i = 0; i < lists.size(); i++) {
      FrequencyOptions o = lists.get(i);
      ItemType by = o.by();
      if (by.needsAnnotations()) {
        // pos and word/pos lists read tags only, which spares the lemmatiser unless a lemma list needs it
        String description = by == ItemType.LEMMA ? context.requireAnnotations()
            : context.requireTags();
        annotator = annotator == null ? description : annotator;
      }
      itemVocabularies.computeIfAbsent(by, b -> b == ItemType.WORD || b == ItemType.LEMMA
          ? context.vocabulary() : new Vocabulary());
      Integer k = kinds.putIfAbsent(List.of(by, o.ngram()), counted.size());
      if (k == null) {
        counterOf[i] = counted.size();
        counted.add(o);
      } else {
        counterOf[i] = k;
        if (o.dispersion() && !counted.get(k).dispersion()) {
          counted.set(k, counted.get(k).withDispersion(true));
        }
      }
    }
    // Word and word n-gram lists of a corpus that can be read again score dispersion in a second
    // pass (StreamedDispersion), in memory bounded by the items listed; the others keep positions.
    boolean rereadable = context.corpus().sources().stream()
        .allMatch(org.corpustoolkit.corpus.DocumentSource::rereadable);
    boolean[] streamed = new boolean[counted.size()];
    for (int k = 0; k < counted.size(); k++) {
      FrequencyOptions o = counted.get(k);
      streamed[k] = rereadable && o.dispersion() && o.by() == ItemType.WORD;
    }
    // Word items can be counted in parts of large documents: tokens never cross a cut, and range and
    // dispersion are joined by document index. N-grams stop at sentence ends, so parts are counted
    // only if each cut separates sentences (PartSentences); otherwise the corpus is counted again from
    // whole documents. Taggers tag sentence by sentence, so lemma and tag lists take the same test.
    boolean annotated = counted.stream().anyMatch(o -> o.by().needsAnnotations());
    boolean ngrams = counted.stream().anyMatch(o -> o.ngram() > 1);
    Engine engine = Engine.SEGMENTS;
    Counts counts = count(context, engine, counted, streamed, itemVocabularies, ngrams || annotated,
        keptWords);
    if (counts.joints != null && !counts.joints.exact()) {
      counts.close();
      engine = Engine.DOCUMENTS;
      counts = count(context, engine, counted, streamed, itemVocabularies, false, keptWords);
    }
    try {
      return lists(context, lists, counts, engine, streamed, counterOf, annotator);
    } finally {
      counts.close(); // the temporary file of word ids, if any
    }
  }

  private List<FrequencyList> lists(AnalysisContext context, List<FrequencyOptions> lists,
      Counts counts, Engine engine, boolean[] streamed, int[] counterOf, String annotator) {
    for (FrequencyCounter c : counts.counters) {
      c.finish();
    }
    if (context.corpusStats().wordTokens() == 0) {
      throw new CorpusException("the corpus has no word tokens");
    }
    TextSettings settings = context.textSettings();
    int documents = context.corpusStats().documents();
    Selection[] selections = new Selection[lists.size()];
    for (int i = 0; i < lists.size(); i++) {
      selections[i] = select(counts.counters[counterOf[i]], lists.get(i), settings);
    }
    // The second pass: one per counter and --parts, for the union of the words its lists show.
    List<DispersionScorer.Scores> scores = new ArrayList<>();
    int[] partCounts = new int[lists.size()];
    for (int i = 0; i < lists.size(); i++) {
      scores.add(null);
    }
    for (int i = 0; i < lists.size(); i++) {
      FrequencyOptions o = lists.get(i);
      int k = counterOf[i];
      if (!streamed[k] || !o.dispersion() || scores.get(i) != null) {
        continue;
      }
      FrequencyCounter counter = counts.counters[k];
      if (counter.total() == 0) {
        continue; // n-grams of a corpus without any (sentences of one word): no dispersion, as below
      }
      // The words to score: those of this list in list order, then those of the lists sharing its
      // count and parts that it does not show.
      int[] slot = new int[counter.size()];
      java.util.Arrays.fill(slot, -1);
      int[] union = new int[selections[i].ids().length];
      int size = 0;
      List<Integer> sharing = new ArrayList<>();
      for (int j = i; j < lists.size(); j++) {
        if (counterOf[j] == k && lists.get(j).dispersion() && lists.get(j).parts() == o.parts()) {
          sharing.add(j);
          for (int id : selections[j].ids()) {
            if (slot[id] < 0) {
              if (size == union.length) {
                union = java.util.Arrays.copyOf(union, Math.max(16, size * 2));
              }
              slot[id] = size;
              union[size++] = id;
            }
          }
        }
      }
      union = java.util.Arrays.copyOf(union, size);
      long[] frequencies = new long[size];
      for (int u = 0; u < size; u++) {
        frequencies[u] = counter.frequency(union[u]);
      }
      StreamedDispersion pass = counter.ngram() == 1
          ? new StreamedDispersion(counts.layout, o.parts(), union, frequencies)
          : StreamedDispersion.ofNgrams(counts.layout, counter.ngram(),
              ((NgramCounter) counter).tuples(union), o.parts(), frequencies);
      DispersionScorer.Scores all = pass.batchItems(batchItems)
          .score(context, engine == Engine.DOCUMENTS);
      for (int j : sharing) {
        int[] ids = selections[j].ids();
        DispersionScorer.Scores mine = all;
        if (j != i || ids.length != size) { // else the first list shows exactly the words scored
          mine = new DispersionScorer.Scores(ids.length);
          for (int r = 0; r < ids.length; r++) {
            DispersionScores d = all.get(slot[ids[r]]);
            mine.set(r, d.range(), d.juillandD(), d.dp(), d.dpNorm(), d.arf());
          }
        }
        scores.set(j, mine);
        partCounts[j] = pass.parts().count();
      }
    }
    List<FrequencyList> result = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      FrequencyOptions o = lists.get(i);
      result.add(list(counts.counters[counterOf[i]], o, selections[i], scores.get(i),
          partCounts[i], documents, o.by().needsAnnotations() ? annotator : null));
    }
    for (FrequencyCounter c : counts.counters) {
      c.dropDispersion(); // scored: long lists keep their counter, not its positions
    }
    return result;
  }

  /** The counters of one pass, and the joints of the parts when n-grams were counted in parts. */
  private static final class Counts {
    final FrequencyCounter[] counters;
    final PartSentences joints;
    /** Where each document and part lies, for the second pass of dispersion; or null. */
    final SegmentLayout layout;

    /** The temporary file of word ids of a large corpus (shared by the threads), or null. */
    final IdSpill spill;

    Counts(FrequencyCounter[] counters, PartSentences joints, SegmentLayout layout, IdSpill spill) {
      this.counters = counters;
      this.joints = joints;
      this.layout = layout;
      this.spill = spill;
    }

    Counts merge(Counts other) {
      for (int i = 0; i < counters.length; i++) {
        counters[i].merge(other.counters[i]);
      }
      if (joints != null) {
        joints.merge(other.joints);
      }
      if (layout != null) {
        layout.merge(other.layout);
      }
      return this;
    }

    /** Deletes the temporary file of word ids, if one was made. */
    void close() {
      if (spill != null) {
        spill.close();
      }
    }
  }

  private Counts count(AnalysisContext context, Engine engine, List<FrequencyOptions> counted,
      boolean[] streamed, Map<ItemType, Vocabulary> itemVocabularies, boolean joints,
      long keptWords) {
    boolean layout = false;
    // The n of the streamed n-gram lists: the layout counts their n-grams and keeps the sentences.
    int[] ngrams = new int[0];
    for (int i = 0; i < streamed.length; i++) {
      layout |= streamed[i];
      int n = counted.get(i).ngram();
      if (streamed[i] && n > 1 && Arrays.stream(ngrams).noneMatch(m -> m == n)) {
        ngrams = Arrays.copyOf(ngrams, ngrams.length + 1);
        ngrams[ngrams.length - 1] = n;
      }
    }
    int[] layoutNgrams = ngrams;
    boolean keepLayout = layout;
    java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();
    IdSpill spill = keepLayout && spillIds ? new IdSpill() : null;
    Counts counts;
    try {
      counts = engine.run(context,
          () -> {
            FrequencyCounter[] state = new FrequencyCounter[counted.size()];
            for (int i = 0; i < state.length; i++) {
              FrequencyOptions o = counted.get(i);
              state[i] = FrequencyCounter.of(o.ngram(), o.by(), itemVocabularies.get(o.by()),
                  o.dispersion() && !streamed[i]);
            }
            return new Counts(state, joints ? new PartSentences() : null,
                keepLayout ? new SegmentLayout(kept, keptWords, spill, layoutNgrams) : null, spill);
          },
          (state, doc) -> {
            for (FrequencyCounter c : state.counters) {
              c.add(doc);
            }
            if (state.layout != null) {
              state.layout.add(doc, doc.wordIds(),
                  state.layout.keepsSentences() ? doc.wordSentences() : null);
            }
            if (state.joints != null && doc.isPartial()) {
              state.joints.add(doc.document());
            }
          },
          Counts::merge);
    } catch (RuntimeException | Error e) {
      if (spill != null) {
        spill.close();
      }
      throw e;
    }
    if (counts.layout != null) {
      counts.layout.seal();
    }
    return counts;
  }

  /**
   * The {@code n}-th largest frequency among {@code ids[0 .. m)} ({@code n <= m}): a min-heap of the
   * {@code n} largest seen so far, so most items cost one comparison.
   */
  static long nthLargest(FrequencyCounter counts, int[] ids, int m, int n) {
    long[] heap = new long[n];
    for (int k = 0; k < n; k++) {
      heap[k] = counts.frequency(ids[k]);
    }
    for (int k = n / 2 - 1; k >= 0; k--) {
      siftDown(heap, k, heap[k]);
    }
    for (int k = n; k < m; k++) {
      long f = counts.frequency(ids[k]);
      if (f > heap[0]) {
        siftDown(heap, 0, f);
      }
    }
    return heap[0];
  }

  private static void siftDown(long[] heap, int at, long value) {
    int n = heap.length;
    while (true) {
      int child = 2 * at + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= value) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = value;
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

  /** The items a list shows, in list order, with the counts behind its summary. */
  private record Selection(int[] ids, long types, long hapax, long dis) {}

  /**
   * The items of the list of {@code options} from merged counts. Types, hapax and dis legomena come
   * from the counts; the item texts are compared without being built. With {@code --top N}, only the
   * items at least as frequent as the N-th are sorted.
   */
  private static Selection select(FrequencyCounter counts, FrequencyOptions options,
      TextSettings settings) {
    long types = 0;
    long hapax = 0;
    long dis = 0;
    int size = counts.size();
    int[] candidates = new int[Math.min(size, 1024)];
    int m = 0;
    boolean filterLength = options.minLength() > 0 && options.by() != ItemType.POS;
    boolean filterStopwords = !settings.stopwords().isEmpty() && options.by() != ItemType.POS;
    for (int id = 0; id < size; id++) {
      long f = counts.frequency(id);
      if (f == 0) {
        continue;
      }
      types++;
      if (f == 1) {
        hapax++;
      } else if (f == 2) {
        dis++;
      }
      if (f < options.minFreq()
          || (filterLength && counts.length(id) < options.minLength())
          || (filterStopwords && counts.stopped(id, settings))) {
        continue;
      }
      if (m == candidates.length) {
        candidates = Arrays.copyOf(candidates, Math.min(size, m * 2));
      }
      candidates[m++] = id;
    }
    if (options.top() > 0 && m > options.top()) {
      long least = nthLargest(counts, candidates, m, options.top());
      int kept = 0;
      for (int k = 0; k < m; k++) {
        if (counts.frequency(candidates[k]) >= least) {
          candidates[kept++] = candidates[k];
        }
      }
      m = kept;
    }
    counts.sort(candidates, m);
    int listed = options.top() > 0 ? Math.min(m, options.top()) : m;
    return new Selection(Arrays.copyOf(candidates, listed), types, hapax, dis);
  }

  /**
   * The list of {@code options}: the texts are built only for the listed rows. Dispersion comes from
   * {@code streamed} (the second pass) when given, else from the positions the counter kept.
   */
  private static FrequencyList list(FrequencyCounter counts, FrequencyOptions options,
      Selection selection, DispersionScorer.Scores streamed, int streamedParts, int documents,
      String annotator) {
    int[] ids = selection.ids();
    int listed = ids.length;
    long types = selection.types();
    long hapax = selection.hapax();
    long dis = selection.dis();
    List<FrequencyEntry> entries = new ListedEntries(counts, ids);
    if (listed <= ListedEntries.LAZY_ABOVE) {
      entries = new ArrayList<>(entries);
    }
    if (options.dispersion() && streamed != null) {
      return new FrequencyList(entries, options.ngram(), counts.total(), types, hapax, dis,
          documents, streamed, options.parts(), streamedParts, options.by(), annotator);
    }
    if (!options.dispersion() || counts.dispersion() == null || counts.total() == 0) {
      return new FrequencyList(entries, options.ngram(), counts.total(), types, hapax, dis,
          documents, List.of(), 0, 0, options.by(), annotator);
    }
    long[] frequencies = new long[listed];
    for (int k = 0; k < listed; k++) {
      frequencies[k] = counts.frequency(ids[k]);
    }
    DispersionScorer scorer = new DispersionScorer(counts.dispersion().documents(),
        options.parts());
    return new FrequencyList(entries, options.ngram(), counts.total(), types, hapax, dis,
        documents, scorer.score(ids, frequencies), options.parts(), scorer.parts().count(),
        options.by(), annotator);
  }
}
