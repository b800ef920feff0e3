package org.corpustoolkit.report;

import java.io.IOException;
import java.io.StringWriter;
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
    Rows rows = new Rows(new OutputBuffer(out), table.columns());
    rows.writeRows(table.cursor(), 0);
    out.write(rows.first ? "]" : "\n  ]");
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

  /** Each row an object, cells as {@link Json#value} writes them. */
  private static final class Rows extends RowWriter {
    /** Per column: {@code "name":}, and a comma before it but for the first. */
    private final String[] keys;
    boolean first = true;

    Rows(OutputBuffer out, List<Column> columns) throws IOException {
      super(out, columns);
      keys = new String[columns.size()];
      for (int i = 0; i < keys.length; i++) {
        StringWriter key = new StringWriter();
        if (i > 0) {
          key.write(',');
        }
        Json.string(key, columns.get(i).name());
        key.write(':');
        keys[i] = key.toString();
      }
    }

    @Override
    void beginRow() {
      out.append(first ? "\n    {" : ",\n    {");
    }

    @Override
    void endRow() {
      out.append('}');
      first = false;
    }

    private void key() {
      out.append(keys[column]);
    }

    @Override
    void empty() {
      key();
      out.append("null");
      column++;
    }

    @Override
    public void text(String value, int start, int end) {
      key();
      if (!repeat(value, start, end)) {
        int from = out.length();
        Json.string(out, value, start, end);
        remember(value, start, end, from, 0);
      }
      column++;
    }

    @Override
    public void integer(long value) {
      key();
      out.append(value);
      column++;
    }

    @Override
    public void decimal(double value) {
      key();
      out.append(Double.isNaN(value) || Double.isInfinite(value) ? "null" : Cells.decimal(value));
      column++;
    }

    @Override
    void other(Object value) {
      key();
      StringWriter json = new StringWriter();
      try {
        Json.value(json, value);
      } catch (IOException e) {
        throw new IllegalStateException(e); // a StringWriter does not fail
      }
      out.append(json.toString());
      column++;
    }
  }
}
