package org.corpustoolkit.stats;

import java.util.Arrays;

/**
 * Lexical diversity measures: from token and type counts (N tokens, V types), from a
 * {@link TypeFrequencies frequency spectrum}, or from a sequence of int token ids (equal ids are the same
 * type; ids need not be dense).
 *
 * <p>Conventions: counts that cannot exist (negative, V &gt; N, a window of size &lt; 1) are an
 * {@link IllegalArgumentException}; a measure that is undefined for the input — no tokens, a text shorter
 * than the segment, window or sample, or N = 1 for the logarithmic measures — returns NaN.
 *
 * <p>Worked values, "the cat sat on the mat and the dog sat on the log" (N = 13, V = 8, "the" ×4, "sat" and
 * "on" ×2): TTR 0.615385, Guiraud R 2.218801, Herdan C 0.810714, Maas a² (log10) 0.169924, Yule's K
 * 946.745562, MATTR(5) 0.911111.
 */
public final class LexicalDiversity {

    /** The factor threshold of MTLD (McCarthy &amp; Jarvis 2010). */
    public static final double MTLD_THRESHOLD = 0.72;

    /** The sample size of HD-D (McCarthy &amp; Jarvis 2007). */
    public static final int HDD_SAMPLE_SIZE = 42;

    private LexicalDiversity() {
    }

    /**
     * Type-token ratio {@code TTR = V/N} (e.g. W. Johnson, "Studies in language behavior", <i>Psychological
     * Monographs</i> 56(2), 1944).
     *
     * @param tokens N ≥ 0
     * @param types V in [0, N]
     * @return TTR; NaN when N = 0
     */
    public static double typeTokenRatio(long tokens, long types) {
        requireCounts(tokens, types);
        return tokens == 0 ? Double.NaN : (double) types / tokens;
    }

    /**
     * Guiraud's R, root TTR (P. Guiraud, <i>Les caractères statistiques du vocabulaire</i>, PUF, 1954):
     * {@code R = V/√N}.
     *
     * @param tokens N ≥ 0
     * @param types V in [0, N]
     * @return R; NaN when N = 0
     */
    public static double guiraudR(long tokens, long types) {
        requireCounts(tokens, types);
        return tokens == 0 ? Double.NaN : types / Math.sqrt(tokens);
    }

    /**
     * Herdan's C, log TTR (G. Herdan, <i>Type-token mathematics</i>, Mouton, 1960):
     * {@code C = log10 V / log10 N}. Herdan uses log10; the ratio is the same in any base.
     *
     * @param tokens N ≥ 0
     * @param types V in [0, N]
     * @return C; NaN when N ≤ 1 (log N = 0)
     */
    public static double herdanC(long tokens, long types) {
        requireCounts(tokens, types);
        if (tokens <= 1) {
            return Double.NaN;
        }
        return Math.log10(types) / Math.log10(tokens);
    }

    /**
     * Maas' a² (H.-D. Maas, "Über den Zusammenhang zwischen Wortschatzumfang und Länge eines Textes",
     * <i>Zeitschrift für Literaturwissenschaft und Linguistik</i> 2(8), 1972), with <b>base-10</b>
     * logarithms: {@code a² = (log10 N − log10 V)/(log10 N)²}. The value depends on the base (with natural
     * logs it is divided by ln 10); lower means more diverse.
     *
     * @param tokens N ≥ 0
     * @param types V in [0, N]
     * @return a²; NaN when N ≤ 1 (log N = 0)
     */
    public static double maasA2(long tokens, long types) {
        requireCounts(tokens, types);
        if (tokens <= 1) {
            return Double.NaN;
        }
        double logTokens = Math.log10(tokens);
        return (logTokens - Math.log10(types)) / (logTokens * logTokens);
    }

    /**
     * Yule's characteristic K (G. U. Yule, <i>The Statistical Study of Literary Vocabulary</i>, CUP, 1944):
     * {@code K = 10⁴·(Σ_i i²·V(i) − N)/N²}, V(i) being the number of types occurring i times. Higher means
     * more repetitive; 0 when every token is a different type.
     *
     * @param frequencies the frequency spectrum
     * @return K; NaN when N = 0
     */
    public static double yulesK(TypeFrequencies frequencies) {
        double tokens = frequencies.tokens();
        if (tokens == 0) {
            return Double.NaN;
        }
        return 1e4 * (frequencies.sumOfSquaredFrequencies() - tokens) / (tokens * tokens);
    }

    /**
     * Mean segmental TTR (MSTTR; W. Johnson 1944): the mean TTR of consecutive, non-overlapping segments of
     * {@code segmentSize} tokens; the incomplete remainder is dropped.
     *
     * @param tokenIds the text as token ids
     * @param segmentSize tokens per segment, ≥ 1
     * @return MSTTR; NaN when the text is shorter than one segment
     */
    public static double meanSegmentalTypeTokenRatio(int[] tokenIds, int segmentSize) {
        requirePositive("segment size", segmentSize);
        int segments = tokenIds.length / segmentSize;
        if (segments == 0) {
            return Double.NaN;
        }
        DenseTokens dense = DenseTokens.of(tokenIds);
        int[] seenInSegment = new int[dense.types];
        Arrays.fill(seenInSegment, -1);
        long typeSum = 0;
        for (int segment = 0; segment < segments; segment++) {
            int start = segment * segmentSize;
            for (int i = start; i < start + segmentSize; i++) {
                int id = dense.ids[i];
                if (seenInSegment[id] != segment) {
                    seenInSegment[id] = segment;
                    typeSum++;
                }
            }
        }
        return (double) typeSum / ((long) segments * segmentSize);
    }

    /**
     * Moving-average TTR (MATTR; M. A. Covington &amp; J. D. McFall, "Cutting the Gordian knot: the
     * moving-average type–token ratio (MATTR)", <i>Journal of Quantitative Linguistics</i> 17(2):94–100,
     * 2010): the mean TTR of every window of {@code windowSize} tokens, sliding by one token
     * ({@code N − w + 1} windows), computed incrementally in O(N).
     *
     * @param tokenIds the text as token ids
     * @param windowSize tokens per window w, ≥ 1
     * @return MATTR; NaN when the text is shorter than one window
     */
    public static double movingAverageTypeTokenRatio(int[] tokenIds, int windowSize) {
        requirePositive("window size", windowSize);
        int n = tokenIds.length;
        if (n < windowSize) {
            return Double.NaN;
        }
        DenseTokens dense = DenseTokens.of(tokenIds);
        int[] ids = dense.ids;
        int[] inWindow = new int[dense.types];
        int types = 0;
        for (int i = 0; i < windowSize; i++) {
            if (inWindow[ids[i]]++ == 0) {
                types++;
            }
        }
        long typeSum = types;
        for (int end = windowSize; end < n; end++) {
            if (--inWindow[ids[end - windowSize]] == 0) {
                types--;
            }
            if (inWindow[ids[end]]++ == 0) {
                types++;
            }
            typeSum += types;
        }
        long windows = n - windowSize + 1L;
        return (double) typeSum / (windows * windowSize);
    }

    /**
     * MTLD with the standard threshold {@value #MTLD_THRESHOLD}; see {@link #mtld(int[], double)}.
     *
     * @param tokenIds the text as token ids
     * @return MTLD; NaN for an empty text
     */
    public static double mtld(int[] tokenIds) {
        return mtld(tokenIds, MTLD_THRESHOLD);
    }

    /**
     * Measure of Textual Lexical Diversity (P. M. McCarthy &amp; S. Jarvis, "MTLD, vocd-D, and HD-D: a
     * validation study of sophisticated approaches to lexical diversity assessment", <i>Behavior Research
     * Methods</i> 42(2):381–392, 2010). Walking through the text, a factor ends as soon as the running TTR of
     * the current stretch <b>falls to the threshold or below</b> ({@code TTR ≤ threshold}, as in
     * LexicalRichness and Kyle's TAALED; koRpus uses strictly below); the counts then restart. A
     * final incomplete stretch counts as the partial factor {@code (1 − TTR)/(1 − threshold)}. One pass gives
     * {@code N / factors}; MTLD is the mean of a forward and a backward pass.
     *
     * <p>If a pass finds no factor at all (every token distinct, so the partial factor is 0 too), McCarthy
     * &amp; Jarvis leave the value undefined; we count the whole text as one factor, giving N for that pass,
     * as several implementations do.
     *
     * @param tokenIds the text as token ids
     * @param threshold TTR at which a factor ends, in (0, 1)
     * @return MTLD; NaN for an empty text
     */
    public static double mtld(int[] tokenIds, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
        }
        if (tokenIds.length == 0) {
            return Double.NaN;
        }
        DenseTokens dense = DenseTokens.of(tokenIds);
        return (mtldPass(dense, threshold, false) + mtldPass(dense, threshold, true)) / 2;
    }

    /** One MTLD pass, forward or backward: N / (complete factors + partial factor). */
    static double mtldPass(int[] tokenIds, double threshold, boolean backward) {
        return mtldPass(DenseTokens.of(tokenIds), threshold, backward);
    }

    private static double mtldPass(DenseTokens dense, double threshold, boolean backward) {
        int n = dense.ids.length;
        int[] seenInFactor = new int[dense.types];
        Arrays.fill(seenInFactor, -1);
        int factorIndex = 0;
        int stretchTokens = 0;
        int stretchTypes = 0;
        for (int step = 0; step < n; step++) {
            int id = dense.ids[backward ? n - 1 - step : step];
            stretchTokens++;
            if (seenInFactor[id] != factorIndex) {
                seenInFactor[id] = factorIndex;
                stretchTypes++;
            }
            if ((double) stretchTypes / stretchTokens <= threshold) {
                factorIndex++;
                stretchTokens = 0;
                stretchTypes = 0;
            }
        }
        double factors = factorIndex;
        if (stretchTokens > 0) {
            factors += (1 - (double) stretchTypes / stretchTokens) / (1 - threshold);
        }
        return factors == 0 ? n : n / factors;
    }

    /**
     * HD-D with the standard sample size {@value #HDD_SAMPLE_SIZE}; see
     * {@link #hdd(TypeFrequencies, int)}.
     *
     * @param tokenIds the text as token ids
     * @return HD-D; NaN when the text has fewer than 42 tokens
     */
    public static double hdd(int[] tokenIds) {
        return hdd(TypeFrequencies.of(tokenIds), HDD_SAMPLE_SIZE);
    }

    /**
     * HD-D (P. M. McCarthy &amp; S. Jarvis, "vocd: a theoretical and empirical evaluation", <i>Language
     * Testing</i> 24(4):459–488, 2007; after G. Wu, 1993): for every type of frequency f, the hypergeometric
     * probability that it occurs at least once in a random draw of s tokens without replacement,
     * {@code 1 − C(N−f, s)/C(N, s)}, <b>summed</b> over types. (Some implementations report the mean per
     * token of the sample, i.e. this sum divided by s; ours is the sum, comparable to a type count, at most
     * min(V, s).) The ratio is computed stably as the product
     * {@code Π_{j=0}^{s−1} (N − f − j)/(N − j)}, which is 0 when {@code N − f < s}.
     *
     * @param frequencies the frequency spectrum of the text
     * @param sampleSize s ≥ 1, conventionally 42
     * @return HD-D; NaN when N &lt; s
     */
    public static double hdd(TypeFrequencies frequencies, int sampleSize) {
        requirePositive("sample size", sampleSize);
        long n = frequencies.tokens();
        if (n < sampleSize) {
            return Double.NaN;
        }
        double sum = 0;
        int previousCount = -1;
        double probability = 0;
        for (int count : frequencies.countsView()) {
            if (count != previousCount) {
                probability = 1 - probabilityAbsentFromSample(n, count, sampleSize);
                previousCount = count;
            }
            sum += probability;
        }
        return sum;
    }

    private static double probabilityAbsentFromSample(long tokens, int frequency, int sampleSize) {
        if (tokens - frequency < sampleSize) {
            return 0;
        }
        double product = 1;
        for (int j = 0; j < sampleSize; j++) {
            product *= (double) (tokens - frequency - j) / (tokens - j);
        }
        return product;
    }

    private static void requireCounts(long tokens, long types) {
        if (tokens < 0 || types < 0 || types > tokens) {
            throw new IllegalArgumentException("need 0 <= V <= N, got N=" + tokens + ", V=" + types);
        }
        if (tokens > 0 && types == 0) {
            throw new IllegalArgumentException("a non-empty text has at least one type, got N=" + tokens + ", V=0");
        }
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /** Token ids renumbered 0..types−1, so that counting can use plain int arrays. */
    private static final class DenseTokens {
        final int[] ids;
        final int types;

        private DenseTokens(int[] ids, int types) {
            this.ids = ids;
            this.types = types;
        }

        static DenseTokens of(int[] tokenIds) {
            int[] distinct = tokenIds.clone();
            Arrays.sort(distinct);
            int types = 0;
            for (int i = 0; i < distinct.length; i++) {
                if (i == 0 || distinct[i] != distinct[i - 1]) {
                    distinct[types++] = distinct[i];
                }
            }
            int[] ids = new int[tokenIds.length];
            for (int i = 0; i < tokenIds.length; i++) {
                ids[i] = Arrays.binarySearch(distinct, 0, types, tokenIds[i]);
            }
            return new DenseTokens(ids, types);
        }
    }
}
