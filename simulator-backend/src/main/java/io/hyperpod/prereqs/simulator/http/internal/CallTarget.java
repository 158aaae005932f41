package io.hyperpod.prereqs.simulator.http.internal;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.internal.BackendContext;

/**
 * Where a request acts: the simulated account and caller its access key selects, and the region of
 * its credential scope.
 */
public final class CallTarget {
  private final AwsSimulator simulator;
  private final String accountId;
  private final String region;
  private final SimulatedCaller caller;

  public CallTarget(
      AwsSimulator simulator, String accountId, String region, SimulatedCaller caller) {
    this.simulator = simulator;
    this.accountId = accountId;
    this.region = region;
    this.caller = caller;
  }

  public String accountId() {
    return accountId;
  }

  public String region() {
    return region;
  }

  public SimulatedCaller caller() {
    return caller;
  }

  /** The simulator's plumbing for this account, region and caller. */
  public BackendContext context() {
    return context(region);
  }

  /** The same account and caller in another region (S3 buckets live in their own region). */
  public BackendContext context(String otherRegion) {
    return simulator.backend(accountId, otherRegion, caller).context();
  }
}
