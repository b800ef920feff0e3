package org.corpustoolkit.plugins.register;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.plugins.wordids.IdSpill;
import org.corpustoolkit.plugins.wordids.WordIdCodec;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.text.PartSentences;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * {@code ctk register}: lexical diversity ({@link org.corpustoolkit.stats.LexicalDiversity}) and register
 * features (after Biber 1988) per document and for the corpus, and with {@code --compare} each
 * document's profile as z-scores. Part-of-speech features come from the first bound {@link TagSource}
 * that supports the language, else from the {@link HeuristicTagSource} fallback.
 *
 * <p>A large file is read in parts ({@link AnalysisContext#mapSegments}) on every core: each part is
 * tagged and counted on a worker ({@link RegisterCounter}, which looks within sentences only), and the
 * parts come back in text order, so that a document's counts are the sum of its parts' and its word ids
 * are folded in text order ({@link LexicalFold}: frequency spectrum, MSTTR, MATTR, MTLD forward) for the
 * document and for the corpus. {@link PartSentences} checks that every sentence lies in one part; if
 * not, the corpus is read again from whole documents. MTLD's backward pass reads the word ids kept
 * compressed ({@link KeptIds}) from the last part to the first. Memory: a few ints per vocabulary entry,
 * the window, the parts in flight, a row per document, and the kept ids (at most {@link #KEPT_WORDS} in
 * memory, the rest in a temporary file). The rows are those of the whole-document computation,
 * bit for bit, whatever {@code --threads} and the part size.
 */
public final class RegisterAnalyser implements Analyser<RegisterOptions> {
  static final String HELP = """
      Tokens are word tokens (words, numbers, ideographs, kana) by counting form (case-folded unless \
      --case-sensitive), as in ctk frequency. The corpus row treats the corpus as one text, documents \
      in corpus order.
      Lexical diversity (N tokens, V types, V(i) types occurring i times): ttr = V/N; msttr = mean TTR \
      of consecutive --segment-token segments, remainder dropped (Johnson 1944); mattr = mean TTR of \
      every --window-token window (Covington & McFall 2010); mtld: a factor ends when the running TTR \
      falls to 0.72 or below (as LexicalRichness and TAALED; koRpus uses strictly below), the rest is a \
      partial factor, N/factors averaged over a forward and a backward pass (McCarthy & Jarvis 2010); \
      hdd = sum over types of the hypergeometric probability that the type occurs in 42 random tokens \
      (McCarthy & Jarvis 2007; the SUM, some tools report the mean = sum/42); yule_k = 10^4 (sum \
      i^2 V(i) - N)/N^2 (Yule 1944); guiraud_r = V/sqrt(N) (Guiraud 1954); herdan_c = log V/log N \
      (Herdan 1960); maas_a2 = (log10 N - log10 V)/(log10 N)^2, BASE-10 logs (Maas 1972).
      Register features, rates per 1,000 word tokens unless stated (feature numbers of D. Biber, \
      Variation across Speech and Writing, 1988, Appendix II):
        lexical_density: content words (UPOS NOUN, PROPN, VERB, ADJ, ADV) / word tokens, a proportion \
      (after Ure 1971). mean_word_length: letters per word of kind word (f.43). mean_sentence_length, \
      sd_sentence_length: word tokens per sentence (sentences with a word token), population SD.
        nouns (UPOS NOUN; f.16), verbs (VERB, not AUX), adjectives (ADJ; f.39-40), adverbs (ADV; f.42).
        first_person (I me we us my our myself ourselves mine ours; f.6), second_person (you your \
      yourself yourselves yours, thou thee thy thine ye; f.7), third_person (she he they her him them \
      his their himself herself themselves hers theirs, not it; f.8); contracted forms count (I'm).
        contractions (f.59): words ending in n't 'm 're 've 'll 'd, or in 's after a pronoun, let, here, \
      there, that, what, who (not possessive 's after nouns).
        nominalisations (f.14): words of 7 or more letters ending in -tion, -ment, -ness, -ity or their \
      plurals (a surface match: element and cement count too).
        passives (f.17-18, agentless and by-passives together): a form of BE followed, within the \
      sentence and after at most two adverbs or negations, by a past participle (-ed or an irregular \
      participle, not tagged NOUN/PROPN). Adjectival participles (was tired) count too.
        modals (f.52-54): can could may might must shall should will would ought, cannot and the \
      negative contractions (won't, can't ...), and 'll.
        questions: sentences containing a question mark (cf. f.13, direct WH-questions, here all \
      direct questions).
        hedges (f.47): almost, maybe, at about, something like, more or less, sort of and kind of \
      unless after a determiner or adjective (a kind of).
      Part-of-speech tags: from the annotator of --lang (English: OpenNLP with the Universal \
      Dependencies EWT models), else from a bound TagSource for the language; \
      otherwise, or with --pos-tags heuristic (much faster on large corpora), a FALLBACK heuristic \
      tagger (word lists and suffixes) is used and the output says so \
      (pos_tags: heuristic). The word lists are English.
      --compare: each document's features as z = (value - mean)/SD, mean and sample SD (n-1) over the \
      corpus's documents, or over the documents of --reference; empty where SD is 0 or there are fewer \
      than 2 documents. --format html shows a heat map.
      Empty cells: a measure undefined for the text (msttr/mattr shorter than one segment/window, hdd \
      under 42 tokens, herdan_c/maas_a2 with N <= 1, no word tokens); never NaN.
      Large files: a file of more than 2 MB is read in parts of about 1 MB, cut at line breaks, tagged \
      and counted on every core; if a cut could change a sentence of the whole file, the corpus is \
      read again from whole files. Every feature looks within one sentence, and the word ids are \
      folded in text order (parts of a document in order, documents in corpus order), so the rows are \
      those of whole files either way, whatever --threads. Memory is bounded by the vocabulary, not by \
      the corpus: no text is kept, and only MTLD's backward pass keeps the word ids, compressed (1 to \
      3 bytes a word), in memory up to 16 million words and beyond that in a temporary file in \
      java.io.tmpdir (about a fifth of the size of English text, deleted at the end of the run; \
      JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=DIR moves it); if that file cannot be written they stay in \
      memory, with a warning.""";

  /**
   * Word ids kept in memory for the backward pass of MTLD (compressed, one or two bytes a word of
   * English, about 25 MB at most); the ids of larger corpora go to a temporary file. The system
   * property {@code ctk.keptWords} overrides it (for measurements), as for {@code ctk frequency}.
   */
  static final long KEPT_WORDS = Long.getLong("ctk.keptWords", 1 << 24);

  private final Set<TagSource> tagSources;
  private final long keptWords;
  /** Where the temporary file of word ids is made; null for {@code java.io.tmpdir}. */
  private final Path spillDirectory;

  /** @param tagSources annotators bound by plugins (may be empty) */
  @Inject
  public RegisterAnalyser(Set<TagSource> tagSources) {
    this(tagSources, KEPT_WORDS, null);
  }

  /**
   * As above, keeping at most {@code keptWords} word ids in memory and the rest in a temporary file in
   * {@code spillDirectory} (null: {@code java.io.tmpdir}); for tests.
   */
  RegisterAnalyser(Set<TagSource> tagSources, long keptWords, Path spillDirectory) {
    this.tagSources = Set.copyOf(tagSources);
    this.keptWords = keptWords;
    this.spillDirectory = spillDirectory;
  }

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("register", "Lexical diversity and register profile per document",
        HELP, RegisterOptions.ALL, List.of(), RegisterReport.class);
  }

  @Override
  public RegisterOptions options(OptionValues values) {
    return RegisterOptions.from(values);
  }

  @Override
  public RegisterReport analyse(AnalysisContext context, RegisterOptions options) {
    String language = context.textSettings().language();
    TagSource tags = options.heuristicTags() ? new HeuristicTagSource()
        : annotatorTags(context).orElseGet(() -> tagSources.stream()
            .filter(t -> t.supports(language)).min(Comparator.comparing(TagSource::name))
            .orElseGet(HeuristicTagSource::new));
    Profiles target = profiles(context, tags, options);
    if (!options.compare()) {
      return new RegisterReport(options.perDocument() ? target.documents : List.of(),
          Optional.of(target.corpus), false, "", tags.name(), options.segment(), options.window());
    }
    List<RegisterRow> baseline = target.documents;
    String baselineName = "the corpus";
    if (options.reference().isPresent()) {
      Corpus reference = loadReference(context, options.reference().get());
      baseline = profiles(context.withCorpus(reference), tags, options).documents;
      baselineName = "reference " + options.reference().get() + " (" + baseline.size() + " documents)";
    }
    return new RegisterReport(zScores(target.documents, baseline), Optional.empty(), true, baselineName,
        tags.name(), options.segment(), options.window());
  }

  /** The reference corpus, resolved like the corpus arguments (against the CLI's working folder). */
  private static Corpus loadReference(AnalysisContext context, String reference) {
    try {
      return context.corpusResolver().load(List.of(reference));
    } catch (CorpusException e) {
      throw new CorpusException("--reference: " + e.getMessage(), e);
    }
  }

  /** Each document's values as z-scores against the mean and sample SD of the baseline documents. */
  static List<RegisterRow> zScores(List<RegisterRow> documents, List<RegisterRow> baseline) {
    Map<String, double[]> meanSd = new LinkedHashMap<>();
    for (RegisterFeature f : RegisterFeature.ALL) {
      double sum = 0;
      int n = 0;
      for (RegisterRow r : baseline) {
        Double v = r.value(f.name());
        if (v != null) {
          sum += v;
          n++;
        }
      }
      double mean = n == 0 ? Double.NaN : sum / n;
      double squares = 0;
      for (RegisterRow r : baseline) {
        Double v = r.value(f.name());
        if (v != null) {
          squares += (v - mean) * (v - mean);
        }
      }
      meanSd.put(f.name(), new double[] {mean, n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1))});
    }
    List<RegisterRow> out = new ArrayList<>();
    for (RegisterRow r : documents) {
      Map<String, Double> z = new LinkedHashMap<>();
      for (RegisterFeature f : RegisterFeature.ALL) {
        Double v = r.value(f.name());
        double[] ms = meanSd.get(f.name());
        double score = v == null || !(ms[1] > 0) ? Double.NaN : (v - ms[0]) / ms[1];
        z.put(f.name(), Double.isFinite(score) ? score : null);
      }
      out.add(new RegisterRow(r.doc(), r.tokens(), z));
    }
    return out;
  }

  /** The rows of the documents, in corpus order, and of the corpus. */
  record Profiles(List<RegisterRow> documents, RegisterRow corpus) {}

  /** The run's annotator as a tag source, or empty when none is installed for the language. */
  private static Optional<TagSource> annotatorTags(AnalysisContext context) {
    try {
      return Optional.of(new AnnotatorTagSource(context.requireTags()));
    } catch (org.corpustoolkit.spi.UsageException noAnnotator) {
      return Optional.empty();
    }
  }

  /**
   * The rows of {@code context}'s corpus: read in parts on every core if each sentence lies in one part
   * ({@link PartSentences}), else again from whole documents; with the ids in memory if the spill file
   * cannot be written.
   */
  Profiles profiles(AnalysisContext context, TagSource tags, RegisterOptions options) {
    Reading reading = read(context, tags, options, true, keptWords);
    if (reading.notExact()) {
      reading = read(context, tags, options, false, keptWords);
    }
    if (reading.spillFailed()) {
      context.warn("could not write the temporary file of word ids in "
          + (spillDirectory != null ? spillDirectory : System.getProperty("java.io.tmpdir"))
          + "; keeping them in memory");
      reading = read(context, tags, options, reading.inParts(), Long.MAX_VALUE);
    }
    return reading.profiles();
  }

  /**
   * One reading of the corpus: {@code profiles} is null if the parts' sentences were not those of the
   * whole documents ({@code notExact}) or the spill file failed ({@code spillFailed}).
   */
  record Reading(Profiles profiles, boolean inParts, boolean notExact, boolean spillFailed,
      long spilledBytes) {}

  /**
   * Reads the corpus once, in parts ({@link AnalysisContext#mapSegments}) or whole documents
   * ({@link AnalysisContext#mapDocuments}): on the workers, each part is tagged and counted
   * ({@link RegisterCounter}) and its word ids compressed; here, in text order, the counts of a
   * document's parts are added up, the ids folded into the document's and the corpus's
   * {@link LexicalFold} and kept ({@link KeptIds}, at most {@code budget} words in memory) for the
   * backward pass of MTLD, which then reads them from the last part to the first.
   */
  Reading read(AnalysisContext context, TagSource tags, RegisterOptions options, boolean inParts,
      long budget) {
    RegisterCounter counter = new RegisterCounter(tags);
    PartSentences sentences = new PartSentences();
    LexicalFold document = new LexicalFold(options.segment(), options.window(), true);
    LexicalFold corpus = new LexicalFold(options.segment(), options.window(), false);
    List<Folded> folded = new ArrayList<>();
    RegisterCounts total = new RegisterCounts();
    int bound = 0;
    try (IdSpill spill = budget == Long.MAX_VALUE ? null : new IdSpill(spillDirectory)) {
      KeptIds kept = new KeptIds(budget, spill);
      try (Stream<Part> parts = inParts ? context.mapSegments(() -> counter, RegisterAnalyser::part)
          : context.mapDocuments(() -> counter, RegisterAnalyser::part)) {
        Iterator<Part> it = parts.iterator();
        int current = -1;
        String id = null;
        RegisterCounts counts = null;
        while (it.hasNext()) {
          Part part = it.next();
          if (part.sentences() != null) {
            sentences.merge(part.sentences());
          }
          if (part.document() != current) {
            if (current >= 0) {
              folded.add(Folded.of(id, counts, document.finish(), total));
            }
            current = part.document();
            id = part.id();
            counts = new RegisterCounts();
          }
          counts.add(part.counts());
          if (part.idBound() > bound) {
            bound = part.idBound();
            document.ensure(bound);
            corpus.ensure(bound);
          }
          document.add(part.ids());
          corpus.add(part.ids());
          kept.add(folded.size(), part.ids().length, part.encoded());
        }
        if (current >= 0) {
          folded.add(Folded.of(id, counts, document.finish(), total));
        }
      }
      long spilled = spill == null ? 0 : spill.size();
      if (inParts && !sentences.exact()) {
        return new Reading(null, true, true, false, spilled);
      }
      if (kept.failed()) {
        return new Reading(null, inParts, false, true, spilled);
      }
      LexicalFold.Values whole = corpus.finish();
      // The backward pass of MTLD: the kept ids from the last part to the first.
      MtldPass documentBackward = new MtldPass();
      MtldPass corpusBackward = new MtldPass();
      documentBackward.ensure(bound);
      corpusBackward.ensure(bound);
      double[] backward = new double[folded.size()];
      int at = -1;
      for (int k = kept.size() - 1; k >= 0; k--) {
        if (kept.document(k) != at) {
          if (at >= 0) {
            backward[at] = documentBackward.finish();
          }
          at = kept.document(k);
        }
        int[] ids = kept.ids(k);
        for (int i = ids.length - 1; i >= 0; i--) {
          documentBackward.add(ids[i]);
          corpusBackward.add(ids[i]);
        }
      }
      if (at >= 0) {
        backward[at] = documentBackward.finish();
      }
      List<RegisterRow> rows = new ArrayList<>();
      for (int d = 0; d < folded.size(); d++) {
        Folded f = folded.get(d);
        RegisterFeature.setMtld(f.values(), f.mtldForward(), backward[d]);
        rows.add(new RegisterRow(f.id(), f.tokens(), f.values()));
      }
      RegisterRow corpusRow = new RegisterRow(RegisterReport.CORPUS_ROW, whole.tokens(),
          RegisterFeature.values(total, whole, corpusBackward.finish()));
      return new Reading(new Profiles(rows, corpusRow), inParts, false, false, spilled);
    }
  }

  /**
   * A document's values, all but MTLD, which waits for the backward pass: only the values are kept,
   * not the document's frequency spectrum.
   */
  private record Folded(String id, long tokens, Map<String, Double> values, double mtldForward) {
    static Folded of(String id, RegisterCounts counts, LexicalFold.Values lexical,
        RegisterCounts total) {
      total.add(counts);
      return new Folded(id, lexical.tokens(), RegisterFeature.values(counts, lexical, Double.NaN),
          lexical.mtldForward());
    }
  }

  /**
   * What a worker makes of a document or part: its counts, word ids (also compressed), one more than
   * the largest id, and the sentence edges of a part ({@link PartSentences}; null for a whole document).
   */
  private record Part(int document, String id, RegisterCounts counts, int[] ids, byte[] encoded,
      int idBound, PartSentences sentences) {}

  /** Tags and counts a document or part, on a worker. */
  private static Part part(RegisterCounter counter, TokenizedDocument doc) {
    // Counted first: the counter tokenizes the text, and the word ids then come from those tokens
    // instead of a second scan of the bytes.
    RegisterCounts counts = counter.count(doc);
    int[] ids = doc.wordIds();
    int bound = 0;
    for (int id : ids) {
      bound = Math.max(bound, id + 1);
    }
    PartSentences sentences = null;
    if (doc.isPartial()) {
      sentences = new PartSentences();
      sentences.add(doc.document());
    }
    return new Part(doc.documentIndex(), doc.document().id(), counts, ids,
        WordIdCodec.encode(ids), bound, sentences);
  }
}
