package org.corpustoolkit.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the CLI needs to know to offer an analyser as a subcommand: its name, a one-line description, a
 * longer help text (where the statistics come from), its options and positional parameters, and the type
 * of result it returns (so result-specific output formats can be offered).
 *
 * @param name the subcommand name, lower case with hyphens ({@code frequency}, {@code sentence-lengths})
 * @param description one line, shown in {@code ctk --help} and {@code ctk analysers}
 * @param help paragraphs shown in {@code ctk NAME --help}: definitions and citations
 * @param options the analyser's own options (the CLI adds the common ones)
 * @param parameters positional parameters taken before the corpus arguments
 * @param resultType the class of the results {@link Analyser#analyse} returns
 * @param defaultFormat the {@code --format} used when none is given: {@code text} for most analysers,
 *     {@code html} for a report (since 0.2)
 * @since 0.1 (stable)
 */
public record AnalyserDescriptor(String name, String description, String help,
    List<OptionDef<?>> options, List<OptionDef<?>> parameters,
    Class<? extends AnalysisResult> resultType, String defaultFormat) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** A descriptor whose default output format is {@code text} (the 0.1 constructor). */
  public AnalyserDescriptor(String name, String description, String help,
      List<OptionDef<?>> options, List<OptionDef<?>> parameters,
      Class<? extends AnalysisResult> resultType) {
    this(name, description, help, options, parameters, resultType, "text");
  }

  public AnalyserDescriptor {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultFormat, "defaultFormat");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(resultType, "resultType");
    options = List.copyOf(options);
    parameters = List.copyOf(parameters);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("analyser names are lower case with hyphens: " + name);
    }
    for (OptionDef<?> p : parameters) {
      if (!p.positional()) {
        throw new IllegalArgumentException(p.name() + " is not a positional parameter");
      }
    }
  }

  /** This descriptor with another default output format. */
  public AnalyserDescriptor withDefaultFormat(String format) {
    return new AnalyserDescriptor(name, description, help, options, parameters, resultType, format);
  }
}
