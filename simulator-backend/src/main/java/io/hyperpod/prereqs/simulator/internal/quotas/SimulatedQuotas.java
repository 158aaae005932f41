package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;

/** The simulator's Quotas, on the {@link QuotasStore} of the backend's account and region. */
public final class SimulatedQuotas implements QuotasPort {
  @SuppressWarnings("unused")
  private final BackendContext context;

  public SimulatedQuotas(BackendContext context) {
    this.context = context;
  }
}
