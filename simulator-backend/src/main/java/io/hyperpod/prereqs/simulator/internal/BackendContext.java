package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.IdGenerator;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What a simulated port needs: the account, region and caller it serves, and the {@link
 * SimulatorCore} to run its operations in. Every port method wraps its work in {@link #call}; the
 * state accessors are valid only inside such a call.
 */
public final class BackendContext {
  private final SimulatorCore core;
  private final String accountId;
  private final String region;
  private final SimulatedCaller caller;

  public BackendContext(
      SimulatorCore core, String accountId, String region, SimulatedCaller caller) {
    this.core = core;
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

  /** The same account and region, another caller. */
  public BackendContext withCaller(SimulatedCaller newCaller) {
    return new BackendContext(core, accountId, region, newCaller);
  }

  /** Another account's root in the same region (e.g. the account of a role being assumed). */
  public BackendContext inAccount(String otherAccountId) {
    return new BackendContext(core, otherAccountId, region, SimulatedCaller.root());
  }

  /** Runs one AWS operation (see {@link SimulatorCore#call}). */
  public <T> T call(String service, String operation, Supplier<T> action) {
    return core.call(service, operation, accountId, region, action);
  }

  /** Runs one AWS operation that answers nothing. */
  public void run(String service, String operation, Runnable action) {
    core.call(
        service,
        operation,
        accountId,
        region,
        () -> {
          action.run();
          return null;
        });
  }

  /** The request id of the operation running on this thread (valid only inside {@link #call}). */
  public String requestId() {
    return core.currentRequestId();
  }

  /** A fresh request id, for answers that reach no operation (e.g. an unknown action). */
  public String newRequestId() {
    return core.ids().requestId();
  }

  /** Reads the state under the lock, outside any AWS operation (the simulator's own API). */
  public <T> T locked(Supplier<T> action) {
    return core.locked(action);
  }

  public SimulatorState state() {
    return core.state();
  }

  public AccountState account() {
    return core.state().account(accountId);
  }

  public RegionState regionState() {
    return account().region(region);
  }

  public Instant now() {
    return core.clock().instant();
  }

  public SimClock clock() {
    return core.clock();
  }

  public IdGenerator ids() {
    return core.ids();
  }
}
