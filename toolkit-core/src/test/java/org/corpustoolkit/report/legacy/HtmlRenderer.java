package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

import java.io.IOException;
import java.io.Writer;

/** A self-contained HTML page with the provenance, summary, table and notes (all text escaped). */
final class HtmlRenderer implements Renderer {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public void render(RenderRequest request, Writer out) throws IOException {
    Table table = request.result().table();
    HtmlPage.begin(out, "ctk " + request.run().analyser() + ": " + table.title(), "");
    HtmlPage.provenance(out, request.run());
    HtmlPage.summary(out, request.result().summary());
    HtmlPage.table(out, table, 0);
    HtmlPage.notes(out, request.result().notes());
    HtmlPage.end(out);
  }
}
