package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an IAM policy simulation asks (SimulatePrincipalPolicy, SimulateCustomPolicy): each action
 * on each resource, with context entries for the conditions, and optionally a resource-based
 * policy and the caller ARN the request comes from.
 */
@Value.Immutable
@ValueStyle
public interface PolicySimulation {
  /** {@return {@code service:Action} names} */
  List<String> actionNames();

  /** {@return the resource ARNs to simulate; empty means {@code *}} */
  List<String> resourceArns();

  /** {@return the context keys and values of the simulated requests} */
  List<SimulationContextEntry> contextEntries();

  /** {@return a resource-based policy (JSON) evaluated with the identity policies} */
  Optional<String> resourcePolicy();

  /**
   * The principal the request comes from ({@code CallerArn}): for SimulateCustomPolicy, and for
   * SimulatePrincipalPolicy of a user (the user itself by default).
   *
   * @return the caller's ARN, or empty for the default
   */
  Optional<String> callerArn();

  /** {@return a new builder with no field set} */
  static ImmutablePolicySimulation.Builder builder() {
    return ImmutablePolicySimulation.builder();
  }
}
