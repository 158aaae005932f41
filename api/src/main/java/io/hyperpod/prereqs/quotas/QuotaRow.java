package io.hyperpod.prereqs.quotas;

import io.hyperpod.prereqs.internal.ValueStyle;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One quota of a {@link QuotaTable}. Everything but the name is empty when the region has no
 * quota of that name (HyperPod may not offer the instance type there).
 */
@Value.Immutable
@ValueStyle
public interface QuotaRow {
  /**
   * The quota's name, e.g. {@code ml.p5.48xlarge for cluster usage}.
   *
   * @return the name
   */
  String name();

  /**
   * The Service Quotas service code the quota belongs to: {@code sagemaker}, or {@code vpc} for
   * the network's quotas.
   *
   * @return the service code
   */
  @Value.Default
  default String serviceCode() {
    return QuotasPort.SAGEMAKER;
  }

  /**
   * Why the quota could not be read, when its service's quotas could not be (e.g. {@code
   * AccessDeniedException: ...}); the other fields are then empty.
   *
   * @return the reason, or empty when the quota was read
   */
  Optional<String> unavailable();

  /**
   * The quota's code, e.g. {@code L-1194F27D}; empty when the region has no such quota.
   *
   * @return the code, or empty
   */
  Optional<String> code();

  /**
   * The value applied to the account, when one is (else the default is in force).
   *
   * @return the applied value, or empty
   */
  OptionalDouble applied();

  /**
   * The AWS default value.
   *
   * @return the default, or empty
   */
  OptionalDouble defaultValue();

  /**
   * Whether an increase can be requested.
   *
   * @return whether adjustable, or empty when the quota does not exist
   */
  Optional<Boolean> adjustable();

  /**
   * The newest increase request for the quota, open or decided.
   *
   * @return the request, or empty when none was filed
   */
  Optional<QuotaChangeRequest> request();

  /**
   * The value in force: applied, else default.
   *
   * @return the value, or empty when the quota does not exist
   */
  default OptionalDouble value() {
    return applied().isPresent() ? applied() : defaultValue();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableQuotaRow.Builder builder() {
    return ImmutableQuotaRow.builder();
  }

  /**
   * A builder holding this row's fields, to build a changed copy.
   *
   * @return the builder
   */
  default ImmutableQuotaRow.Builder toBuilder() {
    return ImmutableQuotaRow.builder().from(this);
  }
}
