package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.contract.CloudBackendContractTest;
import java.time.Duration;
import java.util.Optional;

/** The SPI contract, on a fresh simulator per test (us-west-2), with a second account. */
class SimulatorBackendContractTest extends CloudBackendContractTest {
  private AwsSimulator simulator;

  @Override
  protected CloudBackend createBackend() {
    simulator = AwsSimulator.create();
    return simulator.backend("us-west-2");
  }

  /** A fresh simulator per test: its requests go nowhere. */
  @Override
  protected boolean filesQuotaRequests() {
    return true;
  }

  /** The simulator's clock moves on demand. */
  @Override
  protected boolean advanceClock(Duration duration) {
    simulator.clock().advance(duration);
    return true;
  }

  @Override
  protected Optional<CloudBackend> createBackendInOtherAccount() {
    return Optional.of(simulator.backend("210987654321", "us-west-2"));
  }
}
