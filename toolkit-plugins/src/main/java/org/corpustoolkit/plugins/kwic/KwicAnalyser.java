package org.corpustoolkit.plugins.kwic;

import java.util.List;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.TokenAttributes;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.OptionValues;

/**
 * {@code ctk kwic QUERY}: keyword in context. Finds the matches of a query (the language of
 * {@link org.corpustoolkit.query}) and shows each with its left and right context, sorted
 * ({@code --sort L1,R1}), sampled ({@code --sample N --seed S}) or limited ({@code --limit N}), and
 * draws a concordance plot.
 *
 * <p>Without {@code --sort} or {@code --sample} the concordance streams: documents are searched as
 * lines are written, one at a time, and the search stops at {@code --limit}. With them, every document
 * is searched in parallel first; only the lines to show are kept in memory for a sample (bottom-k
 * sampling), every line for a sort.
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
      uses lemma or pos; with no annotator for --lang such a query is a usage error (exit 2). A pos \
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
    if (query.needsAnnotations()) {
      context.requireAnnotations(); // fails now, not mid-run, when --lang has no annotator
    }
    if (options.plot()) {
      HitCollector all = collect(context, query, options, HitCollector.Mode.NONE);
      return new ConcordancePlot(options.query(), all.plots(), all.hitCount(), all.documents(),
          all.wordTokens());
    }
    if (!options.needsAllHits()) {
      return Concordance.streaming(options, context, query.matcher(options.crossSentences()));
    }
    HitCollector all = collect(context, query, options,
        options.sample() > 0 ? HitCollector.Mode.SAMPLE : HitCollector.Mode.ALL);
    List<Hit> hits = all.hits();
    if (!options.sort().isEmpty()) {
      hits.sort(Hit.order(options.sort(), context.vocabulary()));
    }
    if (options.limit() > 0 && hits.size() > options.limit()) {
      hits = hits.subList(0, options.limit());
    }
    Tally tally = new Tally();
    tally.hits = all.hitCount();
    tally.documentsWithHits = all.plots().size();
    tally.documentsSearched = all.documents();
    tally.wordTokens = all.wordTokens();
    tally.plots.addAll(all.plots());
    return Concordance.collected(options, hits.stream().map(Hit::line).toList(), tally,
        context.corpus().size());
  }

  private static HitCollector collect(AnalysisContext context, Query query, KwicOptions options,
      HitCollector.Mode mode) {
    return context.processDocuments(() -> new HitCollector(mode, query, options),
        HitCollector::add, HitCollector::merge);
  }
}
