package io.hyperpod.prereqs.simulator.http;

/**
 * How a served simulator's clock moves ({@code simulator serve --clock}). In memory nothing moves
 * it but {@link io.hyperpod.prereqs.simulator.SimClock#advance} and the backend's pauses; over the
 * wire clients poll in wall time, so the server moves it.
 */
public enum ServedClock {
  /**
   * Before each request, skips over every simulated wait that is pending (a file system's creation
   * or deletion, a quota request's case and decision, a cluster's creation or deletion): a client
   * sees each wait over at its next call, e.g. an apply's FSx wait ends at its first poll.
   * Otherwise the clock stands still, so that runs repeat. The default.
   */
  FAST,
  /** Follows wall time one to one: an FSx file system is CREATING for its 8 simulated minutes. */
  REAL,
  /**
   * Moves only when told: {@code POST /_simulator/clock/advance}, {@code hyperpod-prereqs simulator
   * advance}, or {@link io.hyperpod.prereqs.simulator.SimClock#advance} in the same JVM.
   */
  MANUAL
}
