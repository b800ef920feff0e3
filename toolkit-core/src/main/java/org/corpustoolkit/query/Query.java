package org.corpustoolkit.query;

import org.corpustoolkit.spi.UsageException;

/**
 * A parsed and compiled corpus query (see the {@linkplain org.corpustoolkit.query package
 * documentation} for the language). Immutable and thread-safe; each thread finds matches with its own
 * {@link #matcher(boolean)}.
 *
 * <pre>{@code
 * Query query = Query.parse("[word=\"early\"] \"warning\"", context.textSettings().caseSensitive());
 * QueryMatcher matcher = query.matcher(false);   // one per thread
 * for (TokenSpan span : matcher.findAll(doc)) { ... }
 * }</pre>
 *
 * @since 0.1 (experimental)
 */
public final class Query {
  private final String text;
  private final Automaton automaton;
  private final int leaves;
  private final boolean needsAnnotations;
  private final boolean needsLemmas;

  Query(String text, Automaton automaton, int leaves, boolean needsAnnotations, boolean needsLemmas) {
    this.text = text;
    this.automaton = automaton;
    this.leaves = leaves;
    this.needsAnnotations = needsAnnotations;
    this.needsLemmas = needsLemmas;
  }

  /**
   * Parses {@code text} with the standard attributes ({@code word}, {@code surface}, {@code kind}).
   *
   * @param caseSensitive true if counting forms keep case ({@code --case-sensitive}): then patterns on
   *     {@code word} are matched with case
   * @throws UsageException one line, naming the column (1-based, in characters) where the query went
   *     wrong
   */
  public static Query parse(String text, boolean caseSensitive) {
    return parse(text, caseSensitive, TokenAttributes.standard());
  }

  /**
   * Parses {@code text}, allowing the attributes in {@code attributes} (for example
   * {@link TokenAttributes#annotated()} to allow {@code lemma} and {@code pos}).
   */
  public static Query parse(String text, boolean caseSensitive, TokenAttributes attributes) {
    return new QueryParser(text, caseSensitive, attributes).parse();
  }

  /** The query as given. */
  public String text() {
    return text;
  }

  /**
   * True if the query tests an attribute that reads {@link
   * org.corpustoolkit.text.TokenizedDocument#annotations()} ({@code lemma}, {@code pos}; see {@link
   * TokenAttribute#needsAnnotations()}). An analyser then calls {@link
   * org.corpustoolkit.spi.AnalysisContext#requireAnnotations()} before reading documents, so that a
   * missing annotator is one clear error; a query without them never triggers tagging.
   */
  public boolean needsAnnotations() {
    return needsAnnotations;
  }

  /**
   * True if the query tests an attribute that reads lemmas ({@link TokenAttribute#needsLemmas()}).
   * A query that {@linkplain #needsAnnotations() needs annotations} but no lemma (only {@code pos})
   * lets the analyser call {@link org.corpustoolkit.spi.AnalysisContext#requireTags()} instead of
   * {@code requireAnnotations()}, which spares the lemmatiser.
   *
   * @since 0.5
   */
  public boolean needsLemmas() {
    return needsLemmas;
  }

  /**
   * Calls {@link org.corpustoolkit.spi.AnalysisContext#requireAnnotations()} if the query reads lemmas,
   * else {@link org.corpustoolkit.spi.AnalysisContext#requireTags()} if it reads tags, else nothing:
   * what an analyser running this query calls before reading documents.
   *
   * @since 0.5
   */
  public void requireAnnotations(org.corpustoolkit.spi.AnalysisContext context) {
    if (needsLemmas) {
      context.requireAnnotations();
    } else if (needsAnnotations) {
      context.requireTags();
    }
  }

  /**
   * A new matcher for one thread.
   *
   * @param crossSentences true to let a match span sentence boundaries (as CQP does without a
   *     {@code within} clause); false to keep every match inside one sentence
   */
  public QueryMatcher matcher(boolean crossSentences) {
    return new QueryMatcher(automaton, leaves, crossSentences);
  }

  @Override
  public String toString() {
    return text;
  }
}
