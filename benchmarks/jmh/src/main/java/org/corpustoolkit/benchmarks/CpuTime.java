package org.corpustoolkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU time of the benchmark thread, printed after every iteration next to JMH's wall-clock score
 * ({@code [cpu] ... MB/s of thread CPU time, ... ms CPU/op}): on a shared, loaded machine wall time
 * measures the other users as much as the code, the thread's CPU time much less so. MB are 10^6 bytes
 * of UTF-8 input.
 */
@State(Scope.Thread)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private long cpuNanos;
  private long bytes;
  private long operations;
  private long started;

  @Setup(Level.Iteration)
  public void reset() {
    cpuNanos = 0;
    bytes = 0;
    operations = 0;
  }

  /** Starts timing one operation. */
  public void start() {
    started = THREADS.getCurrentThreadCpuTime();
  }

  /** Ends timing one operation over {@code inputBytes} bytes of input. */
  public void stop(long inputBytes) {
    cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
    bytes += inputBytes;
    operations++;
  }

  @TearDown(Level.Iteration)
  public void report() {
    if (operations > 0 && cpuNanos > 0) {
      System.out.printf(Locale.ROOT, "  [cpu] %.1f MB/s of thread CPU time, %.2f ms CPU/op%n",
          bytes / 1e6 / (cpuNanos / 1e9), cpuNanos / 1e6 / operations);
    }
  }
}
