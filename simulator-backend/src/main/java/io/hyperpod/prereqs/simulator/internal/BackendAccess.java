package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.spi.CloudBackend;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link BackendContext} behind a {@code SimulatorBackend}, for the simulator's own HTTP front
 * and the tests of its internals. Not public API: the public {@code SimulatorBackend} keeps its
 * context to itself and hands this door its accessor once, when its class is loaded.
 */
public final class BackendAccess {
  private static volatile Function<CloudBackend, BackendContext> accessor;

  private BackendAccess() {}

  /**
   * Sets the accessor; only {@code SimulatorBackend} calls it, once.
   *
   * @throws IllegalStateException when an accessor is set already
   */
  public static synchronized void register(Function<CloudBackend, BackendContext> contextOf) {
    if (accessor != null) {
      throw new IllegalStateException("the simulator backend's accessor is registered already");
    }
    accessor = Objects.requireNonNull(contextOf);
  }

  /**
   * The context of a simulator backend.
   *
   * @throws IllegalArgumentException when the backend is not the simulator's
   */
  public static BackendContext context(CloudBackend simulatorBackend) {
    Function<CloudBackend, BackendContext> f = accessor;
    if (f == null) {
      throw new IllegalStateException("no simulator backend has been created yet");
    }
    return f.apply(simulatorBackend);
  }
}
