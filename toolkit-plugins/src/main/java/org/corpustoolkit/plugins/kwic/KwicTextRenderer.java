package org.corpustoolkit.plugins.kwic;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.corpustoolkit.report.DisplayWidth;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;

/**
 * {@code --format text} for a concordance, as in AntConc: one line per hit, the left context
 * right-aligned so that every node starts in the same column, nodes padded to one width so that right
 * contexts line up, the node in bold colour on a terminal (unless {@code NO_COLOR}). Columns are
 * aligned on the first 1,000 lines, then lines are written as they come. Then the line
 * {@code N hits in D documents}.
 */
final class KwicTextRenderer implements ResultRenderer<Concordance> {
  private static final int ALIGN_LINES = 1000;
  static final String HIGHLIGHT = "\u001b[1;34m";
  static final String RESET = "\u001b[0m";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public Class<Concordance> resultType() {
    return Concordance.class;
  }

  @Override
  public void render(Concordance result, RenderRequest request, Writer out) throws IOException {
    Iterator<ConcordanceLine> lines = result.lines().iterator();
    List<ConcordanceLine> head = new ArrayList<>();
    int numberWidth = 1;
    int docWidth = 0;
    int leftWidth = 0;
    int nodeWidth = 0;
    while (lines.hasNext() && head.size() < ALIGN_LINES) {
      ConcordanceLine l = lines.next();
      head.add(l);
      docWidth = Math.max(docWidth, DisplayWidth.of(l.doc()));
      leftWidth = Math.max(leftWidth, DisplayWidth.of(l.left()));
      nodeWidth = Math.max(nodeWidth, DisplayWidth.of(l.node()));
    }
    numberWidth = Integer.toString(lines.hasNext() ? 9999 : head.size()).length();
    Layout layout = new Layout(numberWidth, docWidth, leftWidth, nodeWidth, request.colour());
    int n = 0;
    for (ConcordanceLine l : head) {
      out.write(layout.format(++n, l));
    }
    while (lines.hasNext()) {
      out.write(layout.format(++n, lines.next()));
    }
    if (request.footer()) {
      out.write((n > 0 ? "\n" : "") + result.hitsLine() + "\n");
    }
  }

  /** Column widths of the aligned lines. */
  record Layout(int numberWidth, int docWidth, int leftWidth, int nodeWidth, boolean colour) {
    String format(int number, ConcordanceLine l) {
      StringBuilder sb = new StringBuilder();
      sb.append(DisplayWidth.pad(Integer.toString(number), numberWidth, true)).append("  ");
      sb.append(DisplayWidth.pad(l.doc(), docWidth, false)).append("  ");
      sb.append(DisplayWidth.pad(l.left(), leftWidth, true)).append("  ");
      String node = DisplayWidth.pad(l.node(), nodeWidth, false);
      if (colour) {
        String trimmed = l.node();
        node = HIGHLIGHT + trimmed + RESET + node.substring(trimmed.length());
      }
      sb.append(node).append("  ").append(l.right());
      return sb.toString().stripTrailing() + "\n";
    }
  }
}
