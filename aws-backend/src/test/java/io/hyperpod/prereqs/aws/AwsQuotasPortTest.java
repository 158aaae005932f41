package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.json;
import static io.hyperpod.prereqs.aws.AwsWire.jsonError;
import static io.hyperpod.prereqs.aws.AwsWire.jsonOf;
import static io.hyperpod.prereqs.aws.AwsWire.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotaRequestStatus;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsQuotasPortTest {
  static final String PREFIX = "ServiceQuotasV20190624.";
  static final String P5 = "ml.p5.48xlarge for cluster usage";
  static final String P5_CODE = "L-8762A75F";
  static final String PER_CLUSTER_CODE = "L-3D6CC4B9";
  static final long CREATED = 1_700_000_000L;

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private QuotasPort quotas;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    quotas = backend.quotas();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void listServiceQuotas_acrossPages_sendsTheTokenAndReadsEveryQuota() {
    stubPages(
        "ListServiceQuotas",
        Map.of("ServiceCode", "sagemaker"),
        jsonOf(Map.of("Quotas", List.of(quota(P5_CODE, P5, 4.0, true)), "NextToken", "page-2")),
        jsonOf(Map.of("Quotas", List.of(quota(PER_CLUSTER_CODE, "per cluster", 50.0, false)))));

    List<ServiceQuota> applied = quotas.listServiceQuotas(QuotasPort.SAGEMAKER);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(PREFIX + "ListServiceQuotas"))
            .withHeader("Content-Type", containing("application/x-amz-json-1.1"))
            .withHeader("Authorization", containing("/us-west-2/servicequotas/aws4_request"))
            .withRequestBody(equalToJson(jsonOf(Map.of("ServiceCode", "sagemaker")))));
    assertThat(applied).extracting(ServiceQuota::quotaCode).containsExactly(P5_CODE, PER_CLUSTER_CODE);
    ServiceQuota p5 = applied.get(0);
    assertThat(p5.serviceCode()).isEqualTo("sagemaker");
    assertThat(p5.quotaName()).isEqualTo(P5);
    assertThat(p5.quotaArn()).isEqualTo(arn(P5_CODE));
    assertThat(p5.value()).isEqualTo(4.0);
    assertThat(p5.adjustable()).isTrue();
    assertThat(p5.globalQuota()).isFalse();
    assertThat(p5.unit()).contains("None");
    assertThat(applied.get(1).adjustable()).isFalse();
    assertThat(backend.callCounts().calls("servicequotas", "ListServiceQuotas")).isEqualTo(2);
  }

  @Test
  void listServiceQuotas_quotaWithoutAValue_isLeftOut() {
    Map<String, Object> unreadable = quota(PER_CLUSTER_CODE, "per cluster", 0, true);
    unreadable.remove("Value");
    unreadable.put(
        "ErrorReason",
        Map.of("ErrorCode", "SERVICE_QUOTA_NOT_AVAILABLE_ERROR", "ErrorMessage", "not available"));
    wm.stubFor(
        target(PREFIX + "ListServiceQuotas")
            .willReturn(json(jsonOf(Map.of("Quotas", List.of(quota(P5_CODE, P5, 4.0, true), unreadable))))));

    assertThat(quotas.listServiceQuotas(QuotasPort.SAGEMAKER))
        .extracting(ServiceQuota::quotaCode)
        .containsExactly(P5_CODE);
  }

  @Test
  void listDefaultServiceQuotas_acrossPages_readsEveryQuota() {
    stubPages(
        "ListAWSDefaultServiceQuotas",
        Map.of("ServiceCode", "sagemaker"),
        jsonOf(Map.of("Quotas", List.of(quota(P5_CODE, P5, 0.0, true)), "NextToken", "page-2")),
        jsonOf(Map.of("Quotas", List.of(quota(PER_CLUSTER_CODE, "per cluster", 20.0, true)))));

    List<ServiceQuota> defaults = quotas.listDefaultServiceQuotas(QuotasPort.SAGEMAKER);

    assertThat(defaults).extracting(ServiceQuota::value).containsExactly(0.0, 20.0);
    assertThat(backend.callCounts().calls("servicequotas", "ListAWSDefaultServiceQuotas"))
        .isEqualTo(2);
  }

  @Test
  void requestIncrease_sendsServiceQuotaAndDesiredValue_readsTheRequest() {
    wm.stubFor(
        target(PREFIX + "RequestServiceQuotaIncrease")
            .willReturn(json(jsonOf(Map.of("RequestedQuota", request("req-1", "PENDING", null))))));

    QuotaChangeRequest r = quotas.requestIncrease(QuotasPort.SAGEMAKER, P5_CODE, 4);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(PREFIX + "RequestServiceQuotaIncrease"))
            .withRequestBody(
                equalToJson(
                    jsonOf(
                        Map.of(
                            "ServiceCode", "sagemaker", "QuotaCode", P5_CODE, "DesiredValue", 4.0)))));
    assertThat(r.id()).isEqualTo("req-1");
    assertThat(r.status()).isEqualTo(QuotaRequestStatus.PENDING);
    assertThat(r.caseId()).isEmpty();
    assertThat(r.serviceCode()).isEqualTo("sagemaker");
    assertThat(r.quotaCode()).isEqualTo(P5_CODE);
    assertThat(r.quotaName()).isEqualTo(P5);
    assertThat(r.desiredValue()).isEqualTo(4.0);
    assertThat(r.created()).isEqualTo(Instant.ofEpochSecond(CREATED));
    assertThat(r.lastUpdated()).contains(Instant.ofEpochSecond(CREATED + 60));
  }

  @Test
  void listRequestHistory_ofAQuotaAcrossPages_readsEveryRequestWithItsCase() {
    stubPages(
        "ListRequestedServiceQuotaChangeHistoryByQuota",
        Map.of("ServiceCode", "sagemaker", "QuotaCode", P5_CODE),
        jsonOf(
            Map.of(
                "RequestedQuotas",
                List.of(request("req-2", "CASE_OPENED", "1234567890")),
                "NextToken",
                "page-2")),
        jsonOf(Map.of("RequestedQuotas", List.of(request("req-1", "DENIED", null)))));

    List<QuotaChangeRequest> history =
        quotas.listRequestHistory(QuotasPort.SAGEMAKER, P5_CODE);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(
                equalToJson(jsonOf(Map.of("ServiceCode", "sagemaker", "QuotaCode", P5_CODE)))));
    assertThat(history).extracting(QuotaChangeRequest::id).containsExactly("req-2", "req-1");
    assertThat(history.get(0).statusWithCase()).isEqualTo("CASE_OPENED (case 1234567890)");
    assertThat(history.get(1).status()).isEqualTo(QuotaRequestStatus.DENIED);
    assertThat(
            backend
                .callCounts()
                .calls("servicequotas", "ListRequestedServiceQuotaChangeHistoryByQuota"))
        .isEqualTo(2);
  }

  @Test
  void listRequestHistory_ofTheService_sendsTheServiceCode() {
    wm.stubFor(
        target(PREFIX + "ListRequestedServiceQuotaChangeHistory")
            .willReturn(
                json(jsonOf(Map.of("RequestedQuotas", List.of(request("req-3", "APPROVED", null)))))));

    List<QuotaChangeRequest> history = quotas.listRequestHistory(QuotasPort.SAGEMAKER);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(PREFIX + "ListRequestedServiceQuotaChangeHistory"))
            .withRequestBody(equalToJson(jsonOf(Map.of("ServiceCode", "sagemaker")))));
    assertThat(history).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(QuotaRequestStatus.APPROVED);
      assertThat(r.open()).isFalse();
    });
  }

  @Test
  void findRequest_existing_sendsTheIdAndReadsIt() {
    wm.stubFor(
        target(PREFIX + "GetRequestedServiceQuotaChange")
            .willReturn(json(jsonOf(Map.of("RequestedQuota", request("req-1", "PENDING", null))))));

    assertThat(quotas.findRequest("req-1")).hasValueSatisfying(
        r -> assertThat(r.quotaCode()).isEqualTo(P5_CODE));
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(equalToJson(jsonOf(Map.of("RequestId", "req-1")))));
  }

  @Test
  void findRequest_whenNoSuchResource_isEmpty() {
    wm.stubFor(
        target(PREFIX + "GetRequestedServiceQuotaChange")
            .willReturn(jsonError(400, "NoSuchResourceException", "no such request")));

    assertThat(quotas.findRequest("0123456789abcdef")).isEmpty();
  }

  @Test
  void listRequestHistory_statusUnknownToTheTool_failsNamingTheStatusAndTheRequest() {
    wm.stubFor(
        target(PREFIX + "ListRequestedServiceQuotaChangeHistory")
            .willReturn(
                json(jsonOf(Map.of("RequestedQuotas", List.of(request("req-9", "ON_HOLD", null)))))));

    assertThatThrownBy(() -> quotas.listRequestHistory(QuotasPort.SAGEMAKER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ON_HOLD'")
        .hasMessageContaining("req-9")
        .hasMessageContaining(P5_CODE);
  }

  static Stream<Arguments> errorCodes() {
    Consumer<QuotasPort> request = q -> q.requestIncrease(QuotasPort.SAGEMAKER, P5_CODE, 4);
    Consumer<QuotasPort> list = q -> q.listServiceQuotas(QuotasPort.SAGEMAKER);
    Consumer<QuotasPort> defaults = q -> q.listDefaultServiceQuotas("nosuchservice");
    return Stream.of(
        Arguments.of("ListAWSDefaultServiceQuotas", defaults, 400, "NoSuchResourceException",
            NotFoundException.class),
        Arguments.of("RequestServiceQuotaIncrease", request, 400, "NoSuchResourceException",
            NotFoundException.class),
        Arguments.of("RequestServiceQuotaIncrease", request, 400,
            "ResourceAlreadyExistsException", AlreadyExistsException.class),
        Arguments.of("RequestServiceQuotaIncrease", request, 400, "IllegalArgumentException",
            MalformedException.class),
        Arguments.of("RequestServiceQuotaIncrease", request, 400, "QuotaExceededException",
            LimitExceededException.class),
        Arguments.of("RequestServiceQuotaIncrease", request, 400,
            "DependencyAccessDeniedException", AccessDeniedException.class),
        Arguments.of("ListServiceQuotas", list, 400, "AccessDeniedException",
            AccessDeniedException.class),
        Arguments.of("ListServiceQuotas", list, 400, "InvalidPaginationTokenException",
            MalformedException.class),
        Arguments.of("ListServiceQuotas", list, 400, "TooManyRequestsException",
            ThrottledException.class),
        Arguments.of("ListServiceQuotas", list, 500, "ServiceException", CloudException.class));
  }

  @ParameterizedTest(name = "{0} {3} -> {4}")
  @MethodSource("errorCodes")
  void call_whenServiceQuotasAnswersErrorCode_throwsTypedExceptionWithCodeStatusAndRequestId(
      String operation,
      Consumer<QuotasPort> call,
      int status,
      String code,
      Class<? extends CloudException> type) {
    wm.stubFor(target(PREFIX + operation).willReturn(jsonError(status, code, "details")));

    assertThatThrownBy(() -> call.accept(quotas))
        .isExactlyInstanceOf(type)
        .hasMessageContaining("Service Quotas " + operation + " for ")
        .hasMessageContaining(code + ": details")
        .satisfies(
            thrown -> {
              CloudException e = (CloudException) thrown;
              assertThat(e.service()).isEqualTo("servicequotas");
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.requestId()).contains("req-" + code);
            });
  }

  @Test
  void listServiceQuotas_whenAccessDenied_namesTheActionToGrant() {
    wm.stubFor(
        target(PREFIX + "ListServiceQuotas")
            .willReturn(jsonError(400, "AccessDeniedException", "not authorized")));

    assertThatThrownBy(() -> quotas.listServiceQuotas(QuotasPort.SAGEMAKER))
        .hasMessageContaining("the quotas of service 'sagemaker'")
        .hasMessageContaining("grant servicequotas:ListServiceQuotas");
  }

  private static void stubPages(
      String operation, Map<String, Object> request, String firstPage, String secondPage) {
    AwsWire.twoPages(wm, PREFIX + operation, request, firstPage, secondPage);
  }

  static Map<String, Object> quota(String code, String name, double value, boolean adjustable) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("ServiceCode", "sagemaker");
    q.put("ServiceName", "Amazon SageMaker");
    q.put("QuotaArn", arn(code));
    q.put("QuotaCode", code);
    q.put("QuotaName", name);
    q.put("Value", value);
    q.put("Unit", "None");
    q.put("Adjustable", adjustable);
    q.put("GlobalQuota", false);
    return q;
  }

  static Map<String, Object> request(String id, String status, String caseId) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("Id", id);
    if (caseId != null) {
      r.put("CaseId", caseId);
    }
    r.put("ServiceCode", "sagemaker");
    r.put("QuotaCode", P5_CODE);
    r.put("QuotaName", P5);
    r.put("DesiredValue", 4.0);
    r.put("Status", status);
    r.put("Created", CREATED);
    r.put("LastUpdated", CREATED + 60);
    r.put("QuotaArn", arn(P5_CODE));
    return r;
  }

  static String arn(String code) {
    return "arn:aws:servicequotas:us-west-2:" + AwsWire.ACCOUNT + ":sagemaker/" + code;
  }
}
