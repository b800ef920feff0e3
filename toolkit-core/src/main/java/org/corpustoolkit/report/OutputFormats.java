package org.corpustoolkit.report;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.UsageException;

/**
 * All output formats of a run: the generic renderers and the result-specific ones, and the rule for
 * choosing: a result-specific renderer for the result's type wins over a generic one of the same name.
 */
public final class OutputFormats {
  private final Set<Renderer> renderers;
  private final Set<ResultRenderer<?>> resultRenderers;

  @Inject
  OutputFormats(Set<Renderer> renderers, Set<ResultRenderer<?>> resultRenderers) {
    this.renderers = renderers;
    this.resultRenderers = resultRenderers;
  }

  /** Formats available for results of {@code resultType}, sorted. */
  public List<String> formatsFor(Class<? extends AnalysisResult> resultType) {
    Set<String> names = new TreeSet<>();
    renderers.forEach(r -> names.add(r.format()));
    for (ResultRenderer<?> r : resultRenderers) {
      if (r.resultType().isAssignableFrom(resultType)) {
        names.add(r.format());
      }
    }
    return new ArrayList<>(names);
  }

  /** Checks early that {@code format} exists for results of {@code resultType}. */
  public void check(String format, Class<? extends AnalysisResult> resultType) {
    List<String> formats = formatsFor(resultType);
    if (!formats.contains(format)) {
      throw new UsageException("unknown --format '" + format + "'; choose one of "
          + String.join(", ", formats));
    }
  }

  /** Renders {@code request} in {@code format}. */
  public void render(String format, RenderRequest request, Writer out) throws IOException {
    AnalysisResult result = request.result();
    for (ResultRenderer<?> r : resultRenderers) {
      if (r.format().equals(format) && r.resultType().isInstance(result)) {
        renderSpecific(r, request, out);
        return;
      }
    }
    for (Renderer r : renderers) {
      if (r.format().equals(format)) {
        r.render(request, out);
        return;
      }
    }
    throw new UsageException("unknown --format '" + format + "'; choose one of "
        + String.join(", ", formatsFor(result.getClass())));
  }

  private static <R extends AnalysisResult> void renderSpecific(ResultRenderer<R> renderer,
      RenderRequest request, Writer out) throws IOException {
    renderer.render(renderer.resultType().cast(request.result()), request, out);
  }

}
