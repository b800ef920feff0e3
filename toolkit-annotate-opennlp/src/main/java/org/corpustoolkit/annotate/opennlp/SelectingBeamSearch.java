package org.corpustoolkit.annotate.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * The k-best beam search of OpenNLP's {@code opennlp.tools.ml.BeamSearch} (Ratnaparkhi 1998, as
 * OpenNLP 2.5.4 implements it), giving the same best sequence, computed with less work per token:
 *
 * <ul>
 *   <li><b>The threshold by selection, not by sorting.</b> At each token and for each sequence in the
 *       beam, OpenNLP copies and sorts all the model's outcome probabilities to read the k-th largest
 *       ({@code temp_scores[max(0, n - k)]} after {@code Arrays.sort}) and extends the sequence with
 *       every outcome at least as probable. The lemmatiser of the UD English EWT model weighs a few
 *       thousand edit-script outcomes per token, so the sort was half of all the time of annotation.
 *       Here the k largest values are kept in a small sorted buffer in one pass, ordered as
 *       {@link Arrays#sort(double[])} orders them ({@link Double#compare}), so the threshold is the same
 *       double.</li>
 *   <li><b>One evaluation per distinct context.</b> The sequences of the beam often build the same
 *       context at a token (a context generator reads only some of the earlier decisions; the
 *       lemmatiser's reads the previous one), and frequent words bring the same context back token
 *       after token (the lemmatiser's context is the word, its tag and the previous decision). The
 *       model is a pure function of the context, so equal contexts (compared by content) reuse the
 *       first evaluation's probabilities: those of the current token always, and, given a cache size,
 *       those of the most recently used contexts of earlier tokens.</li>
 *   <li><b>Sequences as a chain of nodes</b> (outcome and parent), not copied lists: extending one is
 *       constant work. A node's score is its parent's plus {@code StrictMath.log(p)}, as
 *       {@code opennlp.tools.util.Sequence} adds it, and nodes compare as {@code Sequence} compares, so
 *       the priority queues (filled in the same order) hand out the same sequences.</li>
 * </ul>
 *
 * <p>Not thread-safe: one per thread, over a shared (immutable) model.
 */
final class SelectingBeamSearch {
  /** OpenNLP's {@code BeamSearch.zeroLog}: the least score a sequence may have. */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  /** What OpenNLP's BeamSearch gives the context generator for a null additional context. */
  private static final Object[] NO_CONTEXT = new Object[0];

  private final int size;
  private final MaxentModel model;
  private final double[] top;
  private final String[] outcomeNames;
  /** Contexts already evaluated at the current token, and their probabilities. */
  private final ArrayList<String[]> seenContexts = new ArrayList<>();
  private final ArrayList<double[]> seenScores = new ArrayList<>();
  /** The probabilities of recently evaluated contexts, least recently used first; or null. */
  private final LinkedHashMap<Context, double[]> recent;

  /**
   * @param size the beam size k (OpenNLP's model manifest property {@code BeamSize}, default 3)
   * @param model the maximum-entropy model that scores the outcomes of a context
   */
  SelectingBeamSearch(int size, MaxentModel model) {
    this(size, model, 0);
  }

  /**
   * As above, remembering the probabilities of the {@code cacheSize} most recently used contexts across
   * tokens and sentences (each an array of one double per outcome).
   */
  SelectingBeamSearch(int size, MaxentModel model, int cacheSize) {
    if (size < 1) {
      throw new IllegalArgumentException("beam size " + size);
    }
    this.size = size;
    this.model = model;
    this.top = new double[size];
    this.outcomeNames = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomeNames.length; i++) {
      outcomeNames[i] = model.getOutcome(i);
    }
    this.recent = cacheSize <= 0 ? null : new LinkedHashMap<>(2 * cacheSize, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Context, double[]> eldest) {
        return size() > cacheSize;
      }
    };
  }

  /** A context as a map key: equal when its strings are, hashed once. */
  private record Context(String[] features, int hash) {
    Context(String[] features) {
      this(features, Arrays.hashCode(features));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Context c && c.hash == hash && Arrays.equals(c.features, features);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A sequence of outcomes, as a node whose parent is the sequence one outcome shorter. */
  private static final class Node implements Comparable<Node> {
    private static final String[] NONE = new String[0];
    final Node parent;
    final String outcome;
    final double score;
    final int length;
    /** All the outcomes, once {@link #outcomes()} has been asked for; else null. */
    private String[] outcomes;

    /** The empty sequence. */
    Node() {
      parent = null;
      outcome = null;
      score = 0;
      length = 0;
      outcomes = NONE;
    }

    Node(Node parent, String outcome, double probability) {
      this.parent = parent;
      this.outcome = outcome;
      this.score = parent.score + StrictMath.log(probability);
      this.length = parent.length + 1;
    }

    /**
     * The outcomes from the first, as an array of exactly {@link #length} (OpenNLP's beam search gives
     * the context generator and the validator such an array). Made from the parent's array, which was
     * made when the parent was taken from the beam (a node is extended only then): one copy, not a walk
     * up the chain, whose cost grew with the square of the sentence's length (14% of all the time of
     * {@code ctk register} on English, benchmarks/RESULTS.md, session 8).
     */
    String[] outcomes() {
      String[] made = outcomes;
      if (made == null) {
        made = Arrays.copyOf(parent.outcomes(), length);
        made[length - 1] = outcome;
        outcomes = made;
      }
      return made;
    }

    /**
     * Forgets the array of outcomes, once no node can be extended from a child of this one (else the
     * arrays of a chain would hold the square of a long sentence's length).
     */
    void release() {
      if (length > 0) {
        outcomes = null;
      }
    }

    /** As {@code opennlp.tools.util.Sequence#compareTo}: the higher score first. */
    @Override
    public int compareTo(Node other) {
      if (score < other.score) {
        return 1;
      }
      if (score > other.score) {
        return -1;
      }
      return 0;
    }
  }

  /**
   * The best sequence of outcomes for {@code sequence}, as OpenNLP's
   * {@code BeamSearch.bestSequence(sequence, additionalContext, generator, validator)} finds it, or null
   * if there is none. The outcomes are the model's, unconverted.
   */
  <T> String[] bestSequence(T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> generator, SequenceValidator<T> validator) {
    Queue<Node> prev = new PriorityQueue<>(size);
    Queue<Node> next = new PriorityQueue<>(size);
    prev.add(new Node());
    if (additionalContext == null) {
      additionalContext = NO_CONTEXT;
    }
    // the nodes taken from the beam at the token before, whose arrays of outcomes the children taken
    // at this token copy, and at the token before that
    Node[] taken = new Node[size];
    Node[] takenBefore = new Node[size];
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      seenContexts.clear();
      seenScores.clear();
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Node head = prev.remove();
        String[] outcomes = head.outcomes();
        taken[sc] = head;
        String[] contexts = generator.getContext(i, sequence, outcomes, additionalContext);
        double[] scores = scores(contexts);
        double min = threshold(scores);
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            String out = outcomeNames[p];
            if (validator.validSequence(i, sequence, outcomes, out)) {
              Node extended = new Node(head, out, scores[p]);
              if (extended.score > MIN_SEQUENCE_SCORE) {
                next.add(extended);
              }
            }
          }
        }
        if (next.isEmpty()) { // no sequence advanced: advance every valid outcome
          for (int p = 0; p < scores.length; p++) {
            String out = outcomeNames[p];
            if (validator.validSequence(i, sequence, outcomes, out)) {
              Node extended = new Node(head, out, scores[p]);
              if (extended.score > MIN_SEQUENCE_SCORE) {
                next.add(extended);
              }
            }
          }
        }
      }
      for (int t = 0; t < size; t++) {
        if (takenBefore[t] != null) {
          takenBefore[t].release();
        }
      }
      Node[] swapTaken = takenBefore;
      takenBefore = taken;
      taken = swapTaken;
      Arrays.fill(taken, null);
      prev.clear();
      Queue<Node> swap = prev;
      prev = next;
      next = swap;
    }
    return prev.isEmpty() ? null : prev.remove().outcomes();
  }

  /**
   * The model's probabilities for {@code contexts} (never changed by the caller: they may be shared),
   * evaluated once per distinct context at a token, and once while it stays in the cache.
   */
  private double[] scores(String[] contexts) {
    for (int c = 0; c < seenContexts.size(); c++) {
      if (Arrays.equals(seenContexts.get(c), contexts)) {
        return seenScores.get(c);
      }
    }
    Context key = recent == null ? null : new Context(contexts);
    double[] scores = key == null ? null : recent.get(key);
    if (scores == null) {
      scores = model.eval(contexts, new double[outcomeNames.length]);
      if (key != null) {
        recent.put(key, scores);
      }
    }
    seenContexts.add(contexts);
    seenScores.add(scores);
    return scores;
  }

  /**
   * The value OpenNLP's beam search extends by: after sorting a copy of {@code scores} ascending,
   * the element at {@code max(0, n - k)}, which is the k-th largest (or, with fewer than k outcomes,
   * the smallest), duplicates counted, in the order of {@link Arrays#sort(double[])}.
   */
  double threshold(double[] scores) {
    int k = Math.min(size, scores.length);
    int kept = 0;
    // top[0..kept) holds the largest values seen, in descending order
    for (double s : scores) {
      // s < top[k - 1] first: the same verdict as Double.compare wherever it decides (neither NaN nor
      // zeros of two signs), and a compare the C1 compiler does not call out for
      if (kept == k && (s < top[k - 1] || Double.compare(s, top[k - 1]) <= 0)) {
        continue;
      }
      int at = kept < k ? kept++ : k - 1;
      while (at > 0 && Double.compare(s, top[at - 1]) > 0) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = s;
    }
    return top[k - 1];
  }
}
