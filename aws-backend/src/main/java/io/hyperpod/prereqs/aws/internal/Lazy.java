package io.hyperpod.prereqs.aws.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A resource made on first use and closed only if it was made, so that an SDK client of a service
 * the run never calls costs nothing. Thread-safe.
 */
final class Lazy<T extends AutoCloseable> implements Supplier<T>, AutoCloseable {
  private final Supplier<T> factory;
  private T value;
  private boolean closed;

  Lazy(Supplier<T> factory) {
    this.factory = requireNonNull(factory, "factory is null");
  }

  @Override
  public synchronized T get() {
    if (closed) {
      throw new IllegalStateException("the AWS backend is closed: build a new one");
    }
    if (value == null) {
      value = requireNonNull(factory.get(), "factory returned null");
    }
    return value;
  }

  synchronized boolean created() {
    return value != null;
  }

  @Override
  public synchronized void close() throws Exception {
    closed = true;
    if (value != null) {
      T created = value;
      value = null;
      created.close();
    }
  }
}
