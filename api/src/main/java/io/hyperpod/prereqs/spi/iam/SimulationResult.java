package io.hyperpod.prereqs.spi.iam;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** IAM's answer for one action on one resource of a policy simulation. */
@Value.Immutable
@ValueStyle
public interface SimulationResult {
  /** {@return the action evaluated, e.g. {@code s3:GetObject}} */
  String actionName();

  /** {@return the resource ARN, {@code *} when the simulation named none} */
  String resourceArn();

  /** {@return the decision: allowed, explicitDeny or implicitDeny} */
  EvalDecision decision();

  /** {@return the statements that decided it (those that allow, or the denying ones)} */
  List<MatchedStatement> matchedStatements();

  /** {@return whether the decision is {@link EvalDecision#ALLOWED}} */
  default boolean allowed() {
    return decision() == EvalDecision.ALLOWED;
  }

  /** A statement of a simulated policy that matched. */
  @Value.Immutable
  @ValueStyle
  interface MatchedStatement {
    /**
     * The policy's id: an ARN or inline-policy name for SimulatePrincipalPolicy, {@code
     * PolicyInputList.N} for SimulateCustomPolicy (as AWS names them).
     *
     * @return the policy's id
     */
    String sourcePolicyId();

    /**
     * Where the statement is: its Sid or {@code #N} (position) on the simulator, {@code line L,
     * column C} on AWS.
     *
     * @return the statement's position
     */
    String position();
  }

  /** {@return a new builder with no field set} */
  static ImmutableSimulationResult.Builder builder() {
    return ImmutableSimulationResult.builder();
  }
}
