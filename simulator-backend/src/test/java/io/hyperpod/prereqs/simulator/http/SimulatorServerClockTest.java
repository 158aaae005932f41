package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.servicequotas.ServiceQuotasClient;
import software.amazon.awssdk.services.servicequotas.model.RequestStatus;
import software.amazon.awssdk.services.servicequotas.model.ServiceQuota;

/**
 * The served clock (fast, real, manual) and the admin endpoint: health, clock advance, reset, and
 * moto's reset. Wall time is a clock the test moves; nothing waits.
 */
class SimulatorServerClockTest {
  static final String QUOTA = "ml.g5.8xlarge for cluster usage";

  /** A wall clock the test moves by hand. */
  static final class HandClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-01T00:00:00Z"));

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void pass(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }
  }

  @Test
  void fastClock_quotaRequest_isDecidedAtTheNextCall() {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server = SimulatorServer.builder(simulator).start();
        ServiceQuotasClient quotas = SdkClients.quotas(server.endpoint())) {
      String id = requestIncrease(quotas);

      assertThat(status(quotas, id)).isEqualTo(RequestStatus.APPROVED);
      assertThat(server.clock()).isEqualTo(ServedClock.FAST);
      assertThat(simulator.nextScheduledChange()).isEmpty();
    }
  }

  @Test
  void manualClock_staysUntilTheAdminEndpointAdvancesIt() throws Exception {
    AwsSimulator simulator = AwsSimulator.create();
    try (SimulatorServer server =
            SimulatorServer.builder(simulator).clock(ServedClock.MANUAL).start();
        ServiceQuotasClient quotas = SdkClients.quotas(server.endpoint())) {
      String id = requestIncrease(quotas);
      assertThat(status(quotas, id)).isEqualTo(RequestStatus.PENDING);

      HttpResponse<String> advanced = post(server.endpoint(), "/_simulator/clock/advance?hours=72");

      assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
      assertThat(advanced.body()).contains("\"from\":\"2025-01-01T00:00:00Z\"")
          .contains("\"to\":\"2025-01-04T00:00:00Z\"");
      assertThat(status(quotas, id)).isEqualTo(RequestStatus.APPROVED);
    }
  }

  @Test
  void realClock_followsTheWallClock() {
    AwsSimulator simulator = AwsSimulator.create();
    HandClock wall = new HandClock();
    try (SimulatorServer server =
            SimulatorServer.builder(simulator).clock(ServedClock.REAL).wallClock(wall).start();
        ServiceQuotasClient quotas = SdkClients.quotas(server.endpoint())) {
      String id = requestIncrease(quotas);
      wall.pass(Duration.ofHours(1));
      assertThat(status(quotas, id)).isNotEqualTo(RequestStatus.APPROVED);

      wall.pass(Duration.ofDays(3));

      assertThat(status(quotas, id)).isEqualTo(RequestStatus.APPROVED);
      assertThat(simulator.clock().instant())
          .isEqualTo(SimClock.DEFAULT_START.plus(Duration.ofHours(73)));
    }
  }

  @Test
  void adminEndpoint_healthResetAndMotoReset() throws Exception {
    AwsSimulator simulator = AwsSimulator.create();
    simulator.backend("us-west-2").iam().createUser("before-reset", java.util.Map.of());
    simulator.clock().advance(Duration.ofHours(5));
    try (SimulatorServer server =
        SimulatorServer.builder(simulator).clock(ServedClock.MANUAL).start()) {
      HttpResponse<String> health = get(server.endpoint(), "/_simulator/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"clockMode\":\"manual\"")
          .contains("\"clock\":\"2025-01-01T05:00:00Z\"").contains("\"iam\"");

      HttpResponse<String> reset = post(server.endpoint(), "/_simulator/reset");

      assertThat(reset.statusCode()).isEqualTo(200);
      assertThat(simulator.backend("us-west-2").iam().findUser("before-reset")).isEmpty();
      assertThat(simulator.clock().instant()).isEqualTo(SimClock.DEFAULT_START);

      simulator.backend("us-west-2").iam().createUser("before-moto-reset", java.util.Map.of());
      HttpResponse<String> moto = post(server.endpoint(), "/moto-api/reset");

      assertThat(moto.statusCode()).isEqualTo(200);
      assertThat(moto.body()).contains("\"status\":\"ok\"");
      assertThat(simulator.backend("us-west-2").iam().findUser("before-moto-reset")).isEmpty();
    }
  }

  @Test
  void adminEndpoint_badRequests_areRefusedNamingTheFix() throws Exception {
    try (SimulatorServer server =
        SimulatorServer.builder(AwsSimulator.create()).clock(ServedClock.MANUAL).start()) {
      HttpResponse<String> both =
          post(server.endpoint(), "/_simulator/clock/advance?hours=1&seconds=5");
      HttpResponse<String> backwards =
          post(server.endpoint(), "/_simulator/clock/advance?to=2024-01-01T00:00:00Z");
      HttpResponse<String> unknown = post(server.endpoint(), "/_simulator/nothing");
      HttpResponse<String> wrongMethod = get(server.endpoint(), "/_simulator/reset");

      assertThat(both.statusCode()).isEqualTo(400);
      assertThat(both.body()).contains("exactly one of seconds, hours or to");
      assertThat(backwards.statusCode()).isEqualTo(400);
      assertThat(backwards.body()).contains("only moves forward");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.body()).contains("/_simulator/health");
      assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }
  }

  static String requestIncrease(ServiceQuotasClient quotas) {
    ServiceQuota quota =
        quotas
            .getAWSDefaultServiceQuota(r -> r.serviceCode("sagemaker").quotaCode(code(quotas)))
            .quota();
    return quotas
        .requestServiceQuotaIncrease(
            r -> r.serviceCode("sagemaker").quotaCode(quota.quotaCode()).desiredValue(quota.value() + 2))
        .requestedQuota()
        .id();
  }

  static String code(ServiceQuotasClient quotas) {
    return quotas.listAWSDefaultServiceQuotasPaginator(r -> r.serviceCode("sagemaker")).quotas()
        .stream()
        .filter(q -> q.quotaName().equals(QUOTA))
        .findFirst()
        .orElseThrow()
        .quotaCode();
  }

  static RequestStatus status(ServiceQuotasClient quotas, String id) {
    return quotas.getRequestedServiceQuotaChange(r -> r.requestId(id)).requestedQuota().status();
  }

  static HttpResponse<String> post(URI endpoint, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(endpoint.resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(URI endpoint, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
