package org.corpustoolkit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
   * first failure (in task order) is rethrown after the pool is stopped.
   */
  static <R> List<R> runAll(int threads, List<? extends Callable<R>> tasks) {
    List<R> results = new ArrayList<>(tasks.size());
    int workers = Math.min(threads, tasks.size());
    if (workers <= 1) {
      for (Callable<R> task : tasks) {
        try {
          results.add(task.call());
        } catch (Exception e) {
          throw unchecked(e);
        }
      }
      return results;
    }
    ExecutorService pool = pool(workers);
    try {
      List<Future<R>> futures = new ArrayList<>(tasks.size());
      for (Callable<R> task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<R> f : futures) {
        results.add(result(f));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
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
