package io.hyperpod.prereqs.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimClock;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.simulator.http.SimulatorServer;
import io.hyperpod.prereqs.spi.CloudBackend;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

@SimulatedAws(region = "us-west-2", account = "111122223333", seed = 5)
class SimulatorExtensionTest {
  private static final Set<AwsSimulator> SEEN = Collections.newSetFromMap(new IdentityHashMap<>());

  private final AwsSimulator constructorSimulator;

  SimulatorExtensionTest(AwsSimulator simulator) {
    this.constructorSimulator = simulator;
  }

  @Test
  void backend_fromAnnotation_hasItsAccountAndRegion(CloudBackend aws) {
    assertThat(aws.account().callerIdentity().account()).isEqualTo("111122223333");
    assertThat(aws.account().region()).isEqualTo("us-west-2");
  }

  @Test
  void parameters_ofOneTest_shareOneSimulator(
      AwsSimulator simulator, SimulatorBackend backend, SimClock clock) {
    assertThat(backend.simulator()).isSameAs(simulator).isSameAs(constructorSimulator);
    assertThat(clock).isSameAs(simulator.clock());
  }

  @RepeatedTest(3)
  void simulator_eachTest_isFresh(AwsSimulator simulator, CloudBackend aws) {
    assertThat(SEEN.add(simulator)).as("a simulator no other test had").isTrue();
    assertThat(aws.iam().findUser("alice")).isEmpty();
    aws.iam().createUser("alice", Map.of());
  }

  @Test
  void accountAnnotation_onParameter_givesAnotherAccountOfTheSameSimulator(
      SimulatorBackend mine, @SimulatedAws.Account("444455556666") SimulatorBackend theirs) {
    mine.s3().createBucket("sagemaker-shared-name");

    assertThat(theirs.accountId()).isEqualTo("444455556666");
    assertThat(theirs.simulator()).isSameAs(mine.simulator());
    assertThat(theirs.s3().headBucket("sagemaker-shared-name"))
        .isEqualTo(io.hyperpod.prereqs.spi.s3.BucketAccess.OTHER_OWNER);
  }

  @Test
  @SimulatedAws(start = "2030-01-01T00:00:00Z", region = "eu-west-1")
  void annotation_onMethod_overridesTheClass(SimClock clock, CloudBackend aws) {
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(aws.account().region()).isEqualTo("eu-west-1");
    assertThat(aws.account().callerIdentity().account()).isEqualTo(AwsSimulator.DEFAULT_ACCOUNT);
  }

  @Nested
  class Inner {
    @Test
    void nestedClass_usesTheEnclosingAnnotation(CloudBackend aws) {
      assertThat(aws.account().callerIdentity().account()).isEqualTo("111122223333");
    }
  }

  @Nested
  @SimulatedAws(spec = "examples/specs/quickstart.yaml")
  class FromASpec {
    @Test
    void backend_takesTheSpecsRegion_andTheSpecIsInjected(
        CloudBackend aws, HyperPodPrerequisites spec) {
      assertThat(spec.stack()).isEqualTo("quickstart");
      assertThat(spec.region()).isEqualTo("us-west-2");
      assertThat(aws.account().region()).isEqualTo("us-west-2");
      assertThat(aws.account().callerIdentity().account()).isEqualTo(AwsSimulator.DEFAULT_ACCOUNT);
    }

    @Test
    void plan_ofTheSpec_plansItsResources(CloudBackend aws, HyperPodPrerequisites spec) {
      assertThat(spec.plan(aws).findings()).noneMatch(f -> f.id().endsWith(".mismatch"));
      assertThat(spec.plan(aws).hasChanges()).isTrue();
    }

    @Test
    @SimulatedAws(spec = "specs/account-111122223333.yaml")
    void specFromTheClasspath_withAnAccount_givesItsAccountAndRegion(CloudBackend aws) {
      assertThat(aws.account().callerIdentity().account()).isEqualTo("111122223333");
      assertThat(aws.account().region()).isEqualTo("eu-west-1");
    }
  }

  @Test
  void regionOtherThanTheSpecs_failsTheTestNamingBoth() {
    JUnitRun run = JUnitRun.of(ExtensionFixtures.RegionMismatch.class);

    assertThat(run.succeeded).isEmpty();
    assertThat(run.failures)
        .singleElement()
        .isInstanceOf(ExtensionConfigurationException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains("region = \"us-east-1\"")
        .contains("examples/specs/quickstart.yaml (us-west-2)")
        .contains("region.mismatch");
  }

  @Test
  void accountOtherThanTheSpecs_failsTheTestNamingBoth() {
    JUnitRun run = JUnitRun.of(ExtensionFixtures.AccountMismatch.class);

    assertThat(run.failures)
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("account = \"444455556666\"")
        .contains("(111122223333)");
  }

  @Test
  void missingSpec_failsNamingThePathAndWhereItLooked() {
    JUnitRun run = JUnitRun.of(ExtensionFixtures.MissingSpec.class);

    assertThat(run.failures)
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("examples/specs/no-such-spec.yaml")
        .contains("no such file in " + Path.of("").toAbsolutePath() + " or its parents");
  }

  @Test
  void endpointParameter_withoutServe_failsSayingWhatToAdd() {
    assertThat(JUnitRun.of(ExtensionFixtures.EndpointWithoutServe.class).failures)
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("add serve = true");
    assertThat(JUnitRun.of(ExtensionFixtures.SpecWithoutSpec.class).failures)
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("@SimulatedAws(spec = ");
  }

  @Test
  void setup_withoutSpec_keepsTheDefaults() {
    assertThat(SimulatorSetup.of(Bare.class.getAnnotation(SimulatedAws.class)).region())
        .isEqualTo(AwsSimulator.DEFAULT_REGION);
    assertThatThrownBy(() -> SimulatorSetup.load("no/such/spec.yaml"))
        .isInstanceOf(ExtensionConfigurationException.class);
  }

  @SimulatedAws
  private static final class Bare {}

  /** The HTTP front: the test's own simulator, on 127.0.0.1, stopped after the test. */
  @Nested
  @SimulatedAws(spec = "examples/specs/quickstart.yaml", serve = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Served {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI previous;

    @Test
    @Order(1)
    void serve_injectsTheServerOfThisTestsSimulator(
        SimulatorServer server, URI endpoint, CloudBackend aws) throws Exception {
      previous = endpoint;
      assertThat(endpoint).isEqualTo(server.endpoint());
      assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
      aws.iam().createUser("served-user", Map.of());

      HttpResponse<String> reset = post(endpoint.resolve("/moto-api/reset"));

      assertThat(reset.statusCode()).isEqualTo(200);
      assertThat(aws.iam().findUser("served-user")).as("reset over the wire").isEmpty();
    }

    @Test
    @Order(2)
    void server_ofTheTestBefore_isStopped(URI endpoint) {
      assertThat(previous).isNotNull().isNotEqualTo(endpoint);
      assertThatThrownBy(() -> post(previous.resolve("/moto-api/reset")))
          .isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> post(URI uri) throws IOException, InterruptedException {
      return HTTP.send(
          HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
