package io.hyperpod.prereqs.internal.quotas;

import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.NotFoundException;

/**
 * The warning {@value #ID}: Service Quotas failed to answer a read the quota check needs, so the
 * check (and any increase request) is skipped; the fix depends on how it failed.
 */
final class QuotaUnavailable {
  static final String ID = "quota.unavailable";

  /** What the quota check reads; the tool's policy ({@code iam-policy-for-tool}) allows them. */
  static final String READ_ACTIONS = "servicequotas:ListAWSDefaultServiceQuotas,"
      + " servicequotas:ListServiceQuotas and"
      + " servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota";

  private QuotaUnavailable() {}

  /**
   * The warning for {@code failure}.
   *
   * @param address the quota it is about; null when it is about every quota
   * @param what what could not be checked, the start of the message
   */
  static Finding finding(ResourceAddress address, String what, CloudException failure,
      String region) {
    return finding(address, what, failure, region, HyperPodQuotaNames.SAGEMAKER);
  }

  /** The warning for a failure to read the quotas of {@code service}. */
  static Finding finding(ResourceAddress address, String what, CloudException failure,
      String region, String service) {
    return Finding.warning(ID, address, what + ": " + failure.getMessage(),
        fix(failure, region, service));
  }

  private static String fix(CloudException failure, String region, String service) {
    if (failure instanceof NotFoundException && service.equals(HyperPodQuotaNames.SAGEMAKER)) {
      return "Service Quotas has no SageMaker quotas in " + region + ": check that SageMaker"
          + " HyperPod is offered there (Service Quotas console, search 'cluster usage'); an AWS"
          + " emulator behind --endpoint-url (such as moto) has none, and there this warning is"
          + " expected";
    }
    if (failure instanceof NotFoundException) {
      return "Service Quotas has no " + service + " quotas in " + region + "; an AWS emulator"
          + " behind --endpoint-url may have none, and there this warning is expected";
    }
    if (failure instanceof AccessDeniedException) {
      return "allow the caller " + READ_ACTIONS + " (the `iam-policy-for-tool` command prints a"
          + " policy with them), then plan again";
    }
    return "plan again later to check the quotas; the other prerequisites do not depend on them";
  }
}
