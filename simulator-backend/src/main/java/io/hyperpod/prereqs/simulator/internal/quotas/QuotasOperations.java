package io.hyperpod.prereqs.simulator.internal.quotas;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Service Quotas' operations with AWS's semantics on one account's {@link QuotasStore} in one
 * region. The {@code sagemaker}, {@code vpc} and {@code ec2} services are simulated (the quotas a
 * HyperPod cluster meets, {@link QuotaCatalog}); any other service code answers
 * NoSuchResourceException, as a service without quotas in the region does. Requests catch up with
 * the simulated clock before every operation. Use inside a {@link BackendContext#call}; the
 * simulator's HTTP front calls these too (with the paging parameters the SPI leaves out).
 */
public final class QuotasOperations {
  /** The service whose quotas the simulator has most of. */
  public static final String SERVICE_CODE = "sagemaker";

  /** Every service whose quotas the simulator has. */
  public static final java.util.Set<String> SERVICE_CODES = java.util.Set.of("sagemaker", "vpc", "ec2");

  /** Open requests one account may have in one region before QuotaExceededException. */
  public static final int MAX_OPEN_REQUESTS = 20;

  static final double MAX_DESIRED_VALUE = 10_000_000_000d;

  private static final Pattern SERVICE_CODE_PATTERN = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]{1,63}");
  private static final Pattern QUOTA_CODE_PATTERN = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]{1,128}");
  private static final Pattern REQUEST_ID_PATTERN =
      Pattern.compile("[0-9a-zA-Z][a-zA-Z0-9-]{1,128}");

  private final BackendContext context;
  private final QuotasStore store;
  private final QuotaSettingsRecord settings;

  public QuotasOperations(BackendContext context) {
    this.context = context;
    this.store = context.regionState().quotas();
    this.settings = context.state().quotaSettings();
    store.ensureCatalog(settings);
    store.catchUp(context.now());
  }

  // ---- quotas ----------------------------------------------------------------------------

  /**
   * The value in force (applied, else default) of the quota of this name in the context's account
   * and region: what another service's limit checks (EC2's VPCs per Region) compare with.
   */
  public static double valueInForce(BackendContext context, String quotaName) {
    return new QuotasOperations(context).store.byName(quotaName)
        .map(QuotaRecord::value)
        .orElseThrow(() -> new IllegalStateException("no simulated quota " + quotaName));
  }

  /** GetServiceQuota: the applied value; NoSuchResourceException while the quota has none. */
  public ServiceQuota getServiceQuota(String serviceCode, String quotaCode) {
    QuotaRecord q = quota(serviceCode, quotaCode);
    if (!q.applied()) {
      throw AwsError.QUOTAS_NO_SUCH_RESOURCE.exception(
          "", // AWS answers a quota never applied with an empty message
          "quota " + quotaCode + " has no applied value in this account; its AWS default"
              + " (GetAWSDefaultServiceQuota) is in force");
    }
    return view(q, q.appliedValue);
  }

  public ServiceQuota getAwsDefaultServiceQuota(String serviceCode, String quotaCode) {
    QuotaRecord q = quota(serviceCode, quotaCode);
    return view(q, q.defaultValue);
  }

  /** ListServiceQuotas: the quotas with an applied value, in code order. */
  public OffsetPage<ServiceQuota> listServiceQuotas(
      String serviceCode, Integer maxResults, String nextToken) {
    service(serviceCode);
    List<ServiceQuota> all =
        store.quotas().stream()
            .filter(q -> q.service().equals(serviceCode))
            .filter(QuotaRecord::applied)
            .map(q -> view(q, q.appliedValue))
            .collect(Collectors.toList());
    return OffsetPage.of(all, maxResults, nextToken);
  }

  /** ListAWSDefaultServiceQuotas: every quota with its default, in code order. */
  public OffsetPage<ServiceQuota> listAwsDefaultServiceQuotas(
      String serviceCode, Integer maxResults, String nextToken) {
    service(serviceCode);
    List<ServiceQuota> all =
        store.quotas().stream()
            .filter(q -> q.service().equals(serviceCode))
            .map(q -> view(q, q.defaultValue))
            .collect(Collectors.toList());
    return OffsetPage.of(all, maxResults, nextToken);
  }

  // ---- increase requests -----------------------------------------------------------------

  /**
   * RequestServiceQuotaIncrease: files a request, PENDING, whose course the approval policy in
   * force fixes now.
   */
  public QuotaChangeRequest requestServiceQuotaIncrease(
      String serviceCode, String quotaCode, double desiredValue) {
    QuotaRecord q = quota(serviceCode, quotaCode);
    if (Double.isNaN(desiredValue) || desiredValue < 0 || desiredValue > MAX_DESIRED_VALUE) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "DesiredValue " + desiredValue + " is out of range; it must be between 0 and "
              + (long) MAX_DESIRED_VALUE + ".");
    }
    if (!q.adjustable) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "The quota " + quotaCode + " (" + q.name + ") is not adjustable.");
    }
    if (desiredValue <= q.value()) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "The desired value " + number(desiredValue) + " must be greater than the current value "
              + number(q.value()) + " of quota " + quotaCode + ".");
    }
    List<QuotaRequestRecord> all = store.requests();
    if (all.stream().anyMatch(r -> r.status.open() && r.quotaCode.equals(quotaCode))) {
      throw AwsError.QUOTAS_RESOURCE_ALREADY_EXISTS.exception(
          "Only one open service quota increase request is allowed per quota.",
          "quota " + quotaCode + " has an open request");
    }
    if (all.stream().filter(r -> r.status.open()).count() >= MAX_OPEN_REQUESTS) {
      throw AwsError.QUOTAS_QUOTA_EXCEEDED.exception(
          "You have exceeded the maximum number of open service quota increase requests.",
          MAX_OPEN_REQUESTS + " requests are open in this Region; wait for some to be decided");
    }
    QuotaRequestRecord r = schedule(q, desiredValue);
    store.add(r);
    return QuotaViews.request(r);
  }

  public QuotaChangeRequest getRequestedServiceQuotaChange(String requestId) {
    if (requestId == null || !REQUEST_ID_PATTERN.matcher(requestId).matches()) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "RequestId '" + requestId + "' is not a request id.");
    }
    return store.requests().stream()
        .filter(r -> r.id.equals(requestId))
        .findFirst()
        .map(QuotaViews::request)
        .orElseThrow(
            () ->
                AwsError.QUOTAS_NO_SUCH_RESOURCE.exception(
                    "There is no quota increase request with id " + requestId + "."));
  }

  /** ListRequestedServiceQuotaChangeHistory: every request of the service, newest first. */
  public OffsetPage<QuotaChangeRequest> listRequestedServiceQuotaChangeHistory(
      String serviceCode, String status, Integer maxResults, String nextToken) {
    service(serviceCode);
    return history(serviceCode, null, status, maxResults, nextToken);
  }

  /** ListRequestedServiceQuotaChangeHistoryByQuota: the requests of one quota, newest first. */
  public OffsetPage<QuotaChangeRequest> listRequestedServiceQuotaChangeHistoryByQuota(
      String serviceCode, String quotaCode, String status, Integer maxResults, String nextToken) {
    quota(serviceCode, quotaCode);
    return history(serviceCode, quotaCode, status, maxResults, nextToken);
  }

  private OffsetPage<QuotaChangeRequest> history(String serviceCode,
      String quotaCode, String status, Integer maxResults, String nextToken) {
    QuotaRequestStatus wanted = status == null ? null : status(status);
    List<QuotaChangeRequest> all =
        store.requests().stream()
            .filter(r -> r.service().equals(serviceCode))
            .filter(r -> quotaCode == null || r.quotaCode.equals(quotaCode))
            .filter(r -> wanted == null || r.status == wanted)
            .map(QuotaViews::request)
            .collect(Collectors.toList());
    return OffsetPage.of(all, maxResults, nextToken);
  }

  private QuotaRequestRecord schedule(QuotaRecord q, double desiredValue) {
    Instant now = context.now();
    QuotaRequestRecord r = new QuotaRequestRecord();
    r.id = context.ids().hexId("", 32);
    r.serviceCode = q.service();
    r.quotaCode = q.code;
    r.quotaName = q.name;
    r.desiredValue = desiredValue;
    r.status = QuotaRequestStatus.PENDING;
    r.created = now;
    r.lastUpdated = now;
    if (desiredValue <= settings.autoApproveUpTo()) {
      r.decidedAt = now.plus(Duration.ofSeconds(settings.autoApprovalSeconds()));
      r.approve = true;
    } else {
      r.caseId = caseId();
      r.caseOpensAt = now.plus(Duration.ofSeconds(settings.caseOpenSeconds()));
      r.decidedAt = now.plus(Duration.ofSeconds(settings.caseDecisionSeconds()));
      r.approve = desiredValue <= settings.caseApproveUpTo();
    }
    return r;
  }

  /** A ten-digit support case number. */
  private String caseId() {
    long n = Long.parseUnsignedLong(context.ids().hexId("", 15), 16) % 10_000_000_000L;
    return String.format(Locale.ROOT, "%010d", n);
  }

  // ---- inputs ----------------------------------------------------------------------------

  private void service(String serviceCode) {
    if (serviceCode == null || !SERVICE_CODE_PATTERN.matcher(serviceCode).matches()) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "ServiceCode '" + serviceCode + "' does not match [a-zA-Z][a-zA-Z0-9-]{1,63}.");
    }
    if (!SERVICE_CODES.contains(serviceCode)) {
      throw AwsError.QUOTAS_NO_SUCH_RESOURCE.exception(
          "This service is not available in the current Region. Choose a different Region or a"
              + " different service.",
          "the simulator has the quotas of " + String.join(", ",
              new java.util.TreeSet<>(SERVICE_CODES)) + " only; got '" + serviceCode + "'");
    }
  }

  private QuotaRecord quota(String serviceCode, String quotaCode) {
    service(serviceCode);
    if (quotaCode == null || !QUOTA_CODE_PATTERN.matcher(quotaCode).matches()) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "QuotaCode '" + quotaCode + "' does not match [a-zA-Z][a-zA-Z0-9-]{1,128}.");
    }
    return store.byCode(quotaCode)
        .filter(q -> q.service().equals(serviceCode))
        .orElseThrow(
            () ->
                AwsError.QUOTAS_NO_SUCH_RESOURCE.exception(
                    "The quota " + quotaCode + " does not exist for service " + serviceCode
                        + "."));
  }

  private static QuotaRequestStatus status(String status) {
    try {
      return QuotaRequestStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw AwsError.QUOTAS_ILLEGAL_ARGUMENT.exception(
          "Status '" + status + "' is not one of PENDING, CASE_OPENED, APPROVED, DENIED,"
              + " CASE_CLOSED, NOT_APPROVED, INVALID_REQUEST.");
    }
  }

  private ServiceQuota view(QuotaRecord q, double value) {
    return QuotaViews.quota(q, value, q.service(), context.accountId(), context.region());
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
