package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * N-gram dispersion from the command line is the same whether the corpus is a file (scored in a second
 * pass from the word ids and sentence starts kept by the first) or standard input (read once,
 * positions kept): range and ARF to the last digit, Juilland's D, DP and DPnorm to the last bits of a
 * double; and it is identical whatever the number of threads.
 */
class FrequencyNgramDispersionCliTest {
  @TempDir
  Path temp;

  private static final String TEXT = """
      The cat sat on the mat. The dog sat on the log.

      A cat and a dog met on the road; the cat ran.
      Dogs and cats, cats and dogs: the end. The cat sat.
      """;

  @ParameterizedTest
  @CsvSource({"2, 0", "2, 3", "3, 0", "3, 2"})
  void standardInputGivesTheListOfTheSameFile(int n, int parts) throws IOException {
    Files.writeString(temp.resolve("text.txt"), TEXT);
    String[] args = {"frequency", "--ngram", String.valueOf(n), "--format", "tsv", "--parts",
        String.valueOf(parts)};
    CliRun.Result file = new CliRun(temp).run(append(args, "text.txt"));
    CliRun.Result stdin = new CliRun(temp).stdin(TEXT).run(append(args, "-"));
    assertThat(file.exitCode()).isZero();
    assertThat(stdin.exitCode()).isZero();
    assertThat(stdin.err()).isEmpty();
    assertThat(file.out()).startsWith("rank\tngram\tfrequency\tper_million\trange\tjuilland_d\tdp\t"
        + "dp_norm\tarf\n").contains(n == 2 ? "\tthe cat\t3\t" : "\tthe cat sat\t2\t");
    String[] fileLines = file.out().split("\n");
    String[] stdinLines = stdin.out().split("\n");
    assertThat(stdinLines).hasSameSizeAs(fileLines);
    for (int i = 0; i < fileLines.length; i++) {
      String[] expected = fileLines[i].split("\t");
      String[] actual = stdinLines[i].split("\t");
      assertThat(actual).hasSameSizeAs(expected);
      for (int c = 0; c < expected.length; c++) {
        if (i > 0 && c >= 5 && c <= 7 && !expected[c].equals("NaN")) { // juilland_d, dp, dp_norm
          assertThat(Double.parseDouble(actual[c])).as(fileLines[i])
              .isCloseTo(Double.parseDouble(expected[c]), within(1e-12));
        } else {
          assertThat(actual[c]).as(fileLines[i]).isEqualTo(expected[c]);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"2, 0", "2, 4", "3, 0"})
  void filesGiveTheSameListWhateverTheThreads(int n, int parts) throws IOException {
    Files.writeString(temp.resolve("a.txt"), TEXT);
    Files.writeString(temp.resolve("b.txt"), "The road and the end.\n".repeat(20));
    Files.writeString(temp.resolve("c.txt"), "Stop. Go.\n");
    Files.writeString(temp.resolve("d.txt"), TEXT.repeat(3));
    String[] args = {"frequency", "a.txt", "b.txt", "c.txt", "d.txt", "--ngram", String.valueOf(n),
        "--format", "tsv", "--parts", String.valueOf(parts), "--threads"};
    CliRun.Result one = new CliRun(temp).run(append(args, "1"));
    CliRun.Result two = new CliRun(temp).run(append(args, "2"));
    assertThat(one.exitCode()).isZero();
    assertThat(two.out()).isEqualTo(one.out()).contains("\tthe cat");
  }

  private static String[] append(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }
}
