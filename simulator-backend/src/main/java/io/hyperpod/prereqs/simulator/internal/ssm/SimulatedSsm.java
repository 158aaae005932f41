package io.hyperpod.prereqs.simulator.internal.ssm;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.ssm.SsmPort;

/** The simulator's Ssm, on the {@link SsmStore} of the backend's account and region. */
public final class SimulatedSsm implements SsmPort {
  @SuppressWarnings("unused")
  private final BackendContext context;

  public SimulatedSsm(BackendContext context) {
    this.context = context;
  }
}
