package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer (RFC 8259 string escaping; NaN and infinities as null): maps, collections,
 * strings, numbers, booleans and null. Public so that result-specific renderers write the same JSON.
 *
 * @since 0.2
 */
public final class Json {
  private Json() {}

  public static void value(Writer out, Object value) throws IOException {
    if (value == null) {
      out.write("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Double d) {
      out.write(d.isNaN() || d.isInfinite() ? "null" : Cells.decimal(d));
    } else if (value instanceof Float f) {
      value(out, f.doubleValue());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.write(value.toString());
    } else if (value instanceof Map<?, ?> map) {
      out.write('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.write(':');
        value(out, e.getValue());
      }
      out.write('}');
    } else if (value instanceof Collection<?> list) {
      out.write('[');
      boolean first = true;
      for (Object o : list) {
        if (!first) {
          out.write(',');
        }
        first = false;
        value(out, o);
      }
      out.write(']');
    } else {
      string(out, value.toString());
    }
  }

  public static void string(Writer out, String s) throws IOException {
    out.write('"');
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      String escaped = escape(s.charAt(i));
      if (escaped != null) {
        out.write(s, run, i - run);
        out.write(escaped);
        run = i + 1;
      }
    }
    out.write(s, run, s.length() - run);
    out.write('"');
  }

  /** {@code s.substring(start, end)} as a JSON string, quotes included. */
  static void string(OutputBuffer out, String s, int start, int end) {
    out.append('"');
    int from = out.length();
    out.append(s, start, end);
    char[] chars = out.array();
    for (int k = from, to = out.length(); k < to; k++) {
      char c = chars[k];
      if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
        out.truncate(k);
        for (int i = start + (k - from); i < end; i++) {
          char d = s.charAt(i);
          String escaped = escape(d);
          if (escaped == null) {
            out.append(d);
          } else {
            out.append(escaped);
          }
        }
        break;
      }
    }
    out.append('"');
  }

  /** The escape sequence of {@code c} inside a JSON string, or null if it stands for itself. */
  private static String escape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      default:
        return c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
    }
  }
}
