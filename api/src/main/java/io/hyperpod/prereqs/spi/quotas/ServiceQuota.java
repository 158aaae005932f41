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

  /** The quota's name, e.g. {@code ml.p5.48xlarge for cluster usage}; names are stable. */
  String quotaName();

  String quotaArn();

  double value();

  /** {@return whether an increase can be requested} */
  boolean adjustable();

  @Value.Default
  default boolean globalQuota() {
    return false;
  }

  /** {@return {@code None} for counts} */
  Optional<String> unit();

  static ImmutableServiceQuota.Builder builder() {
    return ImmutableServiceQuota.builder();
  }
}
