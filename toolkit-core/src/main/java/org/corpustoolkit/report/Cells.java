package org.corpustoolkit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of cell values shared by the renderers. */
final class Cells {
  private Cells() {}

  /** Human-oriented text of a cell: decimals rounded to the column's precision. */
  static String human(Column column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return "NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "Inf" : "-Inf";
      }
      return fixed(d, column.decimals());
    }
    if (value instanceof Float f) {
      return human(column, f.doubleValue());
    }
    return value.toString();
  }

  /**
   * {@code d} with {@code decimals} decimals, as {@code String.format(Locale.ROOT, "%.nf", d)} gives it
   * (the shortest decimal representation of the double, rounded half up), without a minus sign on a
   * value that rounds to zero. {@code BigDecimal} is used because {@code Formatter} parses its pattern
   * and builds locale symbols for every call, which dominated the rendering of long lists.
   */
  static String fixed(double d, int decimals) {
    String s = new BigDecimal(Double.toString(d)).setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
    return s.startsWith("-") && isZero(s) ? s.substring(1) : s;
  }

  private static boolean isZero(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Machine-oriented text of a cell: full precision, no exponent for ordinary magnitudes. */
  static String machine(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return decimal(d);
    }
    if (value instanceof Float f) {
      return decimal(f.doubleValue());
    }
    return value.toString();
  }

  static String decimal(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d) + ".0";
    }
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    double abs = Math.abs(d);
    if (abs >= 1e-4 && abs < 1e15) {
      return new java.math.BigDecimal(Double.toString(d)).toPlainString();
    }
    return Double.toString(d);
  }

  /** True for column types aligned to the right in tables. */
  static boolean numeric(Column column) {
    return column.type() != ColumnType.TEXT;
  }
}
