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
    if (decimals < POWERS.length && !Double.isNaN(d)) {
      double scaled = Math.abs(d) * POWERS[decimals];
      if (scaled < 1e9) {
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        // Here the product's rounding error (and the distance between the double and its shortest
        // decimal) is below 1e-7, so away from the half-way point all three round the same way.
        if (Math.abs(fraction - 0.5) > 1e-6) {
          return digits(d < 0, (long) floor + (fraction > 0.5 ? 1 : 0), decimals);
        }
      }
    }
    String s = new BigDecimal(Double.toString(d)).setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
    return s.startsWith("-") && isZero(s) ? s.substring(1) : s;
  }

  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

  /** {@code units} / 10^decimals written with {@code decimals} decimals; no sign on zero. */
  private static String digits(boolean negative, long units, int decimals) {
    StringBuilder sb = new StringBuilder(24);
    if (negative && units != 0) {
      sb.append('-');
    }
    long power = (long) POWERS[decimals];
    sb.append(units / power);
    if (decimals > 0) {
      sb.append('.');
      String fraction = Long.toString(units % power);
      for (int i = fraction.length(); i < decimals; i++) {
        sb.append('0');
      }
      sb.append(fraction);
    }
    return sb.toString();
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
    if (abs >= 1e-3 && abs < 1e7) {
      // Double.toString writes these magnitudes without an exponent, with the digits BigDecimal would
      // give back: the same text without parsing it again.
      return Double.toString(d);
    }
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
