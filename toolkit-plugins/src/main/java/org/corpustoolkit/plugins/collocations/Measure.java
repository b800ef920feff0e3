package org.corpustoolkit.plugins.collocations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.corpustoolkit.stats.Association;
import org.corpustoolkit.stats.ContingencyTable;

/**
 * The association measures of {@code ctk collocations}, in column order, each computed by
 * {@link Association} from Evert's 2×2 table (formulas and sources in its Javadoc and in
 * MEASURES.md). The name is the column name and the {@code --measure} value.
 */
public enum Measure {
  /** Pointwise MI, log2(O11/E11) (Church &amp; Hanks 1990). */
  MI("mi", "MI = log2(O11/E11) (Church & Hanks 1990)", Association::mutualInformation),
  /** MI³ = log2(O11³/E11) (Daille 1994). */
  MI3("mi3", "MI3 = log2(O11^3/E11) (Daille 1994)", Association::mutualInformationCubed),
  /** t-score, (O11 − E11)/√O11 (Church et al. 1991). */
  T_SCORE("t_score", "t-score = (O11 - E11)/sqrt(O11) (Church, Gale, Hanks & Hindle 1991)",
      Association::tScore),
  /** z-score, (O11 − E11)/√E11 (Berry-Rogghe 1973). */
  Z_SCORE("z_score", "z-score = (O11 - E11)/sqrt(E11) (Berry-Rogghe 1973)", Association::zScore),
  /** Signed log-likelihood G² (Dunning 1993), negative when O11 &lt; E11. */
  LL("ll", "log-likelihood G2 = 2 sum Oij ln(Oij/Eij) over the 2x2 table, negative when O11 < E11 "
      + "(Dunning 1993)", Association::logLikelihood),
  /** Dice = 2·O11/(R1 + C1) (Dice 1945; Smadja et al. 1996). */
  DICE("dice", "Dice = 2 O11/(R1 + C1) (Dice 1945; Smadja, McKeown & Hatzivassiloglou 1996)",
      Association::dice),
  /** logDice = 14 + log2(Dice) (Rychlý 2008). */
  LOG_DICE("log_dice", "logDice = 14 + log2(Dice) (Rychly 2008)", Association::logDice),
  /** Minimum sensitivity, min(O11/R1, O11/C1) (Pedersen 1998). */
  MIN_SENSITIVITY("min_sensitivity", "minimum sensitivity = min(O11/R1, O11/C1) (Pedersen 1998)",
      Association::minimumSensitivity),
  /** ΔP(collocate | node) = O11/R1 − O21/R2 (Gries 2013). */
  DELTA_P_NODE("delta_p_node", "delta_p_node = DeltaP(collocate|node) = O11/R1 - O21/R2 (Gries 2013)",
      Association::deltaPCollocateGivenNode),
  /** ΔP(node | collocate) = O11/C1 − O12/C2 (Gries 2013). */
  DELTA_P_COLLOCATE("delta_p_collocate",
      "delta_p_collocate = DeltaP(node|collocate) = O11/C1 - O12/C2 (Gries 2013)",
      Association::deltaPNodeGivenCollocate),
  /** Log Ratio = log2((O11/R1)/(O21/R2)), zero → 0.5 (Hardie 2014). */
  LOG_RATIO("log_ratio", "Log Ratio = log2((O11/R1)/(O21/R2)), a zero O11 or O21 replaced by 0.5 "
      + "(Hardie 2014; as in #LancsBox)", Association::logRatio);

  private final String columnName;
  private final String definition;
  private final ToDoubleFunction<ContingencyTable> formula;

  Measure(String columnName, String definition, ToDoubleFunction<ContingencyTable> formula) {
    this.columnName = columnName;
    this.definition = definition;
    this.formula = formula;
  }

  /** The column name and {@code --measure} value, for example {@code log_dice}. */
  public String columnName() {
    return columnName;
  }

  /** The formula and its source, for help text and column descriptions. */
  public String definition() {
    return definition;
  }

  /** The score of {@code table}. */
  public double of(ContingencyTable table) {
    return formula.applyAsDouble(table);
  }

  /** Every score of {@code table}, in {@link #values()} order; all NaN if a marginal is empty. */
  static double[] scores(ContingencyTable table) {
    Measure[] all = values();
    double[] scores = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      scores[i] = table.hasEmptyMarginal() ? Double.NaN : all[i].of(table);
    }
    return scores;
  }

  /** The measure named {@code name}. */
  static Measure named(String name) {
    for (Measure m : values()) {
      if (m.columnName.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no measure " + name.toLowerCase(Locale.ROOT));
  }

  /** Every column name. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Measure m : values()) {
      names.add(m.columnName);
    }
    return names;
  }
}
