package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CtkCommandLineTest {
  @TempDir
  Path temp;

  private CliRun ctk() {
    return new CliRun(temp);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = CtkCommandLineTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A command line built to run one analyser has that analyser's subcommand alone among the analysers,
   * with the same usage and help as in the command line of every subcommand; arguments that name no
   * analyser get every subcommand.
   */
  @Test
  void aCommandLineForOneAnalyserHasItsSubcommandAsTheFullOneHasIt() {
    org.corpustoolkit.plugin.Toolkit toolkit = org.corpustoolkit.plugin.Toolkit.create(List.of());
    CliEnvironment env = new CliEnvironment(java.util.Map.of(), temp.resolve("home"), temp,
        java.io.InputStream.nullInputStream(), new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()), false);
    picocli.CommandLine full = CtkCommandLine.create(toolkit, env);
    List<String> analysers = toolkit.analysers().stream()
        .map(org.corpustoolkit.plugin.RegisteredAnalyser::name).toList();
    assertThat(analysers).contains("frequency", "kwic", "collocations");
    assertThat(full.getSubcommands().keySet()).containsAll(analysers);
    for (String name : analysers) {
      picocli.CommandLine one = CtkCommandLine.create(toolkit, env, new String[] {name, "--top"});
      assertThat(one.getSubcommands().keySet()).as(name)
          .containsExactlyInAnyOrder(name, "analysers", "plugins", "plugin", "completion");
      assertThat(one.getSubcommands().get(name).getUsageMessage()).as(name)
          .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
    }
    for (String[] args : List.of(new String[0], new String[] {"--help"},
        new String[] {"frequencyy"}, new String[] {"completion"})) {
      assertThat(CtkCommandLine.create(toolkit, env, args).getSubcommands().keySet())
          .as(String.join(" ", args)).isEqualTo(full.getSubcommands().keySet());
    }
  }

  @Test
  void frequencyOfTheSeedCorpusMatchesTheGoldenFile() throws IOException {
    CliRun.Result r = ctk().run("frequency", "--top", "10");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(golden("frequency-top10.txt"));
  }

  @Test
  void tsvStartsWithTheDocumentedHeader() {
    CliRun.Result r = ctk().run("frequency", "--format", "tsv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("rank\tword\tfrequency\tper_million\trange\t");
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("1\tthe\t60\t50377.83375314862\t1\t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "csv", "tsv", "json", "md", "html"})
  void everyFormatRenders(String format) {
    CliRun.Result r = ctk().run("frequency", "--top", "3", "--format", format);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("the");
    switch (format) {
      case "json" -> assertThat(r.out()).startsWith("{").contains("\"schema\": \"ctk-result/1\"")
          .contains("\"rows\": [");
      case "html" -> assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<table>");
      case "md" -> assertThat(r.out()).contains("| rank | word |");
      case "csv" -> assertThat(r.out()).startsWith("rank,word,frequency,per_million,range,");
      default -> assertThat(r.out()).isNotBlank();
    }
  }

  @Test
  void tokensShowsHowTheTextWasTokenized() {
    CliRun.Result r = ctk().run("tokens", "--format", "tsv");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("doc\tsentence\tposition\tstart\tend\tsurface\tform\tkind");
    assertThat(lines).anyMatch(l -> l.contains("\tMoscow’s\tmoscow's\tword"));
    assertThat(lines).anyMatch(l -> l.endsWith("\t李\t李\tideographic"));
    assertThat(lines).anyMatch(l -> l.endsWith("\t強\t強\tideographic"));
  }

  @Test
  void standardInputIsACorpus() {
    CliRun.Result r = ctk().stdin("Dog bites dog.").run("frequency", "-", "--format", "csv",
        "--dispersion", "none");
    assertThat(r.out()).isEqualTo("rank,word,frequency,per_million,range\n"
        + "1,dog,2,666666.6666666666,1\n2,bites,1,333333.3333333333,1\n");
  }

  @Test
  void corpusCommandReportsDocumentsAndTotal() throws IOException {
    Files.writeString(temp.resolve("a.txt"), "One two. Three.");
    Files.writeString(temp.resolve("b.txt"), "Two two");
    CliRun.Result r = ctk().run("corpus", "a.txt", "b.txt", "--format", "csv");
    assertThat(r.out()).isEqualTo("doc,tokens,word_tokens,types,sentences,characters\n"
        + "a.txt,5,3,3,2,15\nb.txt,2,2,1,1,7\n(total),7,5,3,3,22\n");
  }

  @Test
  void missingPathExitsThreeWithOneLine() {
    CliRun.Result r = ctk().run("frequency", "no/such/path");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("ctk frequency: no such file or directory: no/such/path\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionExitsTwoWithOneLine() {
    CliRun.Result r = ctk().run("frequency", "--bogus");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void badOptionValueExitsTwo() {
    assertThat(ctk().run("frequency", "--top", "many").exitCode()).isEqualTo(2);
    assertThat(ctk().run("frequency", "--ngram", "9").err())
        .isEqualTo("ctk frequency: --ngram must be between 1 and 6, not 9\n");
    assertThat(ctk().run("frequency", "--format", "pdf").err())
        .startsWith("ctk frequency: unknown --format 'pdf'; choose one of ");
  }

  @Test
  void emptyFolderExitsThree() throws IOException {
    Files.createDirectories(temp.resolve("empty"));
    CliRun.Result r = ctk().run("frequency", "empty");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("ctk frequency: no documents found in folder empty\n");
  }

  @Test
  void binaryFileIsSkippedWithAWarningAndOtherDocumentsAreAnalysed() throws IOException {
    Files.write(temp.resolve("blob.bin"), new byte[] {1, 2, 0, 0, 5, 6, 7, 0, 9});
    Files.writeString(temp.resolve("text.txt"), "words here");
    CliRun.Result r = ctk().run("frequency", "blob.bin", "text.txt", "--format", "csv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEqualTo("ctk: warning: skipped " + temp.resolve("blob.bin")
        + ": looks like a binary file\n");
    assertThat(r.out()).contains("here,1").contains("words,1");
    CliRun.Result only = ctk().run("frequency", "blob.bin");
    assertThat(only.exitCode()).isEqualTo(3);
    assertThat(only.err()).endsWith("ctk frequency: the corpus has no readable document (1 skipped)\n");
  }

  @Test
  void outputIsWrittenAtomicallyAndNeverOverACorpusFile() throws IOException {
    Path corpusFile = temp.resolve("corpus.txt");
    Files.writeString(corpusFile, "keep me safe");
    CliRun.Result refused = ctk().run("frequency", "corpus.txt", "-o", "corpus.txt");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("never overwrites corpus files");
    assertThat(Files.readString(corpusFile)).isEqualTo("keep me safe");

    CliRun.Result written = ctk().run("frequency", "corpus.txt", "-o", "out.csv", "-f", "csv");
    assertThat(written.exitCode()).isZero();
    assertThat(written.out()).isEmpty();
    assertThat(Files.readString(temp.resolve("out.csv"))).startsWith("rank,word,");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(temp.resolve("out.csv")))).isEqualTo("rw-r--r--");
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void failedRunLeavesAnExistingOutputUntouched() throws IOException {
    Files.writeString(temp.resolve("out.txt"), "previous result");
    CliRun.Result r = ctk().run("frequency", "missing.txt", "-o", "out.txt");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(Files.readString(temp.resolve("out.txt"))).isEqualTo("previous result");
  }

  @Test
  void threadsDoNotChangeResults() throws IOException {
    for (int i = 0; i < 12; i++) {
      Files.writeString(temp.resolve("d" + i + ".txt"), "alpha beta ".repeat(i + 1) + "gamma " + i);
    }
    String one = ctk().run("frequency", ".", "--threads", "1", "-f", "json").out();
    String two = ctk().run("frequency", ".", "--threads", "2", "-f", "json").out();
    assertThat(two).isEqualTo(one);
    assertThat(one).contains("{\"rank\":1,\"word\":\"alpha\",\"frequency\":78");
  }

  @Test
  void helpListsAnalysersAndVersionWorks() {
    CliRun.Result help = ctk().run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("frequency", "tokens", "corpus", "analysers", "completion");
    assertThat(ctk().run("--version").out()).startsWith("ctk ");
    CliRun.Result analysers = ctk().run("analysers", "--format", "csv");
    assertThat(analysers.out()).contains("\nfrequency,Word and n-gram frequency list with dispersion,"
        + "builtin,");
    assertThat(ctk().run("frequency", "--help").out()).contains("--top=N", "--ngram=N", "--format",
        "Exit codes");
    assertThat(ctk().run("completion").out()).contains("complete -F");
  }

  @Test
  void everyAnalysersHelpIsPlainText() {
    String list = ctk().run("analysers", "--format", "csv").out();
    List<String> names = list.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))
        .toList();
    assertThat(names).contains("frequency", "keyness", "report", "register", "kwic");
    for (String name : names) {
      String help = ctk().run(name, "--help").out();
      // a text block's line continuation written as \\ shows as a backslash at the end of a line
      assertThat(help.lines()).as(name).noneMatch(line -> line.endsWith("\\"));
      assertThat(help).as(name).contains("Usage: ctk " + name);
    }
  }

  @Test
  void stopwordsOptionTakesBundledListOrFile() throws IOException {
    CliRun.Result r = ctk().run("frequency", "--stopwords", "en", "--top", "1", "-f", "csv",
        "--dispersion", "none");
    assertThat(r.out()).startsWith("rank,word,frequency,per_million,range\n1,taiwan,11,9235.93618")
        .hasLineCount(2);
    Files.writeString(temp.resolve("stop.txt"), "# my list\nthe\nAND\n");
    CliRun.Result file = ctk().run("frequency", "--stopwords", "stop.txt", "--top", "1", "-f", "csv");
    assertThat(file.out()).contains("1,of,35,");
    assertThat(ctk().run("frequency", "--stopwords", "nope.txt").exitCode()).isEqualTo(2);
  }
}
