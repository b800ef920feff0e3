package org.corpustoolkit.plugins.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpustoolkit.plugins.frequency.FrequencyEntry;
import org.corpustoolkit.plugins.keyness.KeywordList;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.ColumnType;
import org.corpustoolkit.report.Table;

/** Format-neutral pieces of a report shared by its renderers: chart data, cell text, row maps. */
final class ReportSections {
  private ReportSections() {}

  /** The top words as bars of frequency. */
  static List<Charts.Bar> topWords(CorpusReport report) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (FrequencyEntry e : report.words().entries()) {
      if (bars.size() == report.options().chartWords()) {
        break;
      }
      bars.add(new Charts.Bar(e.item(), e.frequency()));
    }
    return bars;
  }

  /** The strongest positive then negative keywords as bars of Log Ratio. */
  static List<Charts.Bar> keyness(KeywordList keywords, int perDirection) {
    List<Charts.Bar> bars = new ArrayList<>();
    int half = Math.max(1, perDirection / 2);
    keywords.positive().stream().limit(half)
        .forEach(k -> bars.add(new Charts.Bar(k.word(), k.scores().logRatio())));
    keywords.negative().stream().limit(half)
        .forEach(k -> bars.add(new Charts.Bar(k.word(), k.scores().logRatio())));
    return bars;
  }

  /** A cell as people read it: decimals rounded to the column's precision, NaN as "NaN". */
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
      return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
    return value.toString();
  }

  /** True for right-aligned, numerically sorted columns. */
  static boolean numeric(Column column) {
    return column.type() != ColumnType.TEXT;
  }

  /** The rows of {@code table} as maps from column name to value, for JSON. */
  static List<Map<String, Object>> rows(Table table) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object[] row : table.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < row.length; i++) {
        m.put(table.columns().get(i).name(), row[i]);
      }
      rows.add(m);
    }
    return rows;
  }

}
