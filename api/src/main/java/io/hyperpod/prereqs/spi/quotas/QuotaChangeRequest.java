package io.hyperpod.prereqs.spi.quotas;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A quota increase request and where it stands (Service Quotas {@code RequestedServiceQuotaChange}). */
@Value.Immutable
@ValueStyle
public interface QuotaChangeRequest {
  /** {@return the request id} */
  String id();

  /** {@return the AWS Support case, once one is opened} */
  Optional<String> caseId();

  /** {@return the service code, e.g. {@code sagemaker}} */
  String serviceCode();

  /** {@return the quota's code, {@code L-} and eight characters} */
  String quotaCode();

  /** {@return the quota's name} */
  String quotaName();

  /** {@return the value asked for} */
  double desiredValue();

  /** {@return where the request is: pending, case opened, approved, denied, ...} */
  QuotaRequestStatus status();

  /** {@return when the request was filed} */
  Instant created();

  /** {@return when the request last changed status, if it did} */
  Optional<Instant> lastUpdated();

  /** {@return whether it is still being decided} */
  default boolean open() {
    return status().open();
  }

  /**
   * {@return {@code PENDING}, or {@code CASE_OPENED (case 1234567890)}: the status with the case
   * id}
   */
  default String statusWithCase() {
    return status() + caseId().map(c -> " (case " + c + ")").orElse("");
  }

  /** {@return a new builder with no field set} */
  static ImmutableQuotaChangeRequest.Builder builder() {
    return ImmutableQuotaChangeRequest.builder();
  }
}
