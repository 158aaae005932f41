package io.hyperpod.prereqs.simulator.internal.ec2;

import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;

/** The simulator's EC2, on the {@link Ec2Store} of the backend's account and region. */
public final class SimulatedEc2 implements Ec2Port {
  @SuppressWarnings("unused")
  private final BackendContext context;

  public SimulatedEc2(BackendContext context) {
    this.context = context;
  }
}
