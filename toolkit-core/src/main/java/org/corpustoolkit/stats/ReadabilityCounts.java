package org.corpustoolkit.stats;

/**
 * The counts that readability formulas take, gathered by a counter elsewhere (tokenizer, sentence splitter,
 * syllable counter, word lists); {@link Readability} only does the arithmetic. Counts a formula does not use
 * may be left at 0. Build with {@link #builder()}.
 *
 * @param sentences St, number of sentences
 * @param words W, number of words
 * @param syllables Sy, total syllables in the words
 * @param letters L, total letters in the words
 * @param complexWords words of three or more syllables for Gunning Fog; the counter decides whether to
 *     apply Gunning's exclusions (proper nouns, familiar compounds, -es/-ed/-ing endings)
 * @param polysyllables words of three or more syllables, without exclusions (SMOG, Linsear Write)
 * @param monosyllables words of one syllable (FORCAST)
 * @param longWords words of more than six letters (LIX, RIX)
 * @param difficultWords words not on the Dale–Chall familiar-word list, inflections of familiar words
 *     counting as familiar
 */
public record ReadabilityCounts(
        long sentences,
        long words,
        long syllables,
        long letters,
        long complexWords,
        long polysyllables,
        long monosyllables,
        long longWords,
        long difficultWords) {

    /** Validates that counts are non-negative and that word subsets do not exceed the word count. */
    public ReadabilityCounts {
        requireNonNegative("sentences", sentences);
        requireNonNegative("words", words);
        requireNonNegative("syllables", syllables);
        requireNonNegative("letters", letters);
        requireSubset("complexWords", complexWords, words);
        requireSubset("polysyllables", polysyllables, words);
        requireSubset("monosyllables", monosyllables, words);
        requireSubset("longWords", longWords, words);
        requireSubset("difficultWords", difficultWords, words);
        if (monosyllables + polysyllables > words) {
            throw new IllegalArgumentException("monosyllables + polysyllables exceed the words: "
                    + monosyllables + " + " + polysyllables + " > " + words);
        }
    }

    /** @return a builder with every count at 0 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return ASL = W/St, average sentence length in words (NaN or infinite when St = 0) */
    public double averageSentenceLength() {
        return (double) words / sentences;
    }

    /** @return ASW = Sy/W, average syllables per word (NaN when W = 0) */
    public double averageSyllablesPerWord() {
        return (double) syllables / words;
    }

    /** @return true when there is at least one word and one sentence, so that every formula is defined */
    public boolean isMeasurable() {
        return words > 0 && sentences > 0;
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be non-negative, was " + value);
        }
    }

    private static void requireSubset(String name, long value, long words) {
        requireNonNegative(name, value);
        if (value > words) {
            throw new IllegalArgumentException(name + " (" + value + ") exceed the words (" + words + ")");
        }
    }

    /** Collects counts by name; every count defaults to 0. */
    public static final class Builder {
        private long sentences;
        private long words;
        private long syllables;
        private long letters;
        private long complexWords;
        private long polysyllables;
        private long monosyllables;
        private long longWords;
        private long difficultWords;

        private Builder() {
        }

        /** @param value St @return this builder */
        public Builder sentences(long value) {
            sentences = value;
            return this;
        }

        /** @param value W @return this builder */
        public Builder words(long value) {
            words = value;
            return this;
        }

        /** @param value Sy @return this builder */
        public Builder syllables(long value) {
            syllables = value;
            return this;
        }

        /** @param value L @return this builder */
        public Builder letters(long value) {
            letters = value;
            return this;
        }

        /** @param value Gunning complex words @return this builder */
        public Builder complexWords(long value) {
            complexWords = value;
            return this;
        }

        /** @param value words of ≥ 3 syllables @return this builder */
        public Builder polysyllables(long value) {
            polysyllables = value;
            return this;
        }

        /** @param value words of 1 syllable @return this builder */
        public Builder monosyllables(long value) {
            monosyllables = value;
            return this;
        }

        /** @param value words of &gt; 6 letters @return this builder */
        public Builder longWords(long value) {
            longWords = value;
            return this;
        }

        /** @param value words not on the Dale–Chall list @return this builder */
        public Builder difficultWords(long value) {
            difficultWords = value;
            return this;
        }

        /** @return the validated counts */
        public ReadabilityCounts build() {
            return new ReadabilityCounts(sentences, words, syllables, letters, complexWords, polysyllables,
                    monosyllables, longWords, difficultWords);
        }
    }
}
