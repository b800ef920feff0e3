package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A GitHub-flavoured Markdown document: a heading, the provenance, the summary as a list, the table
 * (pipes and backslashes in cells escaped, numbers right-aligned), then the notes. A streaming table
 * ({@link Table#isStreaming()}) knows its corpus size and summary only after its last row, so for it
 * the provenance and summary come after the table, before the notes.
 */
final class MarkdownRenderer implements Renderer {
  @Override
  public String format() {
    return "md";
  }

  @Override
  public void render(RenderRequest request, Writer out) throws IOException {
    Table table = request.result().table();
    out.write("## " + Markdown.escape(table.title()) + "\n\n");
    if (table.isStreaming()) {
      Markdown.table(out, table);
      out.write("\n" + provenance(request.run()) + "\n");
      String summary = summary(request.result().summary());
      if (!summary.isEmpty()) {
        out.write("\n" + summary);
      }
    } else {
      out.write(provenance(request.run()) + "\n\n");
      String summary = summary(request.result().summary());
      if (!summary.isEmpty()) {
        out.write(summary + "\n");
      }
      Markdown.table(out, table);
    }
    List<String> notes = request.result().notes();
    if (!notes.isEmpty()) {
      out.write('\n');
      for (String note : notes) {
        out.write("> " + Markdown.escape(note) + "\n");
      }
    }
  }

  /** The provenance line, with the corpus size as read so far. */
  private static String provenance(RunInfo run) {
    return "ctk " + run.ctkVersion() + " · `" + run.analyser() + "` · corpus: "
        + Markdown.escape(run.corpus()) + " (" + run.stats().documents()
        + (run.stats().documents() == 1 ? " document, " : " documents, ")
        + run.stats().wordTokens() + " word tokens)";
  }

  /** The summary as list items, one line each (empty for an empty summary). */
  private static String summary(Map<String, Object> summary) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : summary.entrySet()) {
      sb.append("- ").append(e.getKey()).append(": ").append(Markdown.escape(e.getValue() instanceof Double d
          ? Cells.human(Column.decimal("x", 4, ""), d) : String.valueOf(e.getValue()))).append('\n');
    }
    return sb.toString();
  }


}
