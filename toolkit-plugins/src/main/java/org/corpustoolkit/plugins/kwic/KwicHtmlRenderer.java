package org.corpustoolkit.plugins.kwic;

import static org.corpustoolkit.report.HtmlPage.escape;

import java.io.IOException;
import java.io.Writer;
import org.corpustoolkit.report.HtmlPage;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;

/**
 * {@code --format html} for a concordance: a self-contained page with the lines (left context
 * right-aligned, node highlighted, all corpus text escaped), the hit counts and the concordance plot.
 * Lines are written as they are found, so a streaming concordance stays streaming.
 */
final class KwicHtmlRenderer implements ResultRenderer<Concordance> {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public Class<Concordance> resultType() {
    return Concordance.class;
  }

  @Override
  public void render(Concordance result, RenderRequest request, Writer out) throws IOException {
    HtmlPage.begin(out, "ctk kwic: " + result.options().query(), PlotHtml.CSS);
    out.write("<table class=\"kwic\">\n<thead><tr><th>#</th><th>doc</th><th>sentence</th>"
        + "<th class=\"left\">left</th><th>node</th><th>right</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (ConcordanceLine l : result.lines()) {
      out.write("<tr><td class=\"num\">" + ++n + "</td><td>" + escape(l.doc())
          + "</td><td class=\"num\">" + l.sentence() + "</td><td class=\"left\">" + escape(l.left())
          + "</td><td class=\"node\"><mark>" + escape(l.node()) + "</mark></td><td class=\"right\">"
          + escape(l.right()) + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
    out.write("<p><strong>" + escape(result.hitsLine()) + "</strong></p>\n");
    HtmlPage.provenance(out, request.run());
    HtmlPage.summary(out, result.summary());
    PlotHtml.write(out, result.plot());
    if (!result.complete()) {
      out.write("<p class=\"note\">The plot covers only the documents searched to their end "
          + "before --limit was reached (add --count-all to plot every document).</p>\n");
    }
    HtmlPage.notes(out, result.notes());
    HtmlPage.end(out);
  }
}
