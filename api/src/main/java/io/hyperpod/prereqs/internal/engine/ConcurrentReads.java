package io.hyperpod.prereqs.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs independent reads with at most {@code concurrency} in flight and gives their results in the
 * order of their keys, as if they had run one after the other: the first failure in key order is
 * the one thrown. With a concurrency of 1 (or one read) everything runs on the calling thread.
 */
final class ConcurrentReads {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private ConcurrentReads() {}

  static <K, V> Map<K, V> readAll(List<K> keys, int concurrency, Function<K, V> read) {
    Map<K, V> results = new LinkedHashMap<>();
    if (concurrency <= 1 || keys.size() <= 1) {
      keys.forEach(k -> results.put(k, read.apply(k)));
      return results;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.min(concurrency, keys.size()),
            runnable -> {
              Thread thread =
                  new Thread(runnable, "plan-read-" + pool + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<V>> futures = new ArrayList<>(keys.size());
      for (K key : keys) {
        futures.add(executor.submit(() -> read.apply(key)));
      }
      for (int i = 0; i < keys.size(); i++) {
        results.put(keys.get(i), await(futures.get(i)));
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }

  private static <V> V await(Future<V> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the account", e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
  }

  /** What a read threw, as the caller would have seen it had the read run on its own thread. */
  static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new CompletionException(cause);
  }
}
