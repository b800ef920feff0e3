package org.corpustoolkit.plugins.report;

import static org.corpustoolkit.report.HtmlPage.escape;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report. Every label is corpus text and is escaped; numbers are
 * formatted with {@link Locale#ROOT}. Each chart is an {@code <svg class="chart">} with a
 * {@code <title>} and an {@code aria-label}, drawn without script.
 */
final class Charts {
  /** One labelled bar. */
  record Bar(String label, double value) {}

  private static final int WIDTH = 720;

  private Charts() {}

  /**
   * Rank against frequency on log10 axes. At most about 400 points are drawn: every rank up to 100,
   * then ranks spaced evenly on the log scale, so the file stays small for any vocabulary.
   */
  static String zipf(long[] frequencies) {
    int height = 360;
    int left = 60;
    int right = 20;
    int top = 20;
    int bottom = 45;
    int n = frequencies.length;
    double maxRank = Math.max(1, Math.log10(n));
    double maxFreq = Math.max(1, Math.log10(frequencies.length == 0 ? 1 : frequencies[0]));
    double xMax = Math.ceil(maxRank);
    double yMax = Math.ceil(maxFreq);
    double plotW = WIDTH - left - right;
    double plotH = height - top - bottom;
    StringBuilder sb = new StringBuilder();
    sb.append(open("zipf-chart", WIDTH, height, "Rank/frequency plot (log-log) of " + n + " word types"));
    sb.append(axes(left, top, plotW, plotH));
    for (int e = 0; e <= xMax; e++) {
      double x = left + plotW * e / xMax;
      sb.append(line(x, top + plotH, x, top + plotH + 5));
      sb.append(text(x, top + plotH + 18, "middle", "10" + sup(e)));
    }
    for (int e = 0; e <= yMax; e++) {
      double y = top + plotH - plotH * e / yMax;
      sb.append(line(left - 5, y, left, y));
      sb.append(text(left - 8, y + 4, "end", "10" + sup(e)));
    }
    sb.append(text(left + plotW / 2, height - 5, "middle", "rank"));
    sb.append(String.format(Locale.ROOT,
        "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\">"
            + "frequency</text>\n", top + plotH / 2, top + plotH / 2));
    StringBuilder points = new StringBuilder();
    int lastRank = 0;
    for (int i = 0; i < n; i++) {
      int rank = i + 1;
      boolean keep = rank <= 100 || rank == n
          || Math.log10(rank) - Math.log10(lastRank) >= maxRank / 300;
      if (!keep) {
        continue;
      }
      lastRank = rank;
      double x = left + plotW * Math.log10(rank) / xMax;
      double y = top + plotH - plotH * Math.log10(frequencies[i]) / yMax;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    sb.append("<polyline class=\"series\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\" "
        + "points=\"").append(points.toString().trim()).append("\"/>\n");
    return sb.append("</svg>\n").toString();
  }

  /** Horizontal bars, longest first as given. */
  static String bars(String id, String title, List<Bar> bars, String valueFormat) {
    int rowH = 20;
    int left = 150;
    int right = 80;
    int height = 20 + rowH * Math.max(1, bars.size());
    double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
    max = max == 0 ? 1 : max;
    double plotW = WIDTH - left - right;
    StringBuilder sb = new StringBuilder(open(id, WIDTH, height, title));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 10 + i * rowH;
      double w = Math.max(1, plotW * Math.abs(b.value()) / max);
      sb.append(text(left - 6, y + 14, "end", shorten(b.label())));
      sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
          + "height=\"%d\" fill=\"#2b6cb0\"><title>%s: %s</title></rect>\n", left, y + 2, w,
          rowH - 4, escape(b.label()), escape(String.format(Locale.ROOT, valueFormat, b.value()))));
      sb.append(text(left + w + 6, y + 14, "start",
          String.format(Locale.ROOT, valueFormat, b.value())));
    }
    return sb.append("</svg>\n").toString();
  }

  /** Bars to the right (positive, over-use) and left (negative, under-use) of a zero line. */
  static String diverging(String id, String title, List<Bar> bars) {
    int rowH = 20;
    int height = 30 + rowH * Math.max(1, bars.size());
    double centre = WIDTH / 2.0;
    double half = WIDTH / 2.0 - 170;
    double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
    max = max == 0 ? 1 : max;
    StringBuilder sb = new StringBuilder(open(id, WIDTH, height, title));
    sb.append(line(centre, 5, centre, height - 5));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 15 + i * rowH;
      double w = Math.max(1, half * Math.abs(b.value()) / max);
      boolean positive = b.value() >= 0;
      double x = positive ? centre : centre - w;
      String value = String.format(Locale.ROOT, "%.2f", b.value());
      sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" "
          + "width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>\n", x, y + 2, w,
          rowH - 4, positive ? "#2f855a" : "#c05621", escape(b.label()), value));
      sb.append(text(positive ? centre - 6 : centre + 6, y + 14, positive ? "end" : "start",
          shorten(b.label())));
      sb.append(text(positive ? centre + w + 4 : centre - w - 4, y + 14,
          positive ? "start" : "end", value));
    }
    return sb.append("</svg>\n").toString();
  }

  private static String open(String id, int width, int height, String title) {
    return "<svg class=\"chart\" id=\"" + id + "\" xmlns=\"http://www.w3.org/2000/svg\" "
        + "viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
        + "\" role=\"img\" aria-label=\"" + escape(title) + "\">\n<title>" + escape(title)
        + "</title>\n";
  }

  private static String axes(int left, int top, double w, double h) {
    return line(left, top, left, top + h) + line(left, top + h, left + w, top + h);
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
        + "stroke=\"#555\"/>\n", x1, y1, x2, y2);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n",
        x, y, anchor, escape(content));
  }

  private static String sup(int e) {
    String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(e).toCharArray()) {
      sb.append(digits.charAt(c - '0'));
    }
    return sb.toString();
  }

  private static String shorten(String label) {
    return label.codePointCount(0, label.length()) <= 22 ? label
        : label.substring(0, label.offsetByCodePoints(0, 21)) + "…";
  }
}
