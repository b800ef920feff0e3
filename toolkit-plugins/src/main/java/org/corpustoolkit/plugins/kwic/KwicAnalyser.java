package org.corpustoolkit.plugins.kwic;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.TokenAttributes;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.text.TextProcessor;

/**
 * {@code ctk kwic QUERY}: keyword in context. Finds the matches of a query (the language of
 * {@link org.corpustoolkit.query}) and shows each with its left and right context, sorted
 * ({@code --sort L1,R1}), sampled ({@code --sample N --seed S}) or limited ({@code --limit N}), and
 * draws a concordance plot.
 *
 * <p>The corpus is read in parts ({@link AnalysisContext#mapSegments}): workers search each part
 * between its safe cuts ({@link PartScanner}) and one thread puts the parts back together in text
 * order ({@link HitFinder}), so a large file is searched on every core, never held whole, and gives
 * exactly the lines of the whole file. Without {@code --sort} or {@code --sample} the concordance
 * streams: parts are searched as lines are written and the search stops at {@code --limit} (unless
 * {@code --count-all}). With them, every hit is found first; only the lines to show are kept for a
 * sample (bottom-k sampling), every line for a sort.
 */
public final class KwicAnalyser implements Analyser<KwicOptions> {
  static final String HELP = """
      Query language (as in CQP and Sketch Engine, on the counting form):
        china                   a word; case is ignored unless --case-sensitive
        bilat*  wom?n           wildcards: * any characters, ? one character
        /colou?r/               a regular expression matching the whole word
        "in the"                a phrase; each part is a regular expression: "ti.*"
        [word="ti.*"]           a token whose attribute matches the regular expression
        [word="china" & kind="word"]   & (and), | (or), ! (not), parentheses
        [word!="the"]           any token but "the"
        [surface="US"]          attributes: word (counting form), surface (as
                                written, case-sensitive), kind (word, number,
                                ideographic, kana, punctuation, symbol, url, email)
        [lemma="be"]            lemma: be, is, are, was, were, been (case as word)
        [pos="NOUN"]            pos: Universal Dependencies tag, upper case:
                                ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART
                                PRON PROPN PUNCT SCONJ SYM VERB X
        [pos="NOUN|PROPN"]      a regular expression over tags, as for word
        "the" [pos="ADJ"]* [pos="NOUN"]   the, any adjectives, a noun
        [surface="us"%c]        %c after a string ignores case
        []                      any token, punctuation included
        []{0,2}  ?  *  +        repeat the token or group just before (no space)
        ("a"|"an") issue        alternatives of sequences
      lemma and pos come from the annotator of --lang (English: Apache OpenNLP with its Universal \
      Dependencies models; see ctk frequency --by pos). Documents are tagged only when the query \
      uses lemma or pos, and lemmatised only when it uses lemma; with no annotator for --lang such a query is a usage error (exit 2). A pos \
      pattern that matches no tag ([pos="NUON"]) is an error listing the tags.
      Matching: queries run over all tokens, punctuation included. Matches are leftmost-longest \
      and non-overlapping, as in CQP: the earliest possible start wins, then the longest match from \
      there, and the search resumes after it ("a" "a" finds 2 matches in a a a a). A match stays \
      within one sentence unless --cross-sentences (then it may be up to 1000 tokens). A query that \
      could match zero tokens is rejected. A bad query is one error line naming the column (exit \
      2).
      Lines: doc, sentence, start and end (character offsets of the node, UTF-16, end exclusive), \
      left, node, right. Context is --width word tokens on each side (punctuation between them \
      shown), or --chars characters; whitespace and line breaks show as one space. The text format \
      aligns nodes as AntConc does and ends with 'N hits in D documents' (also in the json \
      summary).
      --limit N: without --sort, --sample or --count-all the search stops at the N-th hit, so \
      the total is not known; the last line then says what is: '100 lines shown; the search \
      stopped at --limit 100 after 2058879 word tokens, in document 1 of 1; add --count-all to \
      count every hit' (the json summary has search_complete false, hits and \
      word_tokens_searched up to the last line shown). With --count-all the search reads on to \
      count every hit: 'N hits in D documents; showing the first 100'.
      Large files: a file is read in parts of about 1 MB, searched on every core and joined \
      again where it was cut, so lines, sentence numbers and offsets are those of the whole file \
      and memory stays small. Whether a line break ends a sentence depends on the file's layout \
      (one paragraph per line if the median line has 200 characters or more, else hard-wrapped), \
      measured first by a quick scan of its bytes. Queries on lemma or pos (tagged sentence by sentence), --cross-sentences, \
      standard input (it cannot be scanned twice) and files that are not valid UTF-8 read each \
      document whole.
      --sort compares counting forms in code point order, most significant key first; a missing \
      word near a document edge sorts first; ties keep corpus order. --sample takes a uniform \
      random sample without replacement: each hit gets a SplitMix64 hash key from (seed, document, \
      position) and the hits with the smallest keys are kept (bottom-k sampling), so the same seed \
      gives the same lines whatever --threads. Sampled lines are shown in corpus order unless \
      --sort is given; --limit applies last.
      Plot (--format html, or --plot alone): per document with hits, its hits, hits per 1,000 word \
      tokens and a bar with a tick where each hit falls (relative position by word tokens), as in \
      AntConc's Plot tool.""";

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("kwic",
        "Keyword in context: concordance lines for a query, sorted, sampled, plotted", HELP,
        KwicOptions.ALL, KwicOptions.PARAMETERS, Concordance.class);
  }

  @Override
  public KwicOptions options(OptionValues values) {
    return KwicOptions.from(values);
  }

  @Override
  public AnalysisResult analyse(AnalysisContext context, KwicOptions options) {
    Query query = Query.parse(options.query(), context.textSettings().caseSensitive(),
        TokenAttributes.annotated());
    // fails now, not mid-run, when --lang has no annotator; a query on pos alone spares the lemmatiser
    query.requireAnnotations(context);
    DocumentLayouts layouts = new DocumentLayouts(context.corpus());
    Supplier<PartScanner> scanners = () -> new PartScanner(query, options, layouts);
    // lemma and pos are tagged sentence by sentence, and a match across sentences can cross any cut:
    // those queries read every document whole; so does standard input, which cannot be read twice
    // to measure its layout (see DocumentLayouts)
    boolean whole = query.needsAnnotations() || options.crossSentences()
        || context.corpus().sources().stream().anyMatch(source -> !source.rereadable());
    Supplier<Stream<ScannedPart>> parts = () -> whole
        ? context.mapDocuments(scanners, PartScanner::scan)
        : context.mapSegments(scanners, PartScanner::scan);
    Contexts contexts = new Contexts(options);
    BiFunction<HitFinder.Sink, Tally, HitFinder> finder = (sink, tally) -> new HitFinder(
        scanners.get(), new TextProcessor(context.textSettings(), context.vocabulary()), layouts,
        contexts, sink, tally);
    int corpusSize = context.corpus().size();
    if (!options.plot() && !options.needsAllHits()) {
      return Concordance.streaming(options, parts.get(), finder, corpusSize);
    }
    HitCollector collector = new HitCollector(options.plot() ? HitCollector.Mode.NONE
        : options.sample() > 0 ? HitCollector.Mode.SAMPLE : HitCollector.Mode.ALL, options);
    Tally tally = new Tally();
    HitFinder hitFinder = finder.apply(collector, tally);
    try (Stream<ScannedPart> stream = parts.get()) {
      stream.forEachOrdered(hitFinder::accept);
    }
    hitFinder.finish();
    if (options.plot()) {
      return new ConcordancePlot(options.query(), tally.plots, tally.hits, tally.documentsSearched,
          tally.wordTokens);
    }
    List<Hit> hits = collector.hits();
    if (!options.sort().isEmpty()) {
      hits.sort(Hit.order(options.sort(), context.vocabulary()));
    }
    if (options.limit() > 0 && hits.size() > options.limit()) {
      hits = hits.subList(0, options.limit());
    }
    return Concordance.collected(options, hits.stream().map(Hit::line).toList(), tally, corpusSize);
  }
}
