package org.corpustoolkit.stats;

/**
 * Dispersion of one word over the parts of a corpus, from the word's frequency in each part
 * ({@code f_i}, an int per part, in the same order as the {@link CorpusParts}).
 *
 * <p>Notation (S. Th. Gries, "Dispersions and adjusted frequencies in corpora", <i>International Journal of
 * Corpus Linguistics</i> 13(4), 2008): {@code f = Σ f_i}; {@code v_i = f_i/f}, the share of the word's
 * occurrences in part i; {@code s_i}, the part's share of the corpus; n parts.
 *
 * <p>Conventions: a negative frequency or a frequency array whose length differs from the number of parts
 * is an {@link IllegalArgumentException}. Measures that are undefined for the given counts return NaN:
 * every measure but range when the word does not occur ({@code f = 0}), and DPnorm and Juilland's D with a
 * single part (their denominators {@code 1 − min s_i} and {@code √(n − 1)} are 0).
 *
 * <p>Worked values: 5 equal parts, {@code f_i = [10, 0, 5, 5, 0]}: range 3, DP 0.4, DPnorm 0.5,
 * Juilland's D 0.532293. For the average reduced frequency see {@link AverageReducedFrequency}.
 */
public final class Dispersion {

    private Dispersion() {
    }

    /**
     * Range: the number of parts in which the word occurs, {@code |{i : f_i > 0}|}.
     *
     * @param frequencies per-part frequencies, each ≥ 0
     * @return the range, in [0, n]
     */
    public static int range(int[] frequencies) {
        int range = 0;
        for (int frequency : frequencies) {
            requireFrequency(frequency);
            if (frequency > 0) {
                range++;
            }
        }
        return range;
    }

    /**
     * Gries' deviation of proportions (Gries 2008): {@code DP = ½·Σ |v_i − s_i|}; 0 for a word spread exactly
     * like the corpus, approaching 1 for a word concentrated in one small part.
     *
     * @param frequencies per-part frequencies f_i, each ≥ 0, one per part
     * @param parts the corpus parts
     * @return DP in [0, 1); NaN when f = 0
     */
    public static double deviationOfProportions(int[] frequencies, CorpusParts parts) {
        long total = total(frequencies, parts);
        if (total == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < frequencies.length; i++) {
            sum += Math.abs((double) frequencies[i] / total - parts.share(i));
        }
        return sum / 2;
    }

    /**
     * Normalised DP (J. Lijffijt &amp; S. Th. Gries, "Correction to Stefan Th. Gries' 'Dispersions and
     * adjusted frequencies in corpora'", <i>International Journal of Corpus Linguistics</i> 17(1), 2012):
     * {@code DPnorm = DP/(1 − min_i s_i)}, which reaches 1 for a word confined to the smallest part.
     *
     * @param frequencies per-part frequencies f_i, each ≥ 0, one per part
     * @param parts the corpus parts
     * @return DPnorm in [0, 1]; NaN when f = 0 or n = 1
     */
    public static double deviationOfProportionsNormalised(int[] frequencies, CorpusParts parts) {
        double dp = deviationOfProportions(frequencies, parts);
        if (parts.count() == 1) {
            return Double.NaN;
        }
        return dp / (1 - parts.smallestShare());
    }

    /**
     * Juilland's D (A. Juilland &amp; E. Chang-Rodríguez, <i>Frequency Dictionary of Spanish Words</i>,
     * Mouton, 1964; formula as in Gries 2008): {@code D = 1 − (σ/μ)/√(n − 1)}, where μ and σ are the mean and
     * <b>population</b> standard deviation of the per-part relative frequencies {@code f_i/size_i} (with
     * equal parts, of the f_i themselves). 1 for a perfectly even word, 0 for a word confined to one part.
     *
     * @param frequencies per-part frequencies f_i, each ≥ 0, one per part
     * @param parts the corpus parts
     * @return D in [0, 1]; NaN when f = 0 or n = 1
     */
    public static double juillandD(int[] frequencies, CorpusParts parts) {
        long total = total(frequencies, parts);
        int n = parts.count();
        if (total == 0 || n == 1) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (double) frequencies[i] / parts.size(i);
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double deviation = (double) frequencies[i] / parts.size(i) - mean;
            squares += deviation * deviation;
        }
        double standardDeviation = Math.sqrt(squares / n);
        return 1 - (standardDeviation / mean) / Math.sqrt(n - 1);
    }

    private static long total(int[] frequencies, CorpusParts parts) {
        if (frequencies.length != parts.count()) {
            throw new IllegalArgumentException("got " + frequencies.length + " frequencies for " + parts.count()
                    + " parts");
        }
        long total = 0;
        for (int frequency : frequencies) {
            requireFrequency(frequency);
            total += frequency;
        }
        return total;
    }

    private static void requireFrequency(int frequency) {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequencies must be non-negative, got " + frequency);
        }
    }
}
