package org.corpustoolkit.plugins.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpustoolkit.report.Json;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;
import org.corpustoolkit.report.RunInfo;

/**
 * The data behind the report as one JSON object (schema {@code ctk-report/1}): provenance, summary,
 * the word rows with dispersion, the frequency of every word type in rank order (the Zipf curve), the
 * n-gram rows, the keyword rows (or null) and the notes.
 */
public final class ReportJsonRenderer implements ResultRenderer<CorpusReport> {
  static final String SCHEMA = "ctk-report/1";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public Class<CorpusReport> resultType() {
    return CorpusReport.class;
  }

  @Override
  public void render(CorpusReport report, RenderRequest request, Writer out) throws IOException {
    RunInfo run = request.run();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schema", SCHEMA);
    json.put("ctk_version", run.ctkVersion());
    json.put("command_line", run.commandLine());
    json.put("generated", report.generated().toString());
    json.put("options", run.options());
    Map<String, Object> corpus = new LinkedHashMap<>();
    corpus.put("description", run.corpus());
    corpus.put("documents", run.stats().documents());
    corpus.put("skipped", run.stats().skipped());
    corpus.put("tokens", run.stats().tokens());
    corpus.put("word_tokens", run.stats().wordTokens());
    json.put("corpus", corpus);
    json.put("summary", report.summary());
    json.put("words", ReportSections.rows(report.words().table()));
    json.put("rank_frequencies", Arrays.stream(report.frequencies()).boxed().toList());
    json.put("ngrams", report.ngrams().map(n -> ReportSections.rows(n.table())).orElse(null));
    json.put("keywords", report.keywords().map(k -> ReportSections.rows(k.table())).orElse(null));
    json.put("notes", report.notes());
    Json.value(out, json);
    out.write('\n');
  }
}
