package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

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
    for (Object[] row : table.rows()) {
      StringBuilder line = new StringBuilder("|");
      for (int i = 0; i < row.length; i++) {
        line.append(' ').append(escape(Cells.human(columns.get(i), row[i]))).append(" |");
      }
      out.write(line.append('\n').toString());
    }
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
      if ("\\|*_`<>[]#!&".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
