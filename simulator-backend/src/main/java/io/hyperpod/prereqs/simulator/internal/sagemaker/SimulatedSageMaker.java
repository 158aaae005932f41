package io.hyperpod.prereqs.simulator.internal.sagemaker;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;

/** The simulator's SageMaker, on the {@link SageMakerStore} of the backend's account and region. */
public final class SimulatedSageMaker implements SageMakerPort {
  @SuppressWarnings("unused")
  private final BackendContext context;

  public SimulatedSageMaker(BackendContext context) {
    this.context = context;
  }
}
