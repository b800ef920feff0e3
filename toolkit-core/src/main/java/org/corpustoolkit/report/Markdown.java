package org.corpustoolkit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Building blocks for GitHub-flavoured Markdown output, shared by the generic renderer and the
 * result-specific ones of plugins, so every Markdown table looks and escapes alike.
 *
 * @since 0.1 (stable)
 */
public final class Markdown {
  private Markdown() {}

  /** Writes {@code table} as a pipe table: escaped cells, numbers right-aligned. */
  public static void table(Writer out, Table table) throws IOException {
    List<Column> columns = table.columns();
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (Column c : columns) {
      header.append(' ').append(c.name()).append(" |");
      rule.append(Cells.numeric(c) ? " ---: |" : " --- |");
    }
    out.write(header + "\n" + rule + "\n");
    new Rows(new OutputBuffer(out), columns).writeRows(table.cursor(), 0);
  }

  /**
   * Escapes Markdown metacharacters (and angle brackets, so corpus text never becomes HTML) with a
   * backslash; line breaks become spaces.
   */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(' ');
        continue;
      }
      if (special(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** True for the characters {@link #escape} puts a backslash before. */
  private static boolean special(char c) {
    return c < SPECIAL.length && SPECIAL[c];
  }

  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char c : "\\|*_`<>[]#!&".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  /** Cells as {@link Cells#human}, escaped: {@code | cell | cell |}. */
  private static final class Rows extends RowWriter {
    Rows(OutputBuffer out, List<Column> columns) {
      super(out, columns);
    }

    @Override
    void beginRow() {
      out.append('|');
    }

    @Override
    void endRow() {
      out.append('\n');
    }

    @Override
    void empty() {
      out.append("  |");
      column++;
    }

    @Override
    public void text(String value, int start, int end) {
      out.append(' ');
      if (!repeat(value, start, end)) {
        int from = out.length();
        cell(value, start, end);
        remember(value, start, end, from, 0);
      }
      out.append(" |");
      column++;
    }

    private void cell(String value, int start, int end) {
      int from = out.length();
      out.append(value, start, end);
      char[] chars = out.array();
      for (int k = from, to = out.length(); k < to; k++) {
        char c = chars[k];
        if (c == '\n' || c == '\r' || special(c)) {
          out.truncate(from);
          out.append(escape(value.substring(start, end)));
          return;
        }
      }
    }

    @Override
    public void integer(long value) {
      out.append(' ');
      out.append(value);
      out.append(" |");
      column++;
    }

    @Override
    public void decimal(double value) {
      text(Cells.human(columns.get(column), value));
    }

    @Override
    void other(Object value) {
      text(value.toString());
    }
  }
}
