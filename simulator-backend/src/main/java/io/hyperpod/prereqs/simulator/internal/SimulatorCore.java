package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.FaultKind;
import io.hyperpod.prereqs.simulator.FaultRule;
import io.hyperpod.prereqs.simulator.IdGenerator;
import io.hyperpod.prereqs.simulator.ImmutableRecordedCall;
import io.hyperpod.prereqs.simulator.RecordedCall;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.spi.CloudException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine room of an {@link io.hyperpod.prereqs.simulator.AwsSimulator}: the state, the clock,
 * the ids, the faults and the call journal. Every call runs under one lock, so calls are atomic and
 * the state is consistent for snapshots (in-memory calls take microseconds; eight parallel workers
 * do not wait on each other for long).
 */
public final class SimulatorCore {
  private final ReentrantLock lock = new ReentrantLock();
  private final SimulatorState state;
  private final SimClock clock;
  private final IdGenerator ids;
  private final FaultInjector faults = new FaultInjector();
  private final CallJournal journal = new CallJournal();
  private final ThreadLocal<String> currentRequestId = new ThreadLocal<>();
  private volatile Consumer<Duration> latency;
  private final List<Consumer<RecordedCall>> listeners = new CopyOnWriteArrayList<>();

  public SimulatorCore(SimulatorState state, SimClock clock, IdGenerator ids) {
    this.state = state;
    this.clock = clock;
    this.ids = ids;
    this.latency = clock::advance;
  }

  public SimClock clock() {
    return clock;
  }

  public IdGenerator ids() {
    return ids;
  }

  /**
   * Runs one AWS operation: draws its request id, injects a matching fault, runs the action under
   * the lock, records the call. A {@link CloudException} leaves carrying the request id.
   */
  public <T> T call(
      String service, String operation, String accountId, String region, Supplier<T> action) {
    String requestId = ids.requestId();
    String outer = currentRequestId.get();
    Optional<FaultRule> fault = faults.faultFor(service, operation, accountId, ids);
    FaultKind kind = fault.map(FaultRule::kind).orElse(null);
    if (kind == FaultKind.LATENCY) {
      latency.accept(fault.get().latency());
    }
    lock.lock();
    try {
      if (kind == FaultKind.DROP_BEFORE) {
        throw new DroppedRequest(service, operation, false);
      }
      if (kind != null && kind != FaultKind.LATENCY && kind != FaultKind.DROP_AFTER) {
        throw FaultInjector.error(fault.get(), service, requestId);
      }
      currentRequestId.set(requestId);
      T result = action.get();
      record(service, operation, accountId, region, requestId, null, null);
      if (kind == FaultKind.DROP_AFTER) {
        throw new DroppedRequest(service, operation, true);
      }
      return result;
    } catch (DroppedRequest e) {
      if (!e.processed()) {
        record(service, operation, accountId, region, requestId, e.errorCode(), null);
      }
      throw e;
    } catch (CloudException e) {
      record(
          service,
          operation,
          accountId,
          region,
          requestId,
          e.errorCode(),
          SimulatorReason.of(e).orElse(null));
      throw AwsError.withRequestId(e, requestId);
    } finally {
      if (outer == null) {
        currentRequestId.remove();
      } else {
        currentRequestId.set(outer);
      }
      lock.unlock();
    }
  }

  /**
   * How an injected {@link FaultKind#LATENCY} passes (outside the lock): the simulated clock moves
   * by it unless a server makes its clients wait it in wall time.
   */
  public void onLatency(Consumer<Duration> handler) {
    this.latency = java.util.Objects.requireNonNull(handler, "handler");
  }

  /**
   * The request id of the operation this thread is running inside {@link #call} (the HTTP front
   * answers with it).
   *
   * @throws IllegalStateException outside a call
   */
  public String currentRequestId() {
    String id = currentRequestId.get();
    if (id == null) {
      throw new IllegalStateException("no AWS operation is running on this thread");
    }
    return id;
  }

  /** Reads or changes the state under the lock, outside any AWS operation (snapshots, setup). */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** The state; only to be touched inside {@link #call} or {@link #locked}. */
  public SimulatorState state() {
    return state;
  }

  public void addFault(FaultRule rule) {
    faults.add(rule);
  }

  public void clearFaults() {
    faults.clear();
  }

  public List<FaultRule> faults() {
    return faults.remaining();
  }

  public List<RecordedCall> calls() {
    return journal.calls();
  }

  public void clearCalls() {
    journal.clear();
  }

  /** Calls the listener with every call, as the journal records it; the handle removes it. */
  public AutoCloseable onCall(Consumer<RecordedCall> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void record(
      String service,
      String operation,
      String accountId,
      String region,
      String requestId,
      String errorCode,
      String reason) {
    RecordedCall call =
        ImmutableRecordedCall.builder()
            .service(service)
            .operation(operation)
            .accountId(accountId)
            .region(region)
            .requestId(requestId)
            .at(clock.instant())
            .errorCode(Optional.ofNullable(errorCode))
            .reason(Optional.ofNullable(reason))
            .build();
    journal.record(call);
    listeners.forEach(listener -> listener.accept(call));
  }
}
