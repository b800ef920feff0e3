package org.corpustoolkit.report;

import java.util.Locale;

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
      String s = String.format(Locale.ROOT, "%." + column.decimals() + "f", d);
      return s.equals("-0") || s.matches("-0\\.0*") ? s.substring(1) : s;
    }
    if (value instanceof Float f) {
      return human(column, f.doubleValue());
    }
    return value.toString();
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
