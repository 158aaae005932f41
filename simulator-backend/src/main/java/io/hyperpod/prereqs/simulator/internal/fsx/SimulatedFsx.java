package io.hyperpod.prereqs.simulator.internal.fsx;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.fsx.FsxPort;

/** The simulator's Fsx, on the {@link FsxStore} of the backend's account and region. */
public final class SimulatedFsx implements FsxPort {
  @SuppressWarnings("unused")
  private final BackendContext context;

  public SimulatedFsx(BackendContext context) {
    this.context = context;
  }
}
