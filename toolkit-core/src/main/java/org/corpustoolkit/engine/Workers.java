package org.corpustoolkit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpustoolkit.spi.CtkException;

/**
 * The run's worker threads: one way to start them (daemon threads named {@code ctk-worker}, so a failed
 * run never hangs the JVM) and one way to collect a task's result (its own exception rethrown as it
 * was, a checked one as an internal error).
 */
final class Workers {
  private Workers() {}

  /** A pool of {@code threads} daemon worker threads; shut it down with {@code shutdownNow()}. */
  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ctk-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** The result of {@code future}, waiting for it; the task's exception is rethrown unwrapped. */
  static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CtkException(CtkException.INTERNAL, "interrupted", e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
  }

  /**
   * Runs {@code tasks} on at most {@code threads} threads and returns their results in task order; the
   * first failure (in task order) is rethrown once every task started has ended, and no task starts
   * after a failure.
   *
   * <p>The calling thread is one of the threads: it takes tasks from the same queue as the
   * {@code threads - 1} workers it starts, instead of waiting idle for them. On two cores this matters
   * to callers that run many short rounds of tasks (the dispersion pass runs one round per batch of
   * parts): each round started one thread less, and the caller's core was not left to a thread still
   * starting.
   */
  static <R> List<R> runAll(int threads, List<? extends Callable<R>> tasks) {
    int n = tasks.size();
    int workers = Math.min(threads, n);
    if (workers <= 1) {
      List<R> results = new ArrayList<>(n);
      for (Callable<R> task : tasks) {
        try {
          results.add(task.call());
        } catch (Exception e) {
          throw unchecked(e);
        }
      }
      return results;
    }
    Object[] results = new Object[n];
    Throwable[] failures = new Throwable[n];
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Runnable take = () -> {
      for (int i = next.getAndIncrement(); i < n && !failed.get(); i = next.getAndIncrement()) {
        try {
          results[i] = tasks.get(i).call();
        } catch (Throwable e) {
          failures[i] = e;
          failed.set(true);
        }
      }
    };
    ExecutorService pool = pool(workers - 1);
    try {
      List<Future<?>> helpers = new ArrayList<>(workers - 1);
      for (int w = 1; w < workers; w++) {
        helpers.add(pool.submit(take));
      }
      take.run();
      for (Future<?> f : helpers) {
        result(f);
      }
    } finally {
      pool.shutdownNow();
    }
    // the futures' completion orders these writes before the reads below
    List<R> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (failures[i] != null) {
        throw unchecked(failures[i]);
      }
      @SuppressWarnings("unchecked")
      R r = (R) results[i];
      list.add(r);
    }
    return list;
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException re) {
      return re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new CtkException(CtkException.INTERNAL, String.valueOf(cause), cause);
  }
}
