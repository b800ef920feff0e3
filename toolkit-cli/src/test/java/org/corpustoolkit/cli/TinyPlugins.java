package org.corpustoolkit.cli;

import org.corpustoolkit.testkit.PluginJar;

/** Sources of tiny plugins for loading tests, compiled into jars with {@link PluginJar}. */
final class TinyPlugins {
  private TinyPlugins() {}

  /**
   * A plugin {@code id} in package {@code pkg} with analyser {@code name} whose one-row table has a
   * {@code value} column computed by {@code valueExpression} (Java, may use {@code context}), and
   * a {@code documents} column.
   */
  static PluginJar analyser(String id, String pkg, String name, String valueExpression) {
    return PluginJar.builder(id)
        .source(pkg + ".TinyAnalyser", """
            package %1$s;

            import java.util.List;
            import org.corpustoolkit.report.Column;
            import org.corpustoolkit.report.Table;
            import org.corpustoolkit.spi.*;

            public final class TinyAnalyser implements Analyser<Object> {
              @Override public AnalyserDescriptor descriptor() {
                return new AnalyserDescriptor("%2$s", "Tiny analyser %2$s from %3$s", "Counts.",
                    List.of(), List.of(), AnalysisResult.class);
              }
              @Override public Object options(OptionValues values) { return ""; }
              @Override public AnalysisResult analyse(AnalysisContext context, Object options) {
                int docs = context.processDocuments(() -> new int[1], (s, d) -> s[0]++,
                    (a, b) -> { a[0] += b[0]; return a; })[0];
                String value = String.valueOf(%4$s);
                Table t = Table.builder("%2$s").column(Column.text("value", "a value"))
                    .column(Column.integer("documents", "documents read")).row(value, docs).build();
                return () -> t;
              }
            }
            """.formatted(pkg, name, id, valueExpression))
        .source(pkg + ".TinyModule", """
            package %s;

            public final class TinyModule extends org.corpustoolkit.spi.PluginModule {
              @Override protected void configure() {
                org.corpustoolkit.spi.Extensions.analyser(binder(), TinyAnalyser.class);
              }
            }
            """.formatted(pkg))
        .module(pkg + ".TinyModule");
  }
}
