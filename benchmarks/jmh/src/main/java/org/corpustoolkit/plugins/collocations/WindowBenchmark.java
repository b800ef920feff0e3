package org.corpustoolkit.plugins.collocations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corpustoolkit.benchmarks.CpuTime;
import org.corpustoolkit.benchmarks.Texts;
import org.corpustoolkit.text.CountingForm;
import org.corpustoolkit.text.TokenizedDocument;
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
 * Window counting for {@code ctk collocations}: the collocates of a node word in a 5-left, 5-right
 * window within sentences, over 10 MB of tokenized English. In this package because the counter is
 * package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WindowBenchmark {
  @Param({"the", "government"})
  public String node;

  private List<TokenizedDocument> documents;
  private long bytes;

  @Setup(Level.Trial)
  public void setUp() {
    String text = Texts.english();
    bytes = text.getBytes(StandardCharsets.UTF_8).length;
    documents = Texts.tokenized(text, 100_000);
  }

  @Benchmark
  public Object windows(CpuTime cpu) {
    cpu.start();
    NodeWindowCounter counter = new NodeWindowCounter(
        new WordNodeMatcher(node, new CountingForm(false)), 5, 5, false, null);
    for (TokenizedDocument d : documents) {
      counter.add(d);
    }
    cpu.stop(bytes);
    return counter;
  }
}
