package org.corpustoolkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corpustoolkit.count.IntCounts;
import org.corpustoolkit.query.Query;
import org.corpustoolkit.query.QueryMatcher;
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
 * Kernels over already tokenized text (10 MB of English cut into documents of about 100 kB): word
 * counting into primitive arrays, and query matching ({@code org.corpustoolkit.query}) for a word, a
 * phrase, a wildcard and a regular-expression token query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CountingBenchmark {
  @Param({"government", "\"of the\"", "govern*", "[word=\".*tion\" & kind=\"word\"]"})
  public String query;

  private List<TokenizedDocument> documents;
  private long bytes;
  private QueryMatcher matcher;

  @Setup(Level.Trial)
  public void setUp() {
    String text = Texts.english();
    bytes = text.getBytes(StandardCharsets.UTF_8).length;
    documents = Texts.tokenized(text, 100_000);
    matcher = Query.parse(query, false).matcher(false);
  }

  /** Word frequencies: one increment per word token (the query parameter does not apply). */
  @Benchmark
  public long countWords(CpuTime cpu) {
    cpu.start();
    IntCounts counts = new IntCounts();
    for (TokenizedDocument d : documents) {
      for (int id : d.wordIds()) {
        counts.increment(id);
      }
    }
    cpu.stop(bytes);
    return counts.total();
  }

  @Benchmark
  public int matchQuery(CpuTime cpu) {
    cpu.start();
    int hits = 0;
    for (TokenizedDocument d : documents) {
      hits += matcher.findAll(d).size();
    }
    cpu.stop(bytes);
    return hits;
  }
}
