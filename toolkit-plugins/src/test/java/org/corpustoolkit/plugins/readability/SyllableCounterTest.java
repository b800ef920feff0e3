package org.corpustoolkit.plugins.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyllableCounterTest {

  private final SyllableCounter counter = new SyllableCounter();

  @ParameterizedTest(name = "{0} = {1} (CMU)")
  @CsvSource(quoteCharacter = '"', value = {
    "the, 1", "table, 2", "readability, 5", "syllable, 3", "every, 3", "fire, 2", "hour, 2",
    "poem, 2", "create, 2", "lion, 2", "through, 1", "business, 2", "family, 3",
    "chocolate, 2", "boxes, 2", "cats, 1", "don't, 1", "o'clock, 2", "well-known, 2",
    "james's, 2", "tabled, 2"
  })
  void knownWordsComeFromCmu(String word, int expected) {
    assertThat(counter.dictionarySyllables(word)).hasValue(expected);
    assertThat(counter.syllables(word)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1} (rules)")
  @CsvSource(quoteCharacter = '"', value = {
    "blorft, 1", "zibbletrump, 3", "flimbering, 3", "quonkish, 2", "snargled, 2",
    "prebloating, 3", "grommish, 2", "cozzle, 2", "fribbles, 2", "wuggy, 2", "glimbrate, 2",
    "rethunking, 3", "brr, 1", "ctk, 1"
  })
  void unknownWordsUseRules(String word, int expected) {
    assertThat(counter.dictionarySyllables(word)).isEmpty();
    assertThat(counter.syllables(word)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(quoteCharacter = '"', value = {
    // hyphen: sum of parts (parts may come from CMU or the rules)
    "blorft-zibbletrump, 4", "readability-blorft, 6", "table-, 2",
    // possessives of unknown words: 's adds a syllable only after a sibilant
    "blorft's, 1", "quonkish's, 3", "fribbles', 2", "'blorft, 1",
    // other apostrophes are dropped
    "blor'ft, 1",
    // typographic apostrophe and upper case
    "DON\u2019T, 1", "The, 1"
  })
  void hyphensAndApostrophes(String word, int expected) {
    assertThat(counter.syllables(word)).isEqualTo(expected);
  }

  @Test
  void digitsNullAndEmptyCountZero() {
    assertThat(counter.syllables("1984")).isZero();
    assertThat(counter.syllables("b2b")).isZero();
    assertThat(counter.syllables("3rd")).isZero();
    assertThat(counter.syllables(null)).isZero();
    assertThat(counter.syllables("")).isZero();
    assertThat(counter.syllables("  ")).isZero();
    assertThat(counter.syllables("'")).isZero();
    assertThat(counter.syllables("--")).isZero();
  }

  @Test
  void rulesAloneOnCommonWords() {
    assertThat(SyllableRules.count("table")).isEqualTo(2);
    assertThat(SyllableRules.count("the")).isEqualTo(1);
    assertThat(SyllableRules.count("syllable")).isEqualTo(3);
    assertThat(SyllableRules.count("readability")).isEqualTo(5);
    assertThat(SyllableRules.count("jumped")).isEqualTo(1);
    assertThat(SyllableRules.count("wanted")).isEqualTo(2);
    assertThat(SyllableRules.count("boxes")).isEqualTo(2);
    assertThat(SyllableRules.count("makes")).isEqualTo(1);
    assertThat(SyllableRules.count("happy")).isEqualTo(2);
    assertThat(SyllableRules.count("lovely")).isEqualTo(2);
    assertThat(SyllableRules.count("going")).isEqualTo(2);
    assertThat(SyllableRules.count("nation")).isEqualTo(2);
    assertThat(SyllableRules.count("")).isZero();
  }

  @Test
  void cmuTableIsLoaded() {
    CmuSyllableTable table = CmuSyllableTable.getDefault();
    assertThat(table.size()).isEqualTo(126_046);
    assertThat(table.words()).isSorted();
  }
}
