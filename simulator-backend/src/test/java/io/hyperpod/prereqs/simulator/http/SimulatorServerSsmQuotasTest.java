package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.NoSuchResourceException;
import software.amazon.awssdk.services.servicequotas.model.RequestStatus;
import software.amazon.awssdk.services.servicequotas.model.RequestedServiceQuotaChange;
import software.amazon.awssdk.services.servicequotas.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentAlreadyExistsException;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.DocumentType;
import software.amazon.awssdk.services.ssm.model.DuplicateDocumentContentException;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;

/** SSM documents and Service Quotas served to the AWS SDK for Java v2 (JSON 1.1). */
class SimulatorServerSsmQuotasTest {
  static String preferences(boolean runAs) {
    return "{\"schemaVersion\":\"1.0\",\"sessionType\":\"Standard_Stream\",\"inputs\":{"
        + "\"s3EncryptionEnabled\":true,\"cloudWatchEncryptionEnabled\":true,"
        + "\"runAsEnabled\":" + runAs + ",\"runAsDefaultUser\":\"ubuntu\"}}";
  }

  static AwsSimulator simulator;
  static SimulatorServer server;
  static SsmClient ssm;
  static ServiceQuotasClient quotas;

  @BeforeAll
  static void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).clock(ServedClock.MANUAL).start();
    ssm = SdkClients.ssm(server.endpoint());
    quotas = SdkClients.quotas(server.endpoint());
  }

  @AfterAll
  static void stop() {
    ssm.close();
    quotas.close();
    server.stop();
  }

  @Test
  void sessionPreferences_createUpdateSetDefault_readBackTheNewDefault() {
    DocumentDescription created =
        ssm.createDocument(
                r ->
                    r.name("wire-prefs")
                        .documentType(DocumentType.SESSION)
                        .documentFormat(DocumentFormat.JSON)
                        .content(preferences(false)))
            .documentDescription();
    String version =
        ssm.updateDocument(
                r -> r.name("wire-prefs").documentVersion("$LATEST").content(preferences(true)))
            .documentDescription()
            .documentVersion();
    ssm.updateDocumentDefaultVersion(r -> r.name("wire-prefs").documentVersion(version));

    assertThat(created.documentVersion()).isEqualTo("1");
    assertThat(created.createdDate()).isNotNull();
    assertThat(version).isEqualTo("2");
    assertThat(ssm.getDocument(r -> r.name("wire-prefs")).content()).isEqualTo(preferences(true));
    assertThat(ssm.describeDocument(r -> r.name("wire-prefs")).document().defaultVersion())
        .isEqualTo("2");
    assertThat(simulator.backend("us-west-2").ssm().getDocument("wire-prefs")).isPresent();
  }

  @Test
  void createDocument_twice_failsWithDocumentAlreadyExists() {
    ssm.createDocument(
        r -> r.name("wire-twice").documentType(DocumentType.SESSION).content(preferences(true)));

    assertThatExceptionOfType(DocumentAlreadyExistsException.class)
        .isThrownBy(
            () ->
                ssm.createDocument(
                    r ->
                        r.name("wire-twice")
                            .documentType(DocumentType.SESSION)
                            .content(preferences(true))))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  @Test
  void updateDocument_sameContent_failsWithDuplicateDocumentContent() {
    ssm.createDocument(
        r -> r.name("wire-same").documentType(DocumentType.SESSION).content(preferences(true)));

    assertThatExceptionOfType(DuplicateDocumentContentException.class)
        .isThrownBy(
            () ->
                ssm.updateDocument(
                    r ->
                        r.name("wire-same")
                            .documentVersion("$LATEST")
                            .content(preferences(true))));
  }

  @Test
  void getDocument_missing_failsWithInvalidDocument() {
    assertThatExceptionOfType(InvalidDocumentException.class)
        .isThrownBy(() -> ssm.getDocument(r -> r.name("wire-none")));
  }

  @Test
  void listAwsDefaultServiceQuotas_smallPages_walksTheWholeCatalog() {
    List<ServiceQuota> paged =
        quotas
            .listAWSDefaultServiceQuotasPaginator(r -> r.serviceCode("sagemaker").maxResults(7))
            .quotas()
            .stream()
            .collect(Collectors.toList());

    assertThat(paged.size()).isGreaterThan(7);
    assertThat(paged).extracting(ServiceQuota::quotaName).doesNotHaveDuplicates()
        .contains("ml.g5.8xlarge for cluster usage");
    assertThat(paged.get(0).quotaArn()).startsWith("arn:aws:servicequotas:us-west-2:");
  }

  @Test
  void requestServiceQuotaIncrease_thenTheClockMoves_isApprovedAndApplied() {
    ServiceQuota quota = defaultQuota("ml.g5.8xlarge for cluster usage");
    String code = quota.quotaCode();
    double desired = quota.value() + 2;
    RequestedServiceQuotaChange request =
        quotas
            .requestServiceQuotaIncrease(
                r -> r.serviceCode("sagemaker").quotaCode(code).desiredValue(desired))
            .requestedQuota();

    assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
    assertThatExceptionOfType(ResourceAlreadyExistsException.class)
        .isThrownBy(
            () ->
                quotas.requestServiceQuotaIncrease(
                    r -> r.serviceCode("sagemaker").quotaCode(code).desiredValue(desired + 1)));
    simulator.clock().advance(Duration.ofDays(2));
    assertThat(
            quotas
                .getRequestedServiceQuotaChange(r -> r.requestId(request.id()))
                .requestedQuota()
                .status())
        .isEqualTo(RequestStatus.APPROVED);
    assertThat(
            quotas
                .getServiceQuota(r -> r.serviceCode("sagemaker").quotaCode(code))
                .quota()
                .value())
        .isEqualTo(desired);
  }

  @Test
  void listServiceQuotas_unknownService_failsWithNoSuchResource() {
    assertThatExceptionOfType(NoSuchResourceException.class)
        .isThrownBy(() -> quotas.listServiceQuotas(r -> r.serviceCode("nosuchservice")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  private static ServiceQuota defaultQuota(String name) {
    return quotas
        .listAWSDefaultServiceQuotasPaginator(r -> r.serviceCode("sagemaker"))
        .quotas()
        .stream()
        .filter(q -> q.quotaName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
