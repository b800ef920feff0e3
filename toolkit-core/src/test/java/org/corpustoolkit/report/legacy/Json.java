package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

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
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        case '\b' -> out.write("\\b");
        case '\f' -> out.write("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.write(String.format("\\u%04x", (int) c));
          } else {
            out.write(c);
          }
        }
      }
    }
    out.write('"');
  }
}
