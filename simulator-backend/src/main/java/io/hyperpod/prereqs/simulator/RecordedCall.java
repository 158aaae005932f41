package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One call a backend made into the simulator, as {@link AwsSimulator#calls()} lists it. */
@Value.Immutable
@ValueStyle
public interface RecordedCall {
  String service();

  /** {@return the AWS operation name, e.g. {@code CreateRole}} */
  String operation();

  String accountId();

  String region();

  String requestId();

  Instant at();

  /** {@return the AWS error code the call failed with; empty when it succeeded} */
  Optional<String> errorCode();

  /**
   * Why the simulator refused the call, in its own words (AWS's message stays AWS's exact text);
   * empty when it succeeded or the simulator has nothing to add.
   */
  Optional<String> reason();

  /** {@return {@code iam:CreateRole}} */
  default String label() {
    return service() + ":" + operation();
  }
}
