package org.corpustoolkit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.CorpusLoader;
import org.corpustoolkit.corpus.CorpusReaders;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.engine.ProgressListener;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugin.CtkVersion;
import org.corpustoolkit.plugin.RegisteredAnalyser;
import org.corpustoolkit.report.OutputFormats;
import org.corpustoolkit.report.RenderRequest;
import org.corpustoolkit.report.RunInfo;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.Annotator;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.CorpusResolver;
import org.corpustoolkit.spi.CtkException;
import org.corpustoolkit.spi.OptionDef;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.spi.PluginException;
import org.corpustoolkit.spi.TokenFilter;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.Stopwords;
import org.corpustoolkit.text.TextSettings;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A subcommand generated from an analyser's descriptor: its own options and positional parameters,
 * the common options, and the corpus arguments. Running it loads the corpus, runs the analyser and
 * renders the result.
 */
final class AnalyserCommand implements Callable<Integer> {
  static final String CORPUS_LABEL = "CORPUS";

  private final RegisteredAnalyser registered;
  private final OutputFormats formats;
  private final Map<String, Annotator> annotators;
  private final CliEnvironment env;
  private final List<TokenFilter> filters;
  private final CorpusReaders readers;
  private final CommandSpec spec;
  private final Map<OptionDef<?>, ArgSpec> args = new LinkedHashMap<>();
  private PositionalParamSpec corpusParam;

  AnalyserCommand(RegisteredAnalyser registered, OutputFormats formats, CliEnvironment env) {
    this(registered, formats, List.of(), CorpusReaders.none(), Map.of(), env);
  }

  AnalyserCommand(RegisteredAnalyser registered, OutputFormats formats, List<TokenFilter> filters,
      CorpusReaders readers, Map<String, Annotator> annotators, CliEnvironment env) {
    this.registered = registered;
    this.formats = formats;
    this.filters = filters;
    this.readers = readers;
    this.annotators = annotators;
    this.env = env;
    this.spec = CommandSpec.wrapWithoutInspection(this);
    build();
  }

  CommandSpec spec() {
    return spec;
  }

  private void build() {
    AnalyserDescriptor d = registered.analyser().descriptor();
    spec.name(d.name());
    spec.mixinStandardHelpOptions(true);
    spec.version("ctk " + CtkVersion.version());
    UsageMessageSpec usage = spec.usageMessage();
    usage.description(d.description().replace("%", "%%"), "", d.help().replace("%", "%%"));
    usage.sortOptions(false);
    usage.parameterListHeading("%nParameters:%n");
    usage.optionListHeading("%nOptions:%n");
    usage.footerHeading("%nExit codes:%n");
    usage.footer("  0 ok, 1 internal error, 2 usage error, 3 corpus or data error, 4 plugin error.",
        "", "Analyser from plugin '" + registered.plugin().id() + "' "
            + registered.plugin().version() + ".");
    int index = 0;
    for (OptionDef<?> p : d.parameters()) {
      PositionalParamSpec param = PositionalParamSpec.builder()
          .index(Integer.toString(index++))
          .paramLabel(p.paramLabel())
          .arity(p.defaultValue() == null ? "1" : "0..1")
          .type(String.class)
          .description(p.description().replace("%", "%%"))
          .build();
      spec.addPositional(param);
      args.put(p, param);
    }
    for (OptionDef<?> o : d.options()) {
      OptionSpec.Builder b = o.shortName() == null ? OptionSpec.builder(o.name())
          : OptionSpec.builder(o.shortName(), o.name());
      b.type(o.isFlag() ? boolean.class : o.type())
          .description(o.description().replace("%", "%%")
              + (o.isFlag() || o.defaultValue() == null ? "" : " (default: ${DEFAULT-VALUE})"));
      if (o.isFlag()) {
        b.defaultValue("false");
      } else {
        b.paramLabel(o.paramLabel());
        if (o.defaultValue() != null) {
          b.defaultValue(String.valueOf(o.defaultValue()));
        }
        if (!o.choices().isEmpty()) {
          b.completionCandidates(o.choices());
        }
      }
      OptionSpec option = b.build();
      spec.addOption(option);
      args.put(o, option);
    }
    CommonOptions.addTo(spec, formats.formatsFor(d.resultType()), d.defaultFormat(), filters);
    corpusParam = PositionalParamSpec.builder()
        .index(index + "..*")
        .paramLabel(CORPUS_LABEL)
        .arity("0..*")
        .type(String[].class)
        .description("Files, folders (read recursively), glob patterns, or - for standard input; "
            + ".gz files are read transparently. Default: the bundled seed corpus.")
        .build();
    spec.addPositional(corpusParam);
  }

  @Override
  public Integer call() {
    Analyser<?> analyser = registered.analyser();
    AnalyserDescriptor d = analyser.descriptor();
    String format = CommonOptions.format(spec);
    formats.check(format, d.resultType());
    List<String> omitted = new ArrayList<>();
    OptionValues values = values(analyser, omitted);
    Corpus corpus = corpus(omitted);
    Optional<Path> output = CommonOptions.output(spec).map(p -> env.workingDirectory().resolve(p));
    output.ifPresent(p -> AtomicOutput.checkTarget(p, corpus));
    boolean quiet = CommonOptions.quiet(spec);
    boolean verbose = CommonOptions.verbose(spec);
    CountingForm form = new CountingForm(CommonOptions.caseSensitive(spec));
    TextSettings settings = new TextSettings(form.caseSensitive(),
        Stopwords.load(CommonOptions.stopwords(spec), form, env.workingDirectory()),
        CommonOptions.language(spec), CommonOptions.filters(spec, filters));
    Consumer<String> warnings = quiet ? w -> {} : w -> {
      env.err().println("ctk: warning: " + w);
      env.err().flush();
    };
    ProgressListener progress = !quiet && env.errTerminal() ? new ProgressBar(env.err())
        : ProgressListener.NONE;
    CorpusResolver resolver = CorpusResolver.inDirectory(env.workingDirectory(), env.in(),
        CommonOptions.readOptions(spec));
    RunContext context = new RunContext(corpus, settings, CommonOptions.threads(spec), warnings,
        verbose ? new EncodingReporter(env.err(), progress) : progress, resolver, annotators);
    AnalysisResult result = runAnalyser(analyser, values, context);
    RunInfo run = new RunInfo(CtkVersion.version(), d.name(),
        optionsForProvenance(d, !omitted.isEmpty()), corpus.description(), context::corpusStats,
        commandLine());
    RenderRequest request = new RenderRequest(result, run, env.colour() && output.isEmpty(), !quiet);
    if (output.isPresent()) {
      try {
        AtomicOutput.write(output.get(), out -> formats.render(format, request, out));
      } catch (IOException e) {
        throw AtomicOutput.failed(output.get(), e);
      }
      if (!quiet) {
        env.err().println("ctk: wrote " + output.get());
      }
    } else {
      try {
        Writer out = env.out();
        formats.render(format, request, out);
        out.flush();
      } catch (IOException e) {
        throw new CtkException(CtkException.INTERNAL, "cannot write output: " + e.getMessage(), e);
      }
    }
    return 0;
  }

  /** The command line as typed, each argument quoted for a POSIX shell where needed. */
  private String commandLine() {
    List<String> words = new ArrayList<>();
    words.add("ctk");
    words.addAll(spec.commandLine().getParseResult().originalArgs());
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.matches("[A-Za-z0-9_./=:,@%+-]+") ? w : "'" + w.replace("'", "'\\''") + "'");
    }
    return sb.toString();
  }

  private <O> AnalysisResult runAnalyser(Analyser<O> analyser, OptionValues values,
      RunContext context) {
    O options = analyser.options(values);
    try {
      return analyser.analyse(context, options);
    } catch (CtkException e) {
      throw e;
    } catch (RuntimeException e) {
      if (registered.plugin().location().equals("built-in")) {
        throw e;
      }
      throw new PluginException("analyser '" + registered.name() + "' of plugin '"
          + registered.plugin().id() + "' (" + registered.plugin().location() + ") failed: " + e, e);
    }
  }

  private Corpus corpus(List<String> omitted) {
    List<String> arguments = new ArrayList<>(omitted);
    if (corpusParam.getValue() != null) {
      arguments.addAll(List.of((String[]) corpusParam.getValue()));
    }
    ReadOptions read = CommonOptions.readOptions(spec);
    if (arguments.isEmpty()) {
      return SeedCorpus.load(read).withReaders(readers);
    }
    return new CorpusLoader(env.workingDirectory().getFileSystem(), env.workingDirectory(), env.in())
        .load(arguments, read).withReaders(readers);
  }

  /**
   * The analyser's option values. An optional positional parameter may be replaced by an option
   * ({@code ctk collocations --all CORPUS...} has no NODE): if the analyser rejects the values with
   * the optional parameters given but accepts them without, their words are corpus arguments and are
   * added to {@code omitted}.
   */
  private OptionValues values(Analyser<?> analyser, List<String> omitted) {
    OptionValues given = values(false);
    try {
      analyser.options(given);
      return given;
    } catch (org.corpustoolkit.spi.UsageException e) {
      List<String> words = new ArrayList<>();
      var parse = spec.commandLine().getParseResult();
      for (Map.Entry<OptionDef<?>, ArgSpec> entry : args.entrySet()) {
        if (entry.getKey().positional() && entry.getKey().defaultValue() != null
            && entry.getValue() instanceof PositionalParamSpec p && parse.hasMatchedPositional(p)) {
          Object word = p.getValue();
          words.add(word.toString());
        }
      }
      if (words.isEmpty()) {
        throw e;
      }
      OptionValues without = values(true);
      try {
        analyser.options(without);
      } catch (org.corpustoolkit.spi.UsageException ignored) {
        throw e;
      }
      omitted.addAll(words);
      return without;
    }
  }

  private OptionValues values(boolean skipOptionalParameters) {
    OptionValues.Builder b = OptionValues.builder();
    var parse = spec.commandLine().getParseResult();
    for (Map.Entry<OptionDef<?>, ArgSpec> e : args.entrySet()) {
      OptionDef<?> def = e.getKey();
      ArgSpec arg = e.getValue();
      boolean given = arg instanceof OptionSpec o ? parse.hasMatchedOption(o)
          : parse.hasMatchedPositional((PositionalParamSpec) arg)
              && !(skipOptionalParameters && def.defaultValue() != null);
      if (given) {
        set(b, def, arg.getValue());
      }
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void set(OptionValues.Builder b, OptionDef<T> def, Object value) {
    if (def.isFlag()) {
      b.set(def, (T) Boolean.valueOf(Boolean.TRUE.equals(value)));
      return;
    }
    if (!def.choices().isEmpty() && !def.choices().contains(String.valueOf(value))) {
      throw new org.corpustoolkit.spi.UsageException(def.name() + ": '" + value
          + "' is not one of " + String.join(", ", def.choices()));
    }
    b.set(def, def.type().cast(value));
  }

  private Map<String, String> optionsForProvenance(AnalyserDescriptor d, boolean optionalOmitted) {
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<OptionDef<?>, ArgSpec> e : args.entrySet()) {
      Object v = optionalOmitted && e.getKey().positional() && e.getKey().defaultValue() != null
          ? null : e.getValue().getValue();
      String key = e.getKey().positional() ? e.getKey().name().toLowerCase(java.util.Locale.ROOT)
          : e.getKey().name().substring(2);
      options.put(key, v == null ? "" : String.valueOf(v));
    }
    options.put("case_sensitive", String.valueOf(CommonOptions.caseSensitive(spec)));
    if (CommonOptions.stopwords(spec) != null) {
      options.put("stopwords", CommonOptions.stopwords(spec));
    }
    options.put("lang", CommonOptions.language(spec));
    List<TokenFilter> chosen = CommonOptions.filters(spec, filters);
    if (!chosen.isEmpty()) {
      options.put("filter", String.join(",", chosen.stream().map(TokenFilter::name).toList()));
    }
    return options;
  }

  /** With --verbose: says how many documents are read and which encoding each was read in. */
  private static final class EncodingReporter implements ProgressListener {
    private final java.io.PrintWriter err;
    private final ProgressListener delegate;

    EncodingReporter(java.io.PrintWriter err, ProgressListener delegate) {
      this.err = err;
      this.delegate = delegate;
    }

    @Override
    public void started(int documents) {
      delegate.started(documents);
      err.println("ctk: reading " + documents + " document" + (documents == 1 ? "" : "s"));
      err.flush();
    }

    @Override
    public void documentDone(org.corpustoolkit.corpus.Document document) {
      delegate.documentDone(document);
      synchronized (err) {
        err.println("ctk: read " + document.id() + " as " + document.metadata().get("encoding"));
        err.flush();
      }
    }

    @Override
    public void finished() {
      delegate.finished();
    }
  }
}
