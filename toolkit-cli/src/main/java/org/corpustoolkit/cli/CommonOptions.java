package org.corpustoolkit.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.spi.TokenFilter;
import org.corpustoolkit.spi.UsageException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options every analyser has, added to each generated subcommand and read back after parsing. */
final class CommonOptions {
  static final String FORMAT = "--format";
  static final String OUTPUT = "--output";
  static final String ENCODING = "--encoding";
  static final String CASE_SENSITIVE = "--case-sensitive";
  static final String STOPWORDS = "--stopwords";
  static final String LANG = "--lang";
  static final String THREADS = "--threads";
  static final String QUIET = "--quiet";
  static final String VERBOSE = "--verbose";
  static final String FILTER = "--filter";

  private CommonOptions() {}

  static void addTo(CommandSpec spec, List<String> formats) {
    addTo(spec, formats, "text", List.of());
  }

  static void addTo(CommandSpec spec, List<String> formats, String defaultFormat,
      List<TokenFilter> filters) {
    spec.addOption(OptionSpec.builder("-f", FORMAT).paramLabel("FORMAT").type(String.class)
        .defaultValue(defaultFormat).completionCandidates(formats)
        .description("Output format: " + String.join(", ", formats) + " (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(OptionSpec.builder("-o", OUTPUT).paramLabel("FILE").type(Path.class)
        .description("Write to FILE (atomically: a temporary file, then a rename) instead of "
            + "standard output. Never overwrites a file of the corpus.").build());
    spec.addOption(OptionSpec.builder(ENCODING).paramLabel("CHARSET").type(String.class)
        .description("Encoding of the corpus files (default: UTF-8 with or without BOM, else "
            + "detected with ICU; --verbose reports what was detected).").build());
    spec.addOption(OptionSpec.builder(CASE_SENSITIVE).type(boolean.class).defaultValue("false")
        .description("Keep case in counting forms (default: full Unicode case folding).").build());
    spec.addOption(OptionSpec.builder(STOPWORDS).paramLabel("en|FILE").type(String.class)
        .description("Leave stop words out of result lists: 'en' (Snowball English list) or a "
            + "UTF-8 file, one word per line.").build());
    spec.addOption(OptionSpec.builder(LANG).paramLabel("CODE").type(String.class).defaultValue("en")
        .description("Language of the corpus, ISO 639-1 (default: ${DEFAULT-VALUE}); chooses "
            + "annotators and language-specific formulas.").build());
    if (!filters.isEmpty()) {
      StringBuilder help = new StringBuilder("Token filters applied to counting forms, in the order "
          + "given (repeatable or comma-separated):");
      for (TokenFilter f : filters) {
        help.append("%n  ").append(f.name()).append(": ").append(f.description().replace("%", "%%"));
      }
      spec.addOption(OptionSpec.builder(FILTER).paramLabel("NAME").type(String[].class)
          .splitRegex(",").completionCandidates(filters.stream().map(TokenFilter::name).toList())
          .description(help.toString()).build());
    }
    spec.addOption(OptionSpec.builder(THREADS).paramLabel("N").type(int.class)
        .defaultValue(Integer.toString(Runtime.getRuntime().availableProcessors()))
        .description("Worker threads (default: the number of cores, ${DEFAULT-VALUE}). Results are "
            + "identical whatever N.").build());
    spec.addOption(OptionSpec.builder("-q", QUIET).type(boolean.class).defaultValue("false")
        .description("No warnings, progress bar or summary footer.").build());
    spec.addOption(OptionSpec.builder("-v", VERBOSE).type(boolean.class).defaultValue("false")
        .description("Report detected encodings and print stack traces with errors.").build());
  }

  static String format(CommandSpec spec) {
    return spec.findOption(FORMAT).getValue();
  }

  static Optional<Path> output(CommandSpec spec) {
    return Optional.ofNullable(spec.findOption(OUTPUT).getValue());
  }

  static ReadOptions readOptions(CommandSpec spec) {
    String name = spec.findOption(ENCODING).getValue();
    if (name == null) {
      return ReadOptions.detect();
    }
    try {
      return new ReadOptions(Optional.of(Charset.forName(name)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException("--encoding: unknown charset '" + name + "'");
    }
  }

  static boolean caseSensitive(CommandSpec spec) {
    return spec.findOption(CASE_SENSITIVE).getValue();
  }

  static String stopwords(CommandSpec spec) {
    return spec.findOption(STOPWORDS).getValue();
  }

  static String language(CommandSpec spec) {
    return spec.findOption(LANG).getValue();
  }

  static int threads(CommandSpec spec) {
    int threads = spec.findOption(THREADS).getValue();
    if (threads < 1) {
      throw new UsageException("--threads must be 1 or more, not " + threads);
    }
    return threads;
  }

  /** The filters chosen with {@code --filter}, in order; an unknown name is a usage error. */
  static List<TokenFilter> filters(CommandSpec spec, List<TokenFilter> available) {
    OptionSpec option = spec.findOption(FILTER);
    String[] names = option == null ? null : option.getValue();
    if (names == null) {
      return List.of();
    }
    List<TokenFilter> chosen = new java.util.ArrayList<>();
    for (String name : names) {
      TokenFilter filter = available.stream().filter(f -> f.name().equals(name.strip())).findFirst()
          .orElseThrow(() -> new UsageException("--filter: unknown filter '" + name + "'; choose "
              + "one of " + String.join(", ", available.stream().map(TokenFilter::name).toList())));
      chosen.add(filter);
    }
    return chosen;
  }

  static boolean quiet(CommandSpec spec) {
    return spec.findOption(QUIET).getValue();
  }

  static boolean verbose(CommandSpec spec) {
    return spec.findOption(VERBOSE).getValue();
  }
}
