package org.corpustoolkit.plugins.collocations;

import java.util.concurrent.atomic.AtomicLong;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.QueryMatcher;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * A node given as a KWIC query ({@code ctk collocations --query QUERY}): every match of the query is
 * one occurrence of the node, and its windows are around the whole match (left of its first word,
 * right of its last word). Matches follow the query language's rule (leftmost-longest,
 * non-overlapping, within one sentence unless {@code --cross-sentences}; see
 * {@link org.corpustoolkit.query}).
 *
 * <p>Queries run over all tokens, but windows count word tokens only: a match's span is the word
 * tokens inside it, punctuation at its edges ignored. A match with no word token at all (a query
 * such as {@code [kind="punctuation"]}) has no word position to put windows around; it is not an
 * occurrence of the node and is counted in {@link #matchesWithoutWords()} instead.
 *
 * <p>A {@link QueryMatcher} is not thread-safe, so the analyser takes one copy per thread from
 * {@link #perThread()}; calling {@link #matches} on the shared instance is safe too (it then makes
 * a matcher for the call).
 */
public final class QueryNodeMatcher implements NodeMatcher {
  private final Query query;
  private final boolean crossSentences;
  /** This thread's matcher; null on the shared instance. */
  private final QueryMatcher matcher;
  private final AtomicLong withoutWords;

  /**
   * Matches {@code query}.
   *
   * @param crossSentences true to let a match span sentence boundaries (as windows then may)
   */
  public QueryNodeMatcher(Query query, boolean crossSentences) {
    this(query, crossSentences, null, new AtomicLong());
  }

  private QueryNodeMatcher(Query query, boolean crossSentences, QueryMatcher matcher,
      AtomicLong withoutWords) {
    this.query = query;
    this.crossSentences = crossSentences;
    this.matcher = matcher;
    this.withoutWords = withoutWords;
  }

  @Override
  public NodeMatcher perThread() {
    return new QueryNodeMatcher(query, crossSentences, query.matcher(crossSentences), withoutWords);
  }

  @Override
  public void matches(TokenizedDocument doc, MatchSink sink) {
    QueryMatcher m = matcher != null ? matcher : query.matcher(crossSentences);
    // Spans come in document order, so one cursor turns token indexes into word indexes.
    int[] cursor = {0, 0}; // next token to look at, word tokens before it
    m.find(doc, (start, end) -> {
      int token = cursor[0];
      int words = cursor[1];
      for (; token < start; token++) {
        if (doc.isWord(token)) {
          words++;
        }
      }
      int first = -1;
      int last = -1;
      for (; token < end; token++) {
        if (doc.isWord(token)) {
          if (first < 0) {
            first = words;
          }
          last = words;
          words++;
        }
      }
      cursor[0] = token;
      cursor[1] = words;
      if (first < 0) {
        withoutWords.incrementAndGet();
      } else {
        sink.match(first, last);
      }
      return true;
    });
  }

  /** A match stays inside a sentence unless crossing sentences. */
  @Override
  public Reach reach() {
    return crossSentences ? Reach.DOCUMENT : Reach.SENTENCE;
  }

  /** Forgets the matches without words counted so far, before the corpus is read again. */
  void forgetCounts() {
    withoutWords.set(0);
  }

  /** Matches found so far (by every thread) that hold no word token and so are not node occurrences. */
  public long matchesWithoutWords() {
    return withoutWords.get();
  }

  /** The query as given. */
  @Override
  public String label() {
    return query.text();
  }

  @Override
  public String toString() {
    return "query " + query.text();
  }
}
