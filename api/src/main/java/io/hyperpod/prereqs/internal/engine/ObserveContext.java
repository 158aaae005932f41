package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.CallerIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What resources read through while planning: the backend, the caller, and a cache of bulk reads
 * (one IAM snapshot, one listing per bucket prefix, ...) so that planning many resources of one
 * kind costs one call, not one per resource.
 */
public final class ObserveContext {
  private final CloudBackend backend;
  private final CallerIdentity caller;
  private final Map<String, Object> cache = new ConcurrentHashMap<>();

  public ObserveContext(CloudBackend backend, CallerIdentity caller) {
    this.backend = backend;
    this.caller = caller;
  }

  public CloudBackend backend() {
    return backend;
  }

  public CallerIdentity caller() {
    return caller;
  }

  /** The value of {@code key}, read once per run. */
  @SuppressWarnings("unchecked")
  public <T> T cached(String key, Supplier<T> read) {
    Object v = cache.get(key);
    if (v == null) {
      v = read.get();
      Object prev = cache.putIfAbsent(key, v);
      if (prev != null) {
        v = prev;
      }
    }
    return (T) v;
  }
}
