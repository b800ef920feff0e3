package org.corpustoolkit.plugins.readability;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.corpustoolkit.stats.Readability;
import org.corpustoolkit.stats.ReadabilityCounts;

/**
 * The language-specific adaptations of Flesch Reading Ease offered with {@code --lang}, each with the
 * column it adds and its source (the formulas and full citations are in {@link Readability}).
 */
public enum FleschVariant {
  /** German: Amstad (1978), {@code 180 − ASL − 58.5·ASW}. */
  AMSTAD("de", "amstad", "Amstad (1978) German Flesch: 180 - ASL - 58.5 x ASW", Readability::amstad),
  /** Spanish: Fernández Huerta (1959) as corrected by Law (2011), {@code 206.84 − 1.02·ASL − 60·ASW}. */
  FERNANDEZ_HUERTA("es", "fernandez_huerta",
      "Fernandez Huerta (1959) Spanish Flesch, corrected by Law (2011): 206.84 - 1.02 x ASL - 60 x ASW",
      Readability::fernandezHuerta),
  /** French: Kandel &amp; Moles (1958), {@code 207 − 1.015·ASL − 73.6·ASW}. */
  KANDEL_MOLES("fr", "kandel_moles",
      "Kandel & Moles (1958) French Flesch: 207 - 1.015 x ASL - 73.6 x ASW", Readability::kandelMoles),
  /** Italian: Franchina &amp; Vacca (1972/1986), {@code 217 − 1.3·ASL − 60·ASW}. */
  FLESCH_VACCA("it", "flesch_vacca",
      "Franchina & Vacca (1986) Italian Flesch-Vacca: 217 - 1.3 x ASL - 60 x ASW", Readability::fleschVacca),
  /** Dutch: Douma (1960), {@code 206.84 − 0.93·ASL − 77·ASW}. */
  DOUMA("nl", "douma", "Douma (1960) Dutch Flesch: 206.84 - 0.93 x ASL - 77 x ASW", Readability::douma),
  /** Russian: Oborneva (2006), {@code 206.835 − 1.3·ASL − 60.1·ASW}. */
  OBORNEVA("ru", "oborneva", "Oborneva (2006) Russian Flesch: 206.835 - 1.3 x ASL - 60.1 x ASW",
      Readability::oborneva);

  private final String language;
  private final String column;
  private final String description;
  private final ToDoubleFunction<ReadabilityCounts> formula;

  FleschVariant(String language, String column, String description,
      ToDoubleFunction<ReadabilityCounts> formula) {
    this.language = language;
    this.column = column;
    this.description = description;
    this.formula = formula;
  }

  /** The variant for an ISO 639-1 code ({@code de}, {@code es}, ...), if there is one. */
  public static Optional<FleschVariant> forLanguage(String language) {
    String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
    for (FleschVariant v : values()) {
      if (v.language.equals(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** ISO 639-1 code of the language. */
  public String language() {
    return language;
  }

  /** The snake_case column name. */
  public String column() {
    return column;
  }

  /** One line: source and formula. */
  public String description() {
    return description;
  }

  /** The score (NaN when the counts are not measurable). */
  public double score(ReadabilityCounts counts) {
    return formula.applyAsDouble(counts);
  }
}
