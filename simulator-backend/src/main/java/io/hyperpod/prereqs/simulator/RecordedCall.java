package io.hyperpod.prereqs.simulator;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One call a backend made into the simulator, as {@link AwsSimulator#calls()} lists it. */
@Value.Immutable
@ValueStyle
public interface RecordedCall {
  /** {@return the SigV4 service name, e.g. {@code iam}} */
  String service();

  /** {@return the AWS operation name, e.g. {@code CreateRole}} */
  String operation();

  /** {@return the 12-digit account id the call was made in} */
  String accountId();

  /** {@return the region of the backend that made the call, e.g. {@code us-west-2}} */
  String region();

  /** {@return the request id the simulator answered with, as AWS's {@code x-amzn-RequestId}} */
  String requestId();

  /** {@return when the call was made, on the simulated clock} */
  Instant at();

  /** {@return the AWS error code the call failed with; empty when it succeeded} */
  Optional<String> errorCode();

  /**
   * Why the simulator refused the call, in its own words (AWS's message stays AWS's exact text);
   * empty when it succeeded or the simulator has nothing to add.
   *
   * @return the reason, or empty
   */
  Optional<String> reason();

  /** {@return the service and operation joined by a colon, e.g. {@code iam:CreateRole}} */
  default String label() {
    return service() + ":" + operation();
  }
}
