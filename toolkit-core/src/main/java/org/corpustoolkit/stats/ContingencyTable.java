package org.corpustoolkit.stats;

/**
 * An immutable 2×2 contingency table of observed frequencies, in the notation of
 * S. Evert, "Corpora and collocations", in A. Lüdeling &amp; M. Kytö (eds.), <i>Corpus Linguistics. An
 * International Handbook</i>, art. 58, Mouton de Gruyter, 2008.
 *
 * <pre>
 *              col 1   col 2
 *     row 1    O11     O12     | R1 = O11 + O12
 *     row 2    O21     O22     | R2 = O21 + O22
 *              C1      C2      | N  = R1 + R2 = C1 + C2
 * </pre>
 *
 * Expected frequencies under independence are {@code Eij = Ri·Cj / N}. Cells are doubles so that
 * window-based co-occurrence tables (whose R1 can exceed the int range) and very large corpora fit; every
 * integer up to 2<sup>53</sup> is exact.
 *
 * <p>For collocation the rows are "inside the node's windows / elsewhere" and the columns "the
 * collocate / any other word"; for keyness (see {@link Keyness}) the rows are "the word / other words" and
 * the columns "target corpus / reference corpus".
 *
 * @param o11 observed frequency of cell (1,1), finite and non-negative
 * @param o12 observed frequency of cell (1,2), finite and non-negative
 * @param o21 observed frequency of cell (2,1), finite and non-negative
 * @param o22 observed frequency of cell (2,2), finite and non-negative
 */
public record ContingencyTable(double o11, double o12, double o21, double o22) {

    /** Validates that every cell is a finite, non-negative frequency. */
    public ContingencyTable {
        requireCell("o11", o11);
        requireCell("o12", o12);
        requireCell("o21", o21);
        requireCell("o22", o22);
    }

    /**
     * Builds the table from the joint frequency and the marginals, as collocation tools do:
     * {@code O12 = R1 − O11}, {@code O21 = C1 − O11}, {@code O22 = N − R1 − C1 + O11} (Evert 2008, §3).
     *
     * @param o11 joint frequency (co-occurrences)
     * @param r1 first row sum (e.g. token positions inside the node's windows; f(node) for bigrams)
     * @param c1 first column sum (e.g. frequency of the collocate)
     * @param n table total (corpus size in tokens)
     * @return the table
     * @throws IllegalArgumentException if the marginals are inconsistent (a derived cell would be negative)
     */
    public static ContingencyTable fromMarginals(double o11, double r1, double c1, double n) {
        double o12 = r1 - o11;
        double o21 = c1 - o11;
        double o22 = n - r1 - c1 + o11;
        if (o12 < 0 || o21 < 0 || o22 < 0) {
            throw new IllegalArgumentException("Inconsistent marginals: O11=" + o11 + ", R1=" + r1 + ", C1=" + c1
                    + ", N=" + n + " give a negative cell");
        }
        return new ContingencyTable(o11, o12, o21, o22);
    }

    /** @return R1 = O11 + O12 */
    public double r1() {
        return o11 + o12;
    }

    /** @return R2 = O21 + O22 */
    public double r2() {
        return o21 + o22;
    }

    /** @return C1 = O11 + O21 */
    public double c1() {
        return o11 + o21;
    }

    /** @return C2 = O12 + O22 */
    public double c2() {
        return o12 + o22;
    }

    /** @return N = O11 + O12 + O21 + O22 */
    public double n() {
        return o11 + o12 + o21 + o22;
    }

    /** @return E11 = R1·C1/N, or 0 for an empty table */
    public double e11() {
        return expected(r1(), c1());
    }

    /** @return E12 = R1·C2/N, or 0 for an empty table */
    public double e12() {
        return expected(r1(), c2());
    }

    /** @return E21 = R2·C1/N, or 0 for an empty table */
    public double e21() {
        return expected(r2(), c1());
    }

    /** @return E22 = R2·C2/N, or 0 for an empty table */
    public double e22() {
        return expected(r2(), c2());
    }

    /**
     * @return true if a row or column sum is zero; such a table carries no information about association,
     *     and its test statistics are 0 by definition
     */
    public boolean hasEmptyMarginal() {
        return r1() == 0 || r2() == 0 || c1() == 0 || c2() == 0;
    }

    /**
     * The (unsigned) log-likelihood ratio statistic over all four cells (Dunning, "Accurate methods for the
     * statistics of surprise and coincidence", <i>Computational Linguistics</i> 19(1), 1993; Evert 2008):
     * {@code G² = 2 Σ Oij·ln(Oij/Eij)}, terms with {@code Oij = 0} being 0 (the limit of x·ln x).
     *
     * @return G² ≥ 0; 0 if the table {@linkplain #hasEmptyMarginal() has an empty marginal}
     */
    public double logLikelihood() {
        if (hasEmptyMarginal()) {
            return 0;
        }
        double sum = term(o11, e11()) + term(o12, e12()) + term(o21, e21()) + term(o22, e22());
        // Rounding can leave a tiny negative sum for independent tables; G² is non-negative.
        return Math.max(0, 2 * sum);
    }

    /**
     * Pearson's χ² without continuity correction (Pearson 1900; Evert 2008), in the closed 2×2 form
     * {@code χ² = N·(O11·O22 − O12·O21)² / (R1·R2·C1·C2)}, which equals {@code Σ (Oij − Eij)²/Eij}.
     *
     * @return χ² ≥ 0; 0 if the table {@linkplain #hasEmptyMarginal() has an empty marginal}
     */
    public double chiSquared() {
        if (hasEmptyMarginal()) {
            return 0;
        }
        double difference = o11 * o22 - o12 * o21;
        return n() * (difference / (r1() * r2())) * (difference / (c1() * c2()));
    }

    /**
     * Pearson's χ² with Yates' continuity correction (Yates, "Contingency tables involving small numbers and
     * the χ² test", <i>Suppl. J. R. Stat. Soc.</i> 1(2), 1934):
     * {@code χ² = N·max(0, |O11·O22 − O12·O21| − N/2)² / (R1·R2·C1·C2)}; the correction is clamped at 0 so it
     * never overshoots a table that is already close to independence.
     *
     * @return corrected χ² ≥ 0; 0 if the table {@linkplain #hasEmptyMarginal() has an empty marginal}
     */
    public double chiSquaredYates() {
        if (hasEmptyMarginal()) {
            return 0;
        }
        double n = n();
        double corrected = Math.max(0, Math.abs(o11 * o22 - o12 * o21) - n / 2);
        return n * (corrected / (r1() * r2())) * (corrected / (c1() * c2()));
    }

    private double expected(double row, double column) {
        double n = n();
        return n == 0 ? 0 : row * column / n;
    }

    private static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static void requireCell(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite non-negative frequency, was " + value);
        }
    }
}
