package org.corpustoolkit.stats;

/**
 * Readability formulas on {@link ReadabilityCounts}. Notation: W words, St sentences, Sy syllables,
 * L letters, {@code ASL = W/St}, {@code ASW = Sy/W}.
 *
 * <p>Every formula returns <b>NaN when the counts have no word or no sentence</b>
 * ({@link ReadabilityCounts#isMeasurable()} is false): the averages are undefined there, and NaN lets a
 * report show "not available" for an empty document instead of failing the whole run.
 *
 * <p>Tools disagree mostly through counting (sentence splitting, syllables), not through these formulas;
 * counting is tested elsewhere. Worked value: "The cat sat on the mat." W = 6, St = 1, Sy = 6 → Flesch
 * 116.145, Flesch–Kincaid −1.45.
 */
public final class Readability {

    private Readability() {
    }

    /**
     * Flesch Reading Ease (R. Flesch, "A new readability yardstick", <i>Journal of Applied Psychology</i>
     * 32(3):221–233, 1948): {@code 206.835 − 1.015·ASL − 84.6·ASW}.
     *
     * @param counts the counts
     * @return the score (higher is easier, roughly 0–100)
     */
    public static double fleschReadingEase(ReadabilityCounts counts) {
        return fleschVariant(counts, 206.835, 1.015, 84.6);
    }

    /**
     * Flesch–Kincaid grade level (J. P. Kincaid, R. P. Fishburne, R. L. Rogers &amp; B. S. Chissom,
     * <i>Derivation of new readability formulas … for Navy enlisted personnel</i>, Research Branch Report
     * 8-75, 1975): {@code 0.39·ASL + 11.8·ASW − 15.59}.
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double fleschKincaidGrade(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return 0.39 * counts.averageSentenceLength() + 11.8 * counts.averageSyllablesPerWord() - 15.59;
    }

    /**
     * Gunning Fog index (R. Gunning, <i>The Technique of Clear Writing</i>, McGraw-Hill, 1952):
     * {@code 0.4·(ASL + 100·complex/W)}, complex = {@link ReadabilityCounts#complexWords()} (words of three
     * or more syllables; Gunning excludes proper nouns, familiar compounds and -es/-ed/-ing endings, which is
     * the counter's business).
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double gunningFog(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return 0.4 * (counts.averageSentenceLength() + 100.0 * counts.complexWords() / counts.words());
    }

    /**
     * SMOG grade (G. H. McLaughlin, "SMOG grading – a new readability formula", <i>Journal of Reading</i>
     * 12(8):639–646, 1969), scaled to any number of sentences:
     * {@code 1.0430·√(polysyllables·30/St) + 3.1291}.
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double smog(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return 1.0430 * Math.sqrt(counts.polysyllables() * 30.0 / counts.sentences()) + 3.1291;
    }

    /**
     * Coleman–Liau index (M. Coleman &amp; T. L. Liau, "A computer readability formula designed for machine
     * scoring", <i>Journal of Applied Psychology</i> 60(2):283–284, 1975):
     * {@code 0.0588·(100·L/W) − 0.296·(100·St/W) − 15.8}.
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double colemanLiau(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        double lettersPer100Words = 100.0 * counts.letters() / counts.words();
        double sentencesPer100Words = 100.0 * counts.sentences() / counts.words();
        return 0.0588 * lettersPer100Words - 0.296 * sentencesPer100Words - 15.8;
    }

    /**
     * Automated Readability Index (R. J. Senter &amp; E. A. Smith, <i>Automated Readability Index</i>,
     * AMRL-TR-66-220, Wright-Patterson AFB, 1967): {@code 4.71·(L/W) + 0.5·ASL − 21.43}.
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double automatedReadabilityIndex(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return 4.71 * counts.letters() / counts.words() + 0.5 * counts.averageSentenceLength() - 21.43;
    }

    /**
     * Dale–Chall readability score (E. Dale &amp; J. S. Chall, "A formula for predicting readability",
     * <i>Educational Research Bulletin</i> 27(1):11–20, 1948), with the constants of the new Dale–Chall
     * formula as commonly applied: {@code 0.1579·PDW + 0.0496·ASL}, plus 3.6365 when {@code PDW > 5}, where
     * {@code PDW = 100·difficult/W} is the percentage of words not on the familiar-word list.
     *
     * @param counts the counts
     * @return the raw score (4.9 or lower ≈ grade 4, 9.0–9.9 ≈ grades 13–15)
     */
    public static double daleChall(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        double percentDifficult = 100.0 * counts.difficultWords() / counts.words();
        double score = 0.1579 * percentDifficult + 0.0496 * counts.averageSentenceLength();
        return percentDifficult > 5 ? score + 3.6365 : score;
    }

    /**
     * LIX, läsbarhetsindex (C.-H. Björnsson, <i>Läsbarhet</i>, Liber, 1968): {@code ASL + 100·long/W},
     * long = words of more than six letters.
     *
     * @param counts the counts
     * @return LIX (below 30 very easy, above 60 very hard)
     */
    public static double lix(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return counts.averageSentenceLength() + 100.0 * counts.longWords() / counts.words();
    }

    /**
     * RIX (J. Anderson, "Lix and Rix: variations on a little-known readability index", <i>Journal of
     * Reading</i> 26(6):490–496, 1983): {@code long/St}, long = words of more than six letters.
     *
     * @param counts the counts
     * @return RIX
     */
    public static double rix(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return (double) counts.longWords() / counts.sentences();
    }

    /**
     * FORCAST (J. S. Caylor, T. G. Sticht, L. C. Fox &amp; J. P. Ford, <i>Methodologies for determining
     * reading requirements of military occupational specialties</i>, HumRRO TR-73-5, 1973):
     * {@code 20 − M/10}, M = monosyllables per 150 words ({@code 150·monosyllables/W}, scaling the
     * 150-word sample of the original to any length).
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double forcast(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return 20 - (150.0 * counts.monosyllables() / counts.words()) / 10;
    }

    /**
     * Linsear Write (developed for the US Air Force; J. O'Hayre, <i>Gobbledygook Has Gotta Go</i>, US Bureau
     * of Land Management, 1966; G. R. Klare, "Assessing readability", <i>Reading Research Quarterly</i>
     * 10(1), 1974). In a 100-word sample each easy word (≤ 2 syllables) scores 1 and each hard word
     * (≥ 3 syllables) 3; {@code r = (easy + 3·hard)/St}; the grade is {@code r/2} if {@code r > 20}, else
     * {@code (r − 2)/2}. Here hard = {@link ReadabilityCounts#polysyllables()}, easy = W − hard; since r is a
     * ratio of per-sentence scores it is the same for the whole text as for a 100-word sample of the same
     * composition, so no sampling is done.
     *
     * @param counts the counts
     * @return US school grade
     */
    public static double linsearWrite(ReadabilityCounts counts) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        long hard = counts.polysyllables();
        long easy = counts.words() - hard;
        double provisional = (easy + 3.0 * hard) / counts.sentences();
        return provisional > 20 ? provisional / 2 : (provisional - 2) / 2;
    }

    /**
     * German Flesch (T. Amstad, <i>Wie verständlich sind unsere Zeitungen?</i>, PhD thesis, Zürich, 1978):
     * {@code 180 − ASL − 58.5·ASW}.
     *
     * @param counts the counts
     * @return the score (higher is easier)
     */
    public static double amstad(ReadabilityCounts counts) {
        return fleschVariant(counts, 180, 1, 58.5);
    }

    /**
     * Spanish Flesch (J. Fernández Huerta, "Medidas sencillas de lecturabilidad", <i>Consigna</i> 214:29–32,
     * 1959) in its corrected form (G. Law, "Error in the Fernandez Huerta readability formula", LINGUIST
     * List 22.2332, 2011): {@code 206.84 − 0.60·P − 1.02·ASL} with P = syllables per 100 words, i.e.
     * {@code 206.84 − 60·ASW − 1.02·ASL}. The often-quoted form with F = sentences per 100 words in the last
     * term is the error Law points out: it makes shorter sentences <i>harder</i>.
     *
     * @param counts the counts
     * @return the score (higher is easier)
     */
    public static double fernandezHuerta(ReadabilityCounts counts) {
        return fleschVariant(counts, 206.84, 1.02, 60);
    }

    /**
     * French Flesch (L. Kandel &amp; A. Moles, "Application de l'indice de Flesch à la langue française",
     * <i>Cahiers Études de Radio-Télévision</i> 19:253–274, 1958): {@code 207 − 1.015·ASL − 73.6·ASW}.
     *
     * @param counts the counts
     * @return the score (higher is easier)
     */
    public static double kandelMoles(ReadabilityCounts counts) {
        return fleschVariant(counts, 207, 1.015, 73.6);
    }

    /**
     * Italian Flesch–Vacca (V. Franchina &amp; R. Vacca, "Adaptation of Flesch readability index on a
     * bilingual text written by the same author both in Italian and English languages", <i>Linguaggi</i>
     * 3:47–49, 1986; first proposed 1972): {@code 217 − 1.3·ASL − 0.6·S}, S = syllables per 100 words, i.e.
     * {@code 217 − 1.3·ASL − 60·ASW}.
     *
     * @param counts the counts
     * @return the score (higher is easier)
     */
    public static double fleschVacca(ReadabilityCounts counts) {
        return fleschVariant(counts, 217, 1.3, 60);
    }

    /**
     * Dutch Flesch (W. H. Douma, <i>De leesbaarheid van landbouwbladen</i>, Landbouwhogeschool Wageningen,
     * 1960): {@code 206.84 − 0.93·ASL − 77·ASW}.
     *
     * @param counts the counts
     * @return the score (higher is easier)
     */
    public static double douma(ReadabilityCounts counts) {
        return fleschVariant(counts, 206.84, 0.93, 77);
    }

    /**
     * Russian Flesch (I. V. Oborneva, <i>Avtomatizirovannaya otsenka slozhnosti uchebnykh tekstov na
     * osnove statisticheskikh parametrov</i>, PhD thesis, Moscow, 2006): {@code 206.835 − 1.3·ASL −
     * 60.1·ASW}.
     *
     * @param counts the counts
     * @return the score (higher is easier)
     */
    public static double oborneva(ReadabilityCounts counts) {
        return fleschVariant(counts, 206.835, 1.3, 60.1);
    }

    /** {@code base − sentenceWeight·ASL − wordWeight·ASW}, the shape shared by Flesch and its adaptations. */
    private static double fleschVariant(ReadabilityCounts counts, double base, double sentenceWeight,
            double wordWeight) {
        if (!counts.isMeasurable()) {
            return Double.NaN;
        }
        return base - sentenceWeight * counts.averageSentenceLength()
                - wordWeight * counts.averageSyllablesPerWord();
    }
}
