package org.corpustoolkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexicalDiversityTest {

    private static final double TOLERANCE = 1e-6;

    /** "the cat sat on the mat and the dog sat on the log": N = 13, V = 8. */
    private static final int[] SENTENCE = ids("the cat sat on the mat and the dog sat on the log");

    @Test
    void workedValuesOfMeasuresFromCounts() {
        assertThat(LexicalDiversity.typeTokenRatio(13, 8)).isCloseTo(0.615385, within(TOLERANCE));
        assertThat(LexicalDiversity.guiraudR(13, 8)).isCloseTo(2.218801, within(TOLERANCE));
        assertThat(LexicalDiversity.herdanC(13, 8)).isCloseTo(0.810714, within(TOLERANCE));
        assertThat(LexicalDiversity.maasA2(13, 8)).isCloseTo(0.169924, within(TOLERANCE));
    }

    @Test
    void yulesKOfTheWorkedSentence() {
        // "the" ×4, "sat" ×2, "on" ×2, five hapaxes: Σ f² = 16 + 4 + 4 + 5 = 29; K = 10⁴·(29 − 13)/169
        TypeFrequencies frequencies = TypeFrequencies.of(SENTENCE);

        assertThat(frequencies.tokens()).isEqualTo(13);
        assertThat(frequencies.types()).isEqualTo(8);
        assertThat(LexicalDiversity.yulesK(frequencies)).isCloseTo(946.745562, within(TOLERANCE));
    }

    @Test
    void mattrOfTheWorkedSentence() {
        // nine windows of 5 with 4, 5, 5, 4, 4, 5, 5, 4, 5 types: 41/45
        assertThat(LexicalDiversity.movingAverageTypeTokenRatio(SENTENCE, 5)).isCloseTo(0.911111, within(TOLERANCE));
    }

    @Test
    void mattrWithAWindowAsLongAsTheTextIsTheTtr() {
        assertThat(LexicalDiversity.movingAverageTypeTokenRatio(SENTENCE, 13)).isCloseTo(8.0 / 13, within(1e-15));
        assertThat(LexicalDiversity.movingAverageTypeTokenRatio(SENTENCE, 1)).isEqualTo(1);
    }

    @Test
    void msttrDropsTheIncompleteSegment() {
        // segments of 5: "the cat sat on the" (4 types), "mat and the dog sat" (5); "on the log" dropped → 9/10
        assertThat(LexicalDiversity.meanSegmentalTypeTokenRatio(SENTENCE, 5)).isCloseTo(0.9, within(1e-15));
        // segments of 4: "the cat sat on" (4), "the mat and the" (3), "dog sat on the" (4) → 11/12
        assertThat(LexicalDiversity.meanSegmentalTypeTokenRatio(SENTENCE, 4)).isCloseTo(0.916667, within(TOLERANCE));
    }

    @Test
    void mtldOfATinySequenceWorkedByHand() {
        // Tokens: a a b c d b (threshold 0.72)
        // Forward:  a 1/1, a 1/2 = 0.50 ≤ 0.72 → factor 1, restart;
        //           b 1/1, c 2/2, d 3/3, b 3/4 = 0.75 → end of text, partial factor (1 − 0.75)/(1 − 0.72) = 25/28;
        //           factors = 1 + 25/28 = 53/28; MTLD forward = 6/(53/28) = 168/53 = 3.169811
        // Backward: b 1/1, d 2/2, c 3/3, b 3/4 = 0.75, a 4/5 = 0.80, a 4/6 = 0.667 ≤ 0.72 → factor 1;
        //           nothing left; MTLD backward = 6/1 = 6
        // MTLD = (168/53 + 6)/2 = 243/53 = 4.584906
        int[] tokens = ids("a a b c d b");

        assertThat(LexicalDiversity.mtldPass(tokens, 0.72, false)).isCloseTo(168.0 / 53, within(1e-12));
        assertThat(LexicalDiversity.mtldPass(tokens, 0.72, true)).isEqualTo(6);
        assertThat(LexicalDiversity.mtld(tokens)).isCloseTo(4.584906, within(TOLERANCE));
    }

    @Test
    void mtldOfTheWorkedSentence() {
        // Forward:  the 1/1 cat 2/2 sat 3/3 on 4/4 the 4/5 mat 5/6 and 6/7 the 6/8 dog 7/9 sat 7/10 = 0.70
        //           → one factor; "on the log" 3/3 = 1 → partial factor 0 → 13/1 = 13.
        // Backward: log 1/1 the 2/2 on 3/3 sat 4/4 dog 5/5 the 5/6 and 6/7 mat 7/8 the 7/9 on 7/10 = 0.70
        //           → one factor; "sat cat the" 3/3 → partial 0 → 13/1 = 13.
        assertThat(LexicalDiversity.mtldPass(SENTENCE, 0.72, false)).isEqualTo(13);
        assertThat(LexicalDiversity.mtldPass(SENTENCE, 0.72, true)).isEqualTo(13);
        assertThat(LexicalDiversity.mtld(SENTENCE)).isEqualTo(13);
    }

    @Test
    void mtldFactorEndsWhenTtrFallsExactlyToTheThreshold() {
        // 18 distinct tokens, then token 1 seven times: TTR = 18/25 = 0.72 exactly at the 25th token, which
        // ends a factor ("to 0.72 or below"); token 19 follows with TTR 1 → partial 0 → 26/1 = 26.
        // With strictly-below (koRpus) there would be no complete factor: 19/26, partial 0.961538 → 27.04.
        int[] tokens = new int[26];
        for (int i = 0; i < 18; i++) {
            tokens[i] = i + 1;
        }
        for (int i = 18; i < 25; i++) {
            tokens[i] = 1;
        }
        tokens[25] = 19;

        assertThat(LexicalDiversity.mtldPass(tokens, 0.72, false)).isEqualTo(26);
    }

    @Test
    void mtldThresholdIsAParameter() {
        // a b a with threshold 2/3: TTR 2/3 ≤ 2/3 → one factor, nothing left → 3/1
        assertThat(LexicalDiversity.mtldPass(new int[] {1, 2, 1}, 2.0 / 3, false)).isEqualTo(3);
        assertThatThrownBy(() -> LexicalDiversity.mtld(SENTENCE, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mtldOfATextWithoutRepetitionCountsItAsOneFactor() {
        assertThat(LexicalDiversity.mtld(new int[] {4, 8, 15, 16, 23, 42})).isEqualTo(6);
    }

    @Test
    void hddOfATinySequenceWorkedByHand() {
        // Tokens a a b c (N = 4), sample s = 2, C(4, 2) = 6:
        //   a (f = 2): 1 − C(2, 2)/6 = 5/6;  b, c (f = 1): 1 − C(3, 2)/6 = 1/2 each → sum 11/6 = 1.833333
        // Sample s = 3, C(4, 3) = 4: a: C(2, 3) = 0 → 1; b, c: 1 − C(3, 3)/4 = 3/4 → sum 2.5
        TypeFrequencies frequencies = TypeFrequencies.of(ids("a a b c"));

        assertThat(LexicalDiversity.hdd(frequencies, 2)).isCloseTo(11.0 / 6, within(1e-12));
        assertThat(LexicalDiversity.hdd(frequencies, 3)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void hddWithTheStandardSampleOf42() {
        // 60 letters, 15 types; reference Σ (1 − C(60 − f, 42)/C(60, 42)) from exact binomials (Python math.comb)
        int[] tokens = "baaagadbassabcbjgbkabjefhdhbfebbcdbkcjcibbkjoaladeghbenifgea".chars().toArray();

        assertThat(LexicalDiversity.hdd(tokens)).isCloseTo(13.828911411552708, within(1e-10));
        assertThat(LexicalDiversity.hdd(tokens)).isLessThanOrEqualTo(15);
    }

    @Test
    void hddIsUndefinedForTextsShorterThanTheSample() {
        assertThat(LexicalDiversity.hdd(SENTENCE)).isNaN();
        // the worked sentence with s = 5 (exact binomials): 4.107226
        assertThat(LexicalDiversity.hdd(TypeFrequencies.of(SENTENCE), 5)).isCloseTo(4.107226, within(TOLERANCE));
    }

    @Test
    void undefinedMeasuresAreNaN() {
        int[] empty = new int[0];

        assertThat(LexicalDiversity.typeTokenRatio(0, 0)).isNaN();
        assertThat(LexicalDiversity.guiraudR(0, 0)).isNaN();
        assertThat(LexicalDiversity.herdanC(1, 1)).isNaN();
        assertThat(LexicalDiversity.maasA2(1, 1)).isNaN();
        assertThat(LexicalDiversity.yulesK(TypeFrequencies.of(empty))).isNaN();
        assertThat(LexicalDiversity.meanSegmentalTypeTokenRatio(SENTENCE, 14)).isNaN();
        assertThat(LexicalDiversity.movingAverageTypeTokenRatio(SENTENCE, 14)).isNaN();
        assertThat(LexicalDiversity.mtld(empty)).isNaN();
    }

    @Test
    void textWithoutRepetition() {
        int[] distinct = {10, 20, 30, 40};

        assertThat(LexicalDiversity.typeTokenRatio(4, 4)).isEqualTo(1);
        assertThat(LexicalDiversity.herdanC(4, 4)).isEqualTo(1);
        assertThat(LexicalDiversity.maasA2(4, 4)).isZero();
        assertThat(LexicalDiversity.yulesK(TypeFrequencies.of(distinct))).isZero();
        assertThat(LexicalDiversity.movingAverageTypeTokenRatio(distinct, 2)).isEqualTo(1);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> LexicalDiversity.typeTokenRatio(5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LexicalDiversity.guiraudR(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LexicalDiversity.herdanC(5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LexicalDiversity.movingAverageTypeTokenRatio(SENTENCE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LexicalDiversity.meanSegmentalTypeTokenRatio(SENTENCE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LexicalDiversity.hdd(TypeFrequencies.of(SENTENCE), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typeFrequenciesFromIdsAndFromCounts() {
        TypeFrequencies fromIds = TypeFrequencies.of(new int[] {5, 3, 5, 900_000, 5, 3});

        assertThat(fromIds.ascendingCounts()).containsExactly(1, 2, 3);
        assertThat(fromIds.tokens()).isEqualTo(6);
        assertThat(fromIds.sumOfSquaredFrequencies()).isEqualTo(14);
        assertThat(fromIds).isEqualTo(TypeFrequencies.fromCounts(3, 1, 2));
        assertThatThrownBy(() -> TypeFrequencies.fromCounts(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Maps the space-separated words of a text to int ids, one per distinct word. */
    private static int[] ids(String text) {
        Map<String, Integer> vocabulary = new HashMap<>();
        String[] words = text.split(" ");
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = vocabulary.computeIfAbsent(words[i], word -> vocabulary.size() * 7 + 100);
        }
        return ids;
    }
}
