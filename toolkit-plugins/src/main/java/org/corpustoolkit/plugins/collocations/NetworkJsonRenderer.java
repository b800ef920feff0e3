package org.corpustoolkit.plugins.collocations;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpustoolkit.report.Json;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.ResultRenderer;

/**
 * {@code --format json} for a collocation network: nodes and edges, every edge with its table and all
 * scores.
 *
 * <pre>{@code
 * {"schema": "ctk-network/1", "ctk_version": ..., "analyser": "collocations", "options": {...},
 *  "root": "tea", "measure": "log_dice", "depth": 2,
 *  "nodes": [{"id": "tea", "level": 0, "frequency": 40}, ...],
 *  "edges": [{"source": "tea", "target": "cup", "level": 1, "score": 11.2, "observed": 5,
 *             "expected": 0.1, "collocate_frequency": 6, "window_positions": 300, "mi": ..., ...}],
 *  "corpus": {...}, "summary": {...}, "notes": [...]}
 * }</pre>
 *
 * NaN and infinite scores are written as null (the shared {@link Json} writer).
 */
public final class NetworkJsonRenderer implements ResultRenderer<CollocationNetwork> {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public Class<CollocationNetwork> resultType() {
    return CollocationNetwork.class;
  }

  @Override
  public void render(CollocationNetwork network, RenderRequest request, Writer out)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "ctk-network/1");
    root.put("ctk_version", request.run().ctkVersion());
    root.put("analyser", request.run().analyser());
    root.put("options", request.run().options());
    root.put("root", network.root());
    root.put("measure", network.measure());
    root.put("depth", network.depth());
    List<Object> nodes = new ArrayList<>();
    for (CollocationNetwork.Node n : network.nodes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", n.word());
      m.put("level", n.level());
      m.put("frequency", n.frequency());
      nodes.add(m);
    }
    root.put("nodes", nodes);
    List<Object> edges = new ArrayList<>();
    for (CollocationNetwork.Edge e : network.edges()) {
      Collocation c = e.collocation();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", e.source());
      m.put("target", e.target());
      m.put("level", e.level());
      m.put("score", network.score(e));
      m.put("observed", c.observed());
      m.put("expected", c.expected());
      m.put("collocate_frequency", c.collocateFrequency());
      m.put("window_positions", c.windowPositions());
      for (Measure measure : Measure.values()) {
        m.put(measure.columnName(), c.score(measure));
      }
      edges.add(m);
    }
    root.put("edges", edges);
    Map<String, Object> corpus = new LinkedHashMap<>();
    corpus.put("description", request.run().corpus());
    corpus.put("documents", request.run().stats().documents());
    corpus.put("word_tokens", request.run().stats().wordTokens());
    root.put("corpus", corpus);
    root.put("summary", network.summary());
    root.put("notes", network.notes());
    Json.value(out, root);
    out.write('\n');
  }
}
