package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.CallerIdentity;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What resources read through while planning: the backend, the caller, and a cache of bulk reads
 * (one IAM snapshot, one listing per bucket prefix, ...) so that planning many resources of one
 * kind costs one call, not one per resource. Resources may observe concurrently: the first to ask
 * for a key reads it, the others wait for that read rather than sending their own.
 */
public final class ObserveContext {
  private final CloudBackend backend;
  private final CallerIdentity caller;
  private final Map<String, CompletableFuture<Object>> cache;
  private final boolean oneByOne;

  public ObserveContext(CloudBackend backend, CallerIdentity caller) {
    this(backend, caller, new ConcurrentHashMap<>(), false);
  }

  private ObserveContext(CloudBackend backend, CallerIdentity caller,
      Map<String, CompletableFuture<Object>> cache, boolean oneByOne) {
    this.backend = backend;
    this.caller = caller;
    this.cache = cache;
    this.oneByOne = oneByOne;
  }

  /**
   * This context (the same cache) for reads that want a few resources, each by its own name,
   * rather than every resource of a kind in bulk: the stale-plan check of creates asks only
   * whether each still does not exist. Kinds that have such a read offer it ({@link
   * #oneByOne()}); the others read in bulk as usual.
   */
  public ObserveContext oneByOneView() {
    return new ObserveContext(backend, caller, cache, true);
  }

  /** Whether reads should be of one resource by name rather than in bulk ({@link #oneByOneView}). */
  public boolean oneByOne() {
    return oneByOne;
  }

  public CloudBackend backend() {
    return backend;
  }

  public CallerIdentity caller() {
    return caller;
  }

  /**
   * The value of {@code key}, read once per run. A read that fails fails every caller waiting for
   * it, and is tried again by the next caller that asks.
   */
  @SuppressWarnings("unchecked")
  public <T> T cached(String key, Supplier<T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> theirs = cache.putIfAbsent(key, mine);
    if (theirs != null) {
      return (T) join(theirs);
    }
    try {
      Object value = read.get();
      mine.complete(value);
      return (T) value;
    } catch (RuntimeException | Error e) {
      cache.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /**
   * Reads that do not depend on each other, side by side as the backend's {@link
   * CloudBackend#readConcurrency()} allows (one after the other on a backend that reads one at a
   * time), with the results in the order of the keys; the first failure in key order is thrown.
   */
  public <K, V> Map<K, V> readAll(java.util.List<K> keys, java.util.function.Function<K, V> read) {
    return ConcurrentReads.readAll(keys, backend.readConcurrency(), read);
  }

  private static Object join(CompletableFuture<Object> read) {
    try {
      return read.join();
    } catch (CompletionException e) {
      throw ConcurrentReads.unchecked(e.getCause());
    }
  }
}
