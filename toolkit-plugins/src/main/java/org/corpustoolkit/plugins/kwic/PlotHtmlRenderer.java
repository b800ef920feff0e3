package org.corpustoolkit.plugins.kwic;

import java.io.IOException;
import java.io.Writer;
import org.corpustoolkit.report.HtmlPage;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;

/** {@code --plot --format html}: a self-contained page with the concordance plot as SVG bars. */
final class PlotHtmlRenderer implements ResultRenderer<ConcordancePlot> {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public Class<ConcordancePlot> resultType() {
    return ConcordancePlot.class;
  }

  @Override
  public void render(ConcordancePlot result, RenderRequest request, Writer out) throws IOException {
    HtmlPage.begin(out, "ctk kwic plot: " + result.query(), PlotHtml.CSS);
    HtmlPage.provenance(out, request.run());
    HtmlPage.summary(out, result.summary());
    PlotHtml.write(out, result.documents());
    HtmlPage.notes(out, result.notes());
    HtmlPage.end(out);
  }
}
