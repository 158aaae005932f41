package io.hyperpod.prereqs.spi.quotas;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One quota of a service (Service Quotas {@code ServiceQuota}): its applied value when it comes
 * from ListServiceQuotas, its AWS default when it comes from ListAWSDefaultServiceQuotas.
 */
@Value.Immutable
@ValueStyle
public interface ServiceQuota {
  /** {@return {@code sagemaker}} */
  String serviceCode();

  /** {@return {@code L-} and eight characters, e.g. {@code L-8762A75F}} */
  String quotaCode();

  /**
   * The quota's name, e.g. {@code ml.p5.48xlarge for cluster usage}; names are stable.
   *
   * @return the quota's name
   */
  String quotaName();

  /** {@return the quota's ARN, {@code arn:aws:servicequotas:REGION:ACCOUNT:SERVICE/CODE}} */
  String quotaArn();

  /** {@return the quota's value: the applied one, or the AWS default when listed as a default} */
  double value();

  /** {@return whether an increase can be requested} */
  boolean adjustable();

  /** {@return whether the quota applies to the account in every region rather than per region} */
  @Value.Default
  default boolean globalQuota() {
    return false;
  }

  /** {@return {@code None} for counts} */
  Optional<String> unit();

  /** {@return a new builder with no field set} */
  static ImmutableServiceQuota.Builder builder() {
    return ImmutableServiceQuota.builder();
  }
}
