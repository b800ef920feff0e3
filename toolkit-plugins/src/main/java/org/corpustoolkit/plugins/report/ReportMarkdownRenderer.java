package org.corpustoolkit.plugins.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.corpustoolkit.plugins.keyness.KeywordList;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Markdown;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;
import org.corpustoolkit.report.RunInfo;

/**
 * The report as GitHub-flavoured Markdown: the same sections as the HTML page, with tables instead of
 * charts (the Zipf curve is summarised by a few ranks). Markdown metacharacters and HTML in corpus text
 * are backslash-escaped.
 */
public final class ReportMarkdownRenderer implements ResultRenderer<CorpusReport> {
  @Override
  public String format() {
    return "md";
  }

  @Override
  public Class<CorpusReport> resultType() {
    return CorpusReport.class;
  }

  @Override
  public void render(CorpusReport report, RenderRequest request, Writer out) throws IOException {
    RunInfo run = request.run();
    out.write("# Corpus report: " + Markdown.escape(run.corpus()) + "\n\n");
    out.write("ctk " + run.ctkVersion() + " · generated " + report.generated() + " · "
        + run.stats().documents() + " documents, " + run.stats().wordTokens() + " word tokens\n\n");
    if (!run.commandLine().isEmpty()) {
      out.write("Reproduce with:\n\n```\n" + run.commandLine().replace("`", "'") + "\n```\n\n");
    }
    out.write("## Summary\n\n");
    for (Map.Entry<String, Object> e : report.summary().entrySet()) {
      String v = e.getValue() instanceof Double d
          ? ReportSections.human(Column.decimal("x", 4, ""), d) : String.valueOf(e.getValue());
      out.write("- " + e.getKey() + ": " + Markdown.escape(v) + "\n");
    }
    out.write("\n## Rank and frequency (Zipf)\n\n| rank | frequency |\n| ---: | ---: |\n");
    long[] f = report.frequencies();
    for (int rank = 1; rank <= f.length; rank *= 10) {
      out.write("| " + rank + " | " + f[rank - 1] + " |\n");
    }
    out.write("\n## Frequency and dispersion of the top " + report.words().entries().size()
        + " words\n\nDispersion over " + report.words().partsDescription() + ".\n\n");
    Markdown.table(out, report.words().table());
    if (report.ngrams().isPresent()) {
      out.write("\n## Top " + report.ngrams().get().ngram() + "-grams\n\n");
      Markdown.table(out, report.ngrams().get().table());
    }
    if (report.keywords().isPresent()) {
      KeywordList k = report.keywords().get();
      out.write("\n## Keywords against " + Markdown.escape(k.reference().description()) + "\n\n");
      Markdown.table(out, k.table());
    }
    out.write("\n## Notes\n\n");
    for (String note : report.notes()) {
      out.write("- " + Markdown.escape(note) + "\n");
    }
  }
}
