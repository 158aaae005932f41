package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.CloudException;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A call outside any change (the stack lock's) retried on transient failures with the changes'
 * backoff, on the backend's clock, up to {@link ApplyOptions#attempts()}. The caller makes sure a
 * repeat is safe: what a lost answer did is read back by the caller's own logic.
 */
final class Retrying {
  private Retrying() {}

  static <T> T call(CloudBackend backend, ApplyOptions options, Supplier<T> body) {
    Random jitter = new Random(17);
    for (int attempt = 1; ; attempt++) {
      try {
        return body.get();
      } catch (CloudException e) {
        if (!ChangeAttempts.transientFailure(e) || attempt >= options.attempts()) {
          throw e;
        }
        backend.pause(ChangeAttempts.backoff(attempt, jitter));
      }
    }
  }

  static void run(CloudBackend backend, ApplyOptions options, Runnable body) {
    call(backend, options, () -> {
      body.run();
      return null;
    });
  }
}
