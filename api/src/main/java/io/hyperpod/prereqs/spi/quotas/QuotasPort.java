package io.hyperpod.prereqs.spi.quotas;

import java.util.List;
import java.util.Optional;

/**
 * Service Quotas, for SageMaker's cluster quotas. Quotas are found by name (their codes are not
 * documented); every list reads all pages. Methods fail with {@link
 * io.hyperpod.prereqs.spi.CloudException}s carrying Service Quotas' error codes: {@code
 * NoSuchResourceException} (NotFoundException), {@code ResourceAlreadyExistsException}
 * (AlreadyExistsException), {@code IllegalArgumentException} (MalformedException), {@code
 * QuotaExceededException} (LimitExceededException).
 */
public interface QuotasPort {
  /** The service code of SageMaker's quotas. */
  String SAGEMAKER = "sagemaker";

  /**
   * ListServiceQuotas: the quotas that have an applied value in this account and region. A quota
   * still at its AWS default is not listed; {@link #listDefaultServiceQuotas} has it.
   *
   * @param serviceCode the service, e.g. {@code sagemaker}
   * @return the quotas with their codes ({@code L-...}), names and applied values
   */
  List<ServiceQuota> listServiceQuotas(String serviceCode);

  /**
   * ListAWSDefaultServiceQuotas: every quota of the service with its AWS default value.
   *
   * @param serviceCode the service, e.g. {@code sagemaker}
   * @return every quota of the service with its default value
   */
  List<ServiceQuota> listDefaultServiceQuotas(String serviceCode);

  /**
   * RequestServiceQuotaIncrease. Fails with ResourceAlreadyExistsException while an open request
   * for the quota exists, IllegalArgumentException when the desired value is not above the
   * current one, NoSuchResourceException for an unknown quota code, QuotaExceededException when
   * the account has too many open requests.
   *
   * @param serviceCode the service, e.g. {@code sagemaker}
   * @param quotaCode the quota's code, {@code L-} and eight characters
   * @param desiredValue the value asked for, above the current one
   * @return the new request, {@code PENDING}
   */
  QuotaChangeRequest requestIncrease(String serviceCode, String quotaCode, double desiredValue);

  /**
   * ListRequestedServiceQuotaChangeHistoryByQuota: the requests for one quota, any status.
   *
   * @param serviceCode the service, e.g. {@code sagemaker}
   * @param quotaCode the quota's code, {@code L-} and eight characters
   * @return the quota's requests, whatever their status
   */
  List<QuotaChangeRequest> listRequestHistory(String serviceCode, String quotaCode);

  /**
   * ListRequestedServiceQuotaChangeHistory: the requests for every quota of the service.
   *
   * @param serviceCode the service, e.g. {@code sagemaker}
   * @return the service's requests
   */
  List<QuotaChangeRequest> listRequestHistory(String serviceCode);

  /**
   * GetRequestedServiceQuotaChange; empty when there is no request with this id.
   *
   * @param requestId the request's id, as {@link #requestIncrease} answered it
   * @return the request with its status and case id, or empty
   */
  Optional<QuotaChangeRequest> findRequest(String requestId);
}
