package org.corpustoolkit.stats;

/**
 * Association measures for collocation, computed from a {@link ContingencyTable} in Evert's notation
 * (S. Evert, "Corpora and collocations", 2008; see also S. Evert, <i>The Statistics of Word Cooccurrences</i>,
 * PhD thesis, Stuttgart, 2005, and www.collocations.de).
 *
 * <p>For window-based (surface) co-occurrence, O11 is the number of times the collocate occurs inside the
 * node's windows, R1 the number of token positions inside those windows, C1 the collocate's frequency and
 * N the corpus size, so {@code E11 = R1·C1/N}; build it with
 * {@link ContingencyTable#fromMarginals(double, double, double, double)}. Report O11 and E11 beside every
 * score.
 *
 * <p>Conventions: every row and column sum must be positive (a table with an empty row or column says
 * nothing about association), otherwise {@link IllegalArgumentException}. O11 = 0 is allowed: logarithmic
 * measures (MI, MI3, logDice) and the t-score are then −∞, their mathematical limit, never NaN; MI.log-f
 * is 0 (its limit as O11 → 0); Log Ratio substitutes 0.5.
 *
 * <p>Worked values (simple table N = 1 000 000, f(node) = R1 = 1000, f(collocate) = C1 = 500, O11 = 50,
 * so E11 = 0.5): MI 6.643856, MI3 17.931569, MI.log-f 26.122484, t 7.000357, z 70.003571, G² 369.088437,
 * Dice 0.066667, logDice 10.093109, minimum sensitivity 0.05, ΔP(c|n) 0.049550, ΔP(n|c) 0.099050.
 */
public final class Association {

    private static final double LN_2 = Math.log(2);

    private Association() {
    }

    /**
     * Pointwise mutual information (K. W. Church &amp; P. Hanks, "Word association norms, mutual information,
     * and lexicography", <i>Computational Linguistics</i> 16(1), 1990): {@code MI = log2(O11/E11)}.
     *
     * @param table the co-occurrence table
     * @return MI in bits; −∞ when O11 = 0
     */
    public static double mutualInformation(ContingencyTable table) {
        requireAssociationTable(table);
        return log2(table.o11() / table.e11());
    }

    /**
     * MI³ (B. Daille, <i>Approche mixte pour l'extraction automatique de terminologie</i>, PhD thesis,
     * Paris 7, 1994; Evert 2008): {@code MI3 = log2(O11³/E11)}, which weights frequent pairs up.
     * Computed as {@code 3·log2(O11) − log2(E11)} so that O11³ cannot overflow.
     *
     * @param table the co-occurrence table
     * @return MI3; −∞ when O11 = 0
     */
    public static double mutualInformationCubed(ContingencyTable table) {
        requireAssociationTable(table);
        return 3 * log2(table.o11()) - log2(table.e11());
    }

    /**
     * MI.log-f, the "salience" of the Sketch Engine (A. Kilgarriff, P. Rychlý, P. Smrž &amp; D. Tugwell,
     * "The Sketch Engine", Proceedings of EURALEX 2004; A. Kilgarriff &amp; D. Tugwell, "Word Sketch", 2001):
     * {@code MI·ln(O11 + 1)}.
     *
     * @param table the co-occurrence table
     * @return MI.log-f; 0 when O11 = 0 (the limit of the product as O11 → 0)
     */
    public static double mutualInformationLogFrequency(ContingencyTable table) {
        requireAssociationTable(table);
        if (table.o11() == 0) {
            return 0;
        }
        return mutualInformation(table) * Math.log1p(table.o11());
    }

    /**
     * The t-score (K. Church, W. Gale, P. Hanks &amp; D. Hindle, "Using statistics in lexical analysis", in
     * U. Zernik (ed.), <i>Lexical Acquisition</i>, 1991; Evert 2008): {@code t = (O11 − E11)/√O11}.
     *
     * @param table the co-occurrence table
     * @return t; −∞ when O11 = 0
     */
    public static double tScore(ContingencyTable table) {
        requireAssociationTable(table);
        double o11 = table.o11();
        if (o11 == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return (o11 - table.e11()) / Math.sqrt(o11);
    }

    /**
     * The z-score (G. Berry-Rogghe, "The computation of collocations and their relevance in lexical studies",
     * in A. J. Aitken et al. (eds.), <i>The Computer and Literary Studies</i>, 1973; Evert 2008):
     * {@code z = (O11 − E11)/√E11}.
     *
     * @param table the co-occurrence table
     * @return z
     */
    public static double zScore(ContingencyTable table) {
        requireAssociationTable(table);
        double e11 = table.e11();
        return (table.o11() - e11) / Math.sqrt(e11);
    }

    /**
     * Signed log-likelihood (T. Dunning, "Accurate methods for the statistics of surprise and coincidence",
     * <i>Computational Linguistics</i> 19(1), 1993; Evert 2008): {@code G² = 2 Σ Oij·ln(Oij/Eij)} over the
     * four cells ({@link ContingencyTable#logLikelihood()}), negated when {@code O11 < E11} (the pair
     * co-occurs less often than chance, "negative association").
     *
     * @param table the co-occurrence table
     * @return signed G²
     */
    public static double logLikelihood(ContingencyTable table) {
        requireAssociationTable(table);
        double statistic = table.logLikelihood();
        return table.o11() < table.e11() ? -statistic : statistic;
    }

    /**
     * The Dice coefficient (L. R. Dice, "Measures of the amount of ecologic association between species",
     * <i>Ecology</i> 26(3), 1945; F. Smadja, K. McKeown &amp; V. Hatzivassiloglou, "Translating collocations
     * for bilingual lexicons", <i>Computational Linguistics</i> 22(1), 1996): {@code Dice = 2·O11/(R1 + C1)}.
     *
     * @param table the co-occurrence table
     * @return Dice in [0, 1]
     */
    public static double dice(ContingencyTable table) {
        requireAssociationTable(table);
        return 2 * table.o11() / (table.r1() + table.c1());
    }

    /**
     * logDice (P. Rychlý, "A lexicographer-friendly association score", Proceedings of RASLAN 2008):
     * {@code logDice = 14 + log2(Dice) = 14 + log2(2·O11/(R1 + C1))}; at most 14, independent of corpus
     * size.
     *
     * @param table the co-occurrence table
     * @return logDice; −∞ when O11 = 0
     */
    public static double logDice(ContingencyTable table) {
        return 14 + log2(dice(table));
    }

    /**
     * Minimum sensitivity (T. Pedersen, "Dependent bigram identification", AAAI 1998; Evert 2008):
     * {@code min(O11/R1, O11/C1)}.
     *
     * @param table the co-occurrence table
     * @return minimum sensitivity in [0, 1]
     */
    public static double minimumSensitivity(ContingencyTable table) {
        requireAssociationTable(table);
        return Math.min(table.o11() / table.r1(), table.o11() / table.c1());
    }

    /**
     * ΔP of the collocate given the node (S. Th. Gries, "50-something years of work on collocations: what
     * is or should be next …", <i>International Journal of Corpus Linguistics</i> 18(1), 2013; after
     * L. G. Allan, 1980, and N. C. Ellis, 2006): {@code ΔP(c|n) = O11/R1 − O21/R2}, how much more likely the
     * collocate is inside the node's windows than elsewhere.
     *
     * @param table the co-occurrence table
     * @return ΔP(c|n) in [−1, 1]
     */
    public static double deltaPCollocateGivenNode(ContingencyTable table) {
        requireAssociationTable(table);
        return table.o11() / table.r1() - table.o21() / table.r2();
    }

    /**
     * ΔP of the node given the collocate (Gries 2013): {@code ΔP(n|c) = O11/C1 − O12/C2}.
     *
     * @param table the co-occurrence table
     * @return ΔP(n|c) in [−1, 1]
     */
    public static double deltaPNodeGivenCollocate(ContingencyTable table) {
        requireAssociationTable(table);
        return table.o11() / table.c1() - table.o12() / table.c2();
    }

    /**
     * Log Ratio for collocations (A. Hardie, "Log Ratio – an informal introduction", CASS, 2014; as in
     * #LancsBox, V. Brezina, T. McEnery &amp; S. Wattam, "Collocations in context", <i>International Journal of
     * Corpus Linguistics</i> 20(2), 2015): {@code log2((O11/R1)/(O21/R2))}, the binary log of how much more
     * frequent the collocate is inside the node's windows than outside; a zero O11 or O21 is replaced by
     * 0.5.
     *
     * @param table the co-occurrence table
     * @return Log Ratio in bits
     */
    public static double logRatio(ContingencyTable table) {
        requireAssociationTable(table);
        double inside = substituteZero(table.o11()) / table.r1();
        double outside = substituteZero(table.o21()) / table.r2();
        return log2(inside / outside);
    }

    private static double substituteZero(double frequency) {
        return frequency == 0 ? Keyness.ZERO_FREQUENCY_SUBSTITUTE : frequency;
    }

    private static double log2(double x) {
        return Math.log(x) / LN_2;
    }

    private static void requireAssociationTable(ContingencyTable table) {
        if (table.hasEmptyMarginal()) {
            throw new IllegalArgumentException("association needs positive row and column sums: " + table);
        }
    }
}
