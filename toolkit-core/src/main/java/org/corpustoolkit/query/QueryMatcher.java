package org.corpustoolkit.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;

/**
 * Finds the matches of a {@link Query} in tokenized documents. Not thread-safe: make one per thread
 * with {@link Query#matcher(boolean)} (for example in the state supplier of
 * {@link org.corpustoolkit.spi.AnalysisContext#processDocuments}). A matcher remembers, per counting
 * form, whether it satisfied each condition, so a frequent word is tested once per run.
 *
 * <p>Matching rule, as in CQP: matches are <em>leftmost-longest and non-overlapping</em>. Scanning a
 * document from its first token, the first position at which the query can match starts a match; of
 * the matches starting there the longest is taken; scanning resumes at the token after it. With
 * {@code crossSentences} false (the default in ctk) a match never spans two sentences.
 *
 * @since 0.1 (experimental)
 */
public final class QueryMatcher {
  /** Longest match considered, in tokens: bounds the work of {@code []*} on very long sentences. */
  public static final int MAX_MATCH_TOKENS = 1000;

  private final Automaton automaton;
  private final boolean crossSentences;
  private final byte[][] caches;
  /** One reusable regex matcher per leaf condition, made on first use. */
  private final Matcher[] regexes;
  private Vocabulary cachedFor;
  private int[] current;
  private int[] next;
  private final int[] stamp;
  private int generation;
  private final int[] initial;
  private int[] stack = new int[16];
  /** The sentence numbers given to the running {@link #find}, or null to ask the document. */
  private int[] sentences;
  private int sentenceBase;

  QueryMatcher(Automaton automaton, int leaves, boolean crossSentences) {
    this.automaton = automaton;
    this.crossSentences = crossSentences;
    this.caches = new byte[leaves][];
    this.regexes = new Matcher[leaves];
    int n = automaton.size();
    this.current = new int[n];
    this.next = new int[n];
    this.stamp = new int[n];
    int[] start = new int[n];
    int count = closure(automaton.start, start, 0);
    this.initial = Arrays.copyOf(start, count);
  }

  /** Receives matches; returns false to stop the search. */
  @FunctionalInterface
  public interface SpanConsumer {
    boolean accept(int start, int end);
  }

  /** All matches in {@code doc}, in document order. */
  public List<TokenSpan> findAll(TokenizedDocument doc) {
    List<TokenSpan> spans = new ArrayList<>();
    find(doc, (s, e) -> spans.add(new TokenSpan(s, e)));
    return spans;
  }

  /**
   * Hands the matches in {@code doc} to {@code consumer} in document order, as token index pairs
   * {@code [start, end)}, until it returns false. Returns false if the consumer stopped the search.
   */
  public boolean find(TokenizedDocument doc, SpanConsumer consumer) {
    return find(doc, 0, doc.size(), null, consumer);
  }

  /**
   * As {@link #find(TokenizedDocument, SpanConsumer)}, over tokens {@code [from, to)} of {@code doc}
   * only (as if the document held just them), with the sentence of token {@code i} read from
   * {@code sentences[i - from]} instead of {@link TokenizedDocument#sentence(int)}, or from the document
   * if {@code sentences} is null: for a part of a large document, whose sentences are numbered by
   * the caller across parts. Spans are token indexes of {@code doc}.
   *
   * @since 0.4
   */
  public boolean find(TokenizedDocument doc, int from, int to, int[] sentences,
      SpanConsumer consumer) {
    if (from < 0 || to > doc.size() || from > to
        || (sentences != null && sentences.length < to - from)) {
      throw new IllegalArgumentException("bad token range [" + from + ", " + to + ")");
    }
    if (doc.vocabulary() != cachedFor) {
      Arrays.fill(caches, null);
      cachedFor = doc.vocabulary();
    }
    this.sentences = sentences;
    this.sentenceBase = from;
    try {
      return scan(doc, from, to, consumer);
    } finally {
      this.sentences = null;
    }
  }

  private boolean scan(TokenizedDocument doc, int from, int n, SpanConsumer consumer) {
    int pos = from;
    while (pos < n) {
      if (!canStartAt(doc, pos)) {
        pos++;
        continue;
      }
      int end = longestAt(doc, pos, n);
      if (end > pos) {
        if (!consumer.accept(pos, end)) {
          return false;
        }
        pos = end;
      } else {
        pos++;
      }
    }
    return true;
  }

  /**
   * False if no match can start at {@code pos}: no first-token condition holds there. Most positions
   * fail this cheap test (a word query fails it at every other word), so the state-set simulation
   * runs only where a match may start.
   */
  private boolean canStartAt(TokenizedDocument doc, int pos) {
    for (int s : initial) {
      if (automaton.type(s) != Automaton.TEST || automaton.condition(s).test(this, doc, pos)) {
        return true;
      }
    }
    return false;
  }

  /** End of the longest match starting at {@code start}, or -1. */
  private int longestAt(TokenizedDocument doc, int start, int n) {
    int limit = Math.min(n, start + MAX_MATCH_TOKENS);
    int sentence = sentence(doc, start);
    int[] states = current;
    System.arraycopy(initial, 0, states, 0, initial.length);
    int count = initial.length;
    int best = -1;
    for (int pos = start; pos < limit && count > 0; pos++) {
      if (!crossSentences && sentence(doc, pos) != sentence) {
        break;
      }
      nextGeneration();
      int nextCount = 0;
      boolean matched = false;
      for (int k = 0; k < count; k++) {
        int s = states[k];
        if (automaton.type(s) == Automaton.TEST && automaton.condition(s).test(this, doc, pos)) {
          nextCount = closureInto(automaton.out1(s), next, nextCount);
        }
      }
      for (int k = 0; k < nextCount; k++) {
        if (automaton.type(next[k]) == Automaton.MATCH) {
          matched = true;
          break;
        }
      }
      if (matched) {
        best = pos + 1;
      }
      int[] swap = states;
      states = next;
      next = swap;
      count = nextCount;
    }
    current = states;
    return best;
  }

  private int sentence(TokenizedDocument doc, int token) {
    return sentences == null ? doc.sentence(token) : sentences[token - sentenceBase];
  }

  private void nextGeneration() {
    if (generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 0;
    }
    generation++;
  }

  private int closure(int state, int[] into, int count) {
    nextGeneration();
    return closureInto(state, into, count);
  }

  /** Adds {@code state} and every state reachable from it without consuming a token. */
  private int closureInto(int state, int[] into, int count) {
    int top = 0;
    stack[top++] = state;
    while (top > 0) {
      int s = stack[--top];
      if (stamp[s] == generation) {
        continue;
      }
      stamp[s] = generation;
      if (automaton.type(s) == Automaton.SPLIT) {
        if (top + 2 > stack.length) {
          stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top++] = automaton.out2(s);
        stack[top++] = automaton.out1(s);
      } else {
        into[count++] = s;
      }
    }
    return count;
  }

  /** This thread's matcher for {@code pattern}, the pattern of leaf condition {@code leaf}. */
  Matcher regex(int leaf, Pattern pattern) {
    Matcher m = regexes[leaf];
    if (m == null) {
      m = pattern.matcher("");
      regexes[leaf] = m;
    }
    return m;
  }

  int cached(int leaf, int key) {
    byte[] cache = caches[leaf];
    return cache == null || key >= cache.length ? 0 : cache[key];
  }

  void cache(int leaf, int key, boolean matches) {
    byte[] cache = caches[leaf];
    if (cache == null || key >= cache.length) {
      int size = Math.max(key + 1, cache == null ? 1024 : cache.length * 2);
      cache = cache == null ? new byte[size] : Arrays.copyOf(cache, size);
      caches[leaf] = cache;
    }
    cache[key] = (byte) (matches ? 1 : 2);
  }
}
