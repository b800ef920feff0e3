package org.corpustoolkit.report.legacy;

import org.corpustoolkit.report.*;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON, one stable schema for every analyser (schema version 1):
 *
 * <pre>{@code
 * {
 *   "schema": "ctk-result/1",
 *   "ctk_version": "0.1.0",
 *   "analyser": "frequency",
 *   "options": {"top": "20", ...},
 *   "title": "word frequency",
 *   "columns": [{"name": "rank", "type": "integer", "description": "..."}, ...],
 *   "rows": [{"rank": 1, "word": "the", ...}, ...],
 *   "corpus": {"description": "...", "documents": 4, "skipped": 0, "tokens": 1500,
 *              "word_tokens": 1300, "characters": 8000},
 *   "summary": {...},
 *   "notes": ["..."]
 * }
 * }</pre>
 *
 * Rows are written as they are produced, so streaming tables stay streaming; the corpus figures and
 * summary come after the rows because a streaming result knows them only at the end.
 */
final class JsonRenderer implements Renderer {
  static final String SCHEMA = "ctk-result/1";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void render(RenderRequest request, Writer out) throws IOException {
    Table table = request.result().table();
    RunInfo run = request.run();
    out.write("{\n  \"schema\": ");
    Json.string(out, SCHEMA);
    out.write(",\n  \"ctk_version\": ");
    Json.string(out, run.ctkVersion());
    out.write(",\n  \"analyser\": ");
    Json.string(out, run.analyser());
    out.write(",\n  \"options\": ");
    Json.value(out, run.options());
    out.write(",\n  \"title\": ");
    Json.string(out, table.title());
    out.write(",\n  \"columns\": ");
    List<Object> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
      m.put("description", c.description());
      columns.add(m);
    }
    Json.value(out, columns);
    out.write(",\n  \"rows\": [");
    boolean first = true;
    for (Object[] row : table.rows()) {
      out.write(first ? "\n    " : ",\n    ");
      first = false;
      out.write('{');
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        Json.string(out, table.columns().get(i).name());
        out.write(':');
        Json.value(out, row[i]);
      }
      out.write('}');
    }
    out.write(first ? "]" : "\n  ]");
    out.write(",\n  \"corpus\": ");
    Map<String, Object> corpus = new LinkedHashMap<>();
    corpus.put("description", run.corpus());
    corpus.put("documents", run.stats().documents());
    corpus.put("skipped", run.stats().skipped());
    corpus.put("tokens", run.stats().tokens());
    corpus.put("word_tokens", run.stats().wordTokens());
    corpus.put("characters", run.stats().characters());
    Json.value(out, corpus);
    out.write(",\n  \"summary\": ");
    Json.value(out, request.result().summary());
    out.write(",\n  \"notes\": ");
    Json.value(out, request.result().notes());
    out.write("\n}\n");
  }
}
