package org.corpustoolkit.plugins.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaleChallListTest {

  private final DaleChallList list = DaleChallList.getDefault();

  @Test
  void listIsTheNewDaleChallList() {
    assertThat(list.words()).hasSize(2942).isSorted();
    assertThat(list.words()).startsWith("a", "able", "aboard", "about", "above");
  }

  @Test
  void preconditionsOfTheInflectionCases() {
    // the bases are listed, the inflected forms are not: the rules must do the work
    assertThat(list.contains("cat")).isTrue();
    assertThat(list.contains("cats")).isFalse();
    assertThat(list.contains("hop")).isTrue();
    assertThat(list.contains("hopped")).isFalse();
    assertThat(list.contains("hopping")).isFalse();
    assertThat(list.contains("gentle")).isTrue();
    assertThat(list.contains("gently")).isFalse();
    assertThat(list.contains("filled")).isFalse();
    assertThat(list.contains("tallest")).isFalse();
    assertThat(list.contains("biggest")).isFalse();
    // these two are listed themselves in the 1995 list
    assertThat(list.contains("stopped")).isTrue();
    assertThat(list.contains("happily")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // listed
    "a", "stopped", "happily", "children", "don't", "Cat",
    // -s, -es, -ies
    "cats", "dishes", "boxes", "babies",
    // possessives
    "cat's", "boy's", "boys'", "babies'", "cat\u2019s",
    // -d, -ed, -ied, doubling
    "hoped", "jumped", "filled", "hopped", "cried",
    // -ing, silent e, doubling
    "jumping", "making", "hopping",
    // comparatives and superlatives
    "nicer", "nicest", "tallest", "biggest", "happier", "happiest",
    // -ly, -ily, -le -> -ly
    "sadly", "carefully", "gently"
  })
  void familiar(String word) {
    assertThat(DaleChallList.isFamiliar(word)).as(word).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "readability", "syllable",
    // derivations other than the regular inflections are not applied
    "gladness", "catlike",
    // at most one ending: no stacking
    "cattings",
    "", " "
  })
  void notFamiliar(String word) {
    assertThat(DaleChallList.isFamiliar(word)).as(word).isFalse();
  }

  @Test
  void nullIsNotFamiliar() {
    assertThat(DaleChallList.isFamiliar(null)).isFalse();
  }
}
