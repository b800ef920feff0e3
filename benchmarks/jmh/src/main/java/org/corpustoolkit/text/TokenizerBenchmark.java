package org.corpustoolkit.text;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.corpustoolkit.benchmarks.CpuTime;
import org.corpustoolkit.benchmarks.Texts;
import org.corpustoolkit.corpus.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tokenizer on 10 MB of English (or English with one line in 20 in other scripts): the fast path
 * ({@link Tokenizer#tokenize}), the ICU reference path ({@link Tokenizer#tokenizeWithIcu}), and the
 * whole per-thread chain of {@link TextProcessor#process} (tokenize and intern the counting forms),
 * and the byte path that word lists use ({@link TextProcessor#scanWords}).
 * In this package because the ICU reference path is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {
  @Param({"english", "mixed"})
  public String text;

  private String sample;
  private char[] chars;
  private long bytes;
  private Tokenizer tokenizer;
  private TextProcessor processor;
  private Document document;
  private byte[] utf8;

  @Setup(Level.Trial)
  public void setUp() {
    String english = Texts.english();
    sample = text.equals("mixed") ? Texts.mixed(english, 20) : english;
    chars = sample.toCharArray();
    utf8 = sample.getBytes(StandardCharsets.UTF_8);
    bytes = utf8.length;
    tokenizer = new Tokenizer();
    processor = new TextProcessor(TextSettings.defaults(), new Vocabulary());
    document = Document.of(0, "sample", sample);
  }

  @Benchmark
  public int fastPath(CpuTime cpu) {
    cpu.start();
    int n = tokenizer.tokenize(sample, chars).size();
    cpu.stop(bytes);
    return n;
  }

  @Benchmark
  public int icuPath(CpuTime cpu) {
    cpu.start();
    int n = tokenizer.tokenizeWithIcu(sample).size();
    cpu.stop(bytes);
    return n;
  }

  @Benchmark
  public int tokenizeAndIntern(CpuTime cpu) {
    cpu.start();
    int n = processor.process(document).size();
    cpu.stop(bytes);
    return n;
  }

  /**
   * The word-counting fast path: word ids straight from UTF-8 bytes ({@link Utf8WordScanner}), what
   * {@code ctk frequency} runs on the parts of large files.
   */
  @Benchmark
  public int wordIdsFromBytes(CpuTime cpu) {
    cpu.start();
    int n = processor.scanWords(utf8, utf8.length).ids().length;
    cpu.stop(bytes);
    return n;
  }
}
