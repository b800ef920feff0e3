package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    private static final double TOLERANCE = 1e-6;

    /** "The cat sat on the mat." W = 6, St = 1, Sy = 6 (MEASURES.md). */
    private static final ReadabilityCounts CAT = ReadabilityCounts.builder()
            .sentences(1).words(6).syllables(6).letters(17).monosyllables(6).build();

    /**
     * A hand-made sample: W = 100, St = 5, Sy = 150, L = 480, complex 10, polysyllables 12, monosyllables 60,
     * long words 20, difficult words 8. ASL = 20, ASW = 1.5.
     */
    private static final ReadabilityCounts SAMPLE = ReadabilityCounts.builder()
            .sentences(5).words(100).syllables(150).letters(480).complexWords(10).polysyllables(12)
            .monosyllables(60).longWords(20).difficultWords(8).build();

    @Test
    void workedValuesOfMeasures() {
        // 206.835 − 1.015·6 − 84.6·1 = 116.145; 0.39·6 + 11.8·1 − 15.59 = −1.45
        assertThat(Readability.fleschReadingEase(CAT)).isCloseTo(116.145, within(TOLERANCE));
        assertThat(Readability.fleschKincaidGrade(CAT)).isCloseTo(-1.45, within(TOLERANCE));
    }

    @Test
    void englishGradeFormulasOnTheHandMadeSample() {
        // Flesch 206.835 − 20.3 − 126.9 = 59.635; FK 7.8 + 17.7 − 15.59 = 9.91; Fog 0.4·(20 + 10) = 12
        assertThat(Readability.fleschReadingEase(SAMPLE)).isCloseTo(59.635, within(TOLERANCE));
        assertThat(Readability.fleschKincaidGrade(SAMPLE)).isCloseTo(9.91, within(TOLERANCE));
        assertThat(Readability.gunningFog(SAMPLE)).isCloseTo(12, within(TOLERANCE));
        // SMOG 1.0430·√(12·30/5) + 3.1291 = 1.0430·√72 + 3.1291 = 11.979248
        assertThat(Readability.smog(SAMPLE)).isCloseTo(11.979248, within(TOLERANCE));
        // Coleman–Liau 0.0588·480 − 0.296·5 − 15.8 = 10.944
        assertThat(Readability.colemanLiau(SAMPLE)).isCloseTo(10.944, within(TOLERANCE));
        // ARI 4.71·4.8 + 0.5·20 − 21.43 = 11.178
        assertThat(Readability.automatedReadabilityIndex(SAMPLE)).isCloseTo(11.178, within(TOLERANCE));
        // LIX 20 + 100·20/100 = 40; RIX 20/5 = 4
        assertThat(Readability.lix(SAMPLE)).isCloseTo(40, within(TOLERANCE));
        assertThat(Readability.rix(SAMPLE)).isCloseTo(4, within(TOLERANCE));
        // FORCAST 20 − (150·60/100)/10 = 11
        assertThat(Readability.forcast(SAMPLE)).isCloseTo(11, within(TOLERANCE));
    }

    @Test
    void daleChallAddsTheAdjustmentOnlyAboveFivePercentDifficultWords() {
        // PDW = 8: 0.1579·8 + 0.0496·20 + 3.6365 = 1.2632 + 0.992 + 3.6365 = 5.8917
        assertThat(Readability.daleChall(SAMPLE)).isCloseTo(5.8917, within(TOLERANCE));
        // PDW = 5 exactly: no adjustment, 0.7895 + 0.992 = 1.7815
        ReadabilityCounts fivePercent = ReadabilityCounts.builder().sentences(5).words(100).difficultWords(5).build();
        assertThat(Readability.daleChall(fivePercent)).isCloseTo(1.7815, within(TOLERANCE));
    }

    @Test
    void linsearWriteHalvesLongSentencesAndSubtractsTwoOtherwise() {
        // easy 88, hard 12: r = (88 + 36)/5 = 24.8 > 20 → 12.4
        assertThat(Readability.linsearWrite(SAMPLE)).isCloseTo(12.4, within(TOLERANCE));
        // same words in 10 sentences: r = 12.4 → (12.4 − 2)/2 = 5.2
        ReadabilityCounts shorter = ReadabilityCounts.builder().sentences(10).words(100).polysyllables(12).build();
        assertThat(Readability.linsearWrite(shorter)).isCloseTo(5.2, within(TOLERANCE));
        // r = 100/5 = 20 exactly is not > 20 → (20 − 2)/2 = 9
        ReadabilityCounts boundary = ReadabilityCounts.builder().sentences(5).words(100).build();
        assertThat(Readability.linsearWrite(boundary)).isCloseTo(9, within(TOLERANCE));
    }

    @Test
    void fleschAdaptationsForOtherLanguages() {
        // ASL = 20, ASW = 1.5
        // Amstad 180 − 20 − 58.5·1.5 = 72.25
        assertThat(Readability.amstad(SAMPLE)).isCloseTo(72.25, within(TOLERANCE));
        // Fernández Huerta (corrected) 206.84 − 0.60·150 − 1.02·20 = 96.44
        assertThat(Readability.fernandezHuerta(SAMPLE)).isCloseTo(96.44, within(TOLERANCE));
        // Kandel & Moles 207 − 1.015·20 − 73.6·1.5 = 76.3
        assertThat(Readability.kandelMoles(SAMPLE)).isCloseTo(76.3, within(TOLERANCE));
        // Flesch–Vacca 217 − 1.3·20 − 0.6·150 = 101
        assertThat(Readability.fleschVacca(SAMPLE)).isCloseTo(101, within(TOLERANCE));
        // Douma 206.84 − 0.93·20 − 77·1.5 = 72.74
        assertThat(Readability.douma(SAMPLE)).isCloseTo(72.74, within(TOLERANCE));
        // Oborneva 206.835 − 1.3·20 − 60.1·1.5 = 90.685
        assertThat(Readability.oborneva(SAMPLE)).isCloseTo(90.685, within(TOLERANCE));
    }

    @Test
    void fernandezHuertaRewardsShorterSentences() {
        // The uncorrected form (F = sentences per 100 words) would score 10 sentences lower than 5.
        ReadabilityCounts moreSentences = ReadabilityCounts.builder().sentences(10).words(100).syllables(150).build();

        assertThat(Readability.fernandezHuerta(moreSentences)).isGreaterThan(Readability.fernandezHuerta(SAMPLE));
        // 206.84 − 90 − 1.02·10 = 106.64
        assertThat(Readability.fernandezHuerta(moreSentences)).isCloseTo(106.64, within(TOLERANCE));
    }

    @Test
    void everyFormulaIsNaNWithoutWordsOrSentences() {
        ReadabilityCounts noWords = ReadabilityCounts.builder().sentences(1).build();
        ReadabilityCounts noSentences = ReadabilityCounts.builder().words(5).syllables(5).letters(20).build();
        List<ToDoubleFunction<ReadabilityCounts>> formulas = List.of(
                Readability::fleschReadingEase, Readability::fleschKincaidGrade, Readability::gunningFog,
                Readability::smog, Readability::colemanLiau, Readability::automatedReadabilityIndex,
                Readability::daleChall, Readability::lix, Readability::rix, Readability::forcast,
                Readability::linsearWrite, Readability::amstad, Readability::fernandezHuerta,
                Readability::kandelMoles, Readability::fleschVacca, Readability::douma, Readability::oborneva);

        for (ToDoubleFunction<ReadabilityCounts> formula : formulas) {
            assertThat(formula.applyAsDouble(noWords)).isNaN();
            assertThat(formula.applyAsDouble(noSentences)).isNaN();
            assertThat(formula.applyAsDouble(SAMPLE)).isFinite();
        }
        assertThat(noWords.isMeasurable()).isFalse();
        assertThat(SAMPLE.isMeasurable()).isTrue();
    }

    @Test
    void countsAreValidated() {
        assertThatThrownBy(() -> ReadabilityCounts.builder().words(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadabilityCounts.builder().words(5).longWords(6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longWords");
        assertThatThrownBy(() -> ReadabilityCounts.builder().words(5).monosyllables(3).polysyllables(3).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void averagesOfTheCounts() {
        assertThat(SAMPLE.averageSentenceLength()).isEqualTo(20);
        assertThat(SAMPLE.averageSyllablesPerWord()).isEqualTo(1.5);
    }
}
