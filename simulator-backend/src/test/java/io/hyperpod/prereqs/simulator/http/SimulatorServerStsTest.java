package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.sts.model.Tag;

/** STS AssumeRole served to the AWS SDK for Java v2, across the simulator's accounts. */
class SimulatorServerStsTest {
  static final String HOME = "111111111111";
  static final String OTHER = "222222222222";
  static final String ALLOW_ASSUME =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Resource\":\"*\"}]}";

  AwsSimulator simulator;
  SimulatorServer server;
  StsClient alice;
  StsClient bob;

  static String trusting(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
        + principal
        + "\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}]}";
  }

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    SimulatorBackend home = simulator.backend(HOME, "us-west-2");
    home.iam().createUser("alice", Map.of());
    home.iam().createUser("bob", Map.of());
    home.iam().putInlinePolicy(PrincipalRef.user("alice"), "assume", ALLOW_ASSUME);
    home.iam().createRole("Local", trusting(HOME), null, Map.of());
    home.iam().createRole("Named", trusting("arn:aws:iam::" + HOME + ":user/bob"), null, Map.of());
    home.iam().putInlinePolicy(PrincipalRef.role("Local"), "assume", ALLOW_ASSUME);
    simulator.backend(OTHER, "us-west-2").iam().createRole("Deploy", trusting(HOME), null, Map.of());
    server =
        SimulatorServer.builder(simulator)
            .clock(ServedClock.MANUAL)
            .accessKey(SimulatedAccessKey.of("AKIDALICE", HOME).as(SimulatedCaller.user("alice")))
            .accessKey(SimulatedAccessKey.of("AKIDBOB", HOME).as(SimulatedCaller.user("bob")))
            .start();
    alice = SdkClients.sts(server.endpoint(), SdkClients.credentials("AKIDALICE", "s"));
    bob = SdkClients.sts(server.endpoint(), SdkClients.credentials("AKIDBOB", "s"));
  }

  @AfterEach
  void stop() {
    alice.close();
    bob.close();
    server.stop();
  }

  StsClient as(Credentials c) {
    return SdkClients.sts(
        server.endpoint(),
        StaticCredentialsProvider.create(
            AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken())));
  }

  static String arn(String account, String role) {
    return "arn:aws:iam::" + account + ":role/" + role;
  }

  @Test
  void assumeRole_acrossAccounts_returnsSessionCredentialsThatActAsTheRoleInItsAccount() {
    Instant now = simulator.clock().instant();

    AssumeRoleResponse response =
        alice.assumeRole(r -> r.roleArn(arn(OTHER, "Deploy")).roleSessionName("ci-run"));

    String roleId = simulator.backend(OTHER, "us-west-2").iam().findRole("Deploy").orElseThrow().roleId();
    assertThat(response.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::" + OTHER + ":assumed-role/Deploy/ci-run");
    assertThat(response.assumedRoleUser().assumedRoleId()).isEqualTo(roleId + ":ci-run");
    Credentials c = response.credentials();
    assertThat(c.accessKeyId()).matches("ASIA[A-Z0-9]{16}");
    assertThat(c.secretAccessKey()).hasSize(40);
    assertThat(c.sessionToken()).isNotBlank();
    assertThat(c.expiration()).isEqualTo(now.plusSeconds(3600));
    assertThat(response.packedPolicySize()).isNull();
    try (StsClient session = as(c)) {
      GetCallerIdentityResponse identity = session.getCallerIdentity();
      assertThat(identity.account()).isEqualTo(OTHER);
      assertThat(identity.arn()).isEqualTo(response.assumedRoleUser().arn());
      assertThat(identity.userId()).isEqualTo(roleId + ":ci-run");
    }
    try (IamClient iam =
        SdkClients.iam(
            server.endpoint(),
            StaticCredentialsProvider.create(
                AwsSessionCredentials.create(
                    c.accessKeyId(), c.secretAccessKey(), c.sessionToken())))) {
      assertThat(iam.listRoles().roles()).extracting(r -> r.roleName()).containsExactly("Deploy");
    }
  }

  @Test
  void assumeRole_trustNamingOnlyTheAccount_needsTheCallersIdentityPolicy() {
    assertThatExceptionOfType(StsException.class)
        .isThrownBy(() -> bob.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s1")))
        .satisfies(
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "User: arn:aws:iam::" + HOME + ":user/bob is not authorized to perform:"
                          + " sts:AssumeRole on resource: " + arn(HOME, "Local"));
            });
    assertThat(alice.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s1"))
            .assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::" + HOME + ":assumed-role/Local/s1");
  }

  @Test
  void assumeRole_trustNamingTheUser_needsNoIdentityPolicyInTheSameAccount() {
    assertThat(bob.assumeRole(r -> r.roleArn(arn(HOME, "Named")).roleSessionName("b0"))
            .credentials().accessKeyId())
        .startsWith("ASIA");
    assertThatExceptionOfType(StsException.class)
        .isThrownBy(() -> alice.assumeRole(r -> r.roleArn(arn(HOME, "Named")).roleSessionName("a0")))
        .satisfies(e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
  }

  @Test
  void assumeRole_ofAMissingRoleOrAccount_isDeniedAsAnyRefusal() {
    for (String target : new String[] {arn(HOME, "Nope"), arn("333333333333", "Deploy"),
        "arn:aws:iam::" + OTHER + ":role/path/Deploy"}) {
      assertThatExceptionOfType(StsException.class)
          .isThrownBy(() -> alice.assumeRole(r -> r.roleArn(target).roleSessionName("s0")))
          .satisfies(
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(
                          "User: arn:aws:iam::" + HOME + ":user/alice is not authorized to"
                              + " perform: sts:AssumeRole on resource: " + target));
    }
  }

  @Test
  void assumeRole_asTheRoot_isRefused() {
    try (StsClient root = SdkClients.sts(server.endpoint(), SdkClients.credentials(HOME, "s"))) {
      assertThatExceptionOfType(StsException.class)
          .isThrownBy(() -> root.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0")))
          .satisfies(
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Roles may not be assumed by root accounts.");
              });
    }
  }

  @Test
  void assumeRole_malformedArnsAndNames_failAsRecordedFromAws() {
    Map<String, String> messages =
        Map.of(
            "nothing-valid-in-here", "nothing-valid-in-here is invalid",
            "arn::b:::something/test-role", "arn::b:::something/test-role is invalid",
            "arn:a::::something/test-role", "arn:a::::something/test-role is invalid",
            "arn:a:::something/test-role", "arn:a:::something/test-role is invalid",
            "arn:a:a::aaaaaaaaaa:", "arn:a:a::aaaaaaaaaa: is invalid");
    messages.forEach(
        (roleArn, message) ->
            assertThat(error(alice, r -> r.roleArn(roleArn).roleSessionName("Session1")))
                .isEqualTo("ValidationError 400 " + message));
    assertThat(error(alice, r -> r.roleArn("arn:a:b:::something/test-role").roleSessionName("Session1:2")))
        .isEqualTo(
            "ValidationError 400 1 validation error detected: Value 'Session1:2' at"
                + " 'roleSessionName' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: [\\w+=,.@-]*");
  }

  @Test
  void assumeRole_everyConstraintViolation_isReportedInOneMessage() {
    assertThat(
            error(alice, r -> r.roleArn(arn(HOME, "Local")).roleSessionName("x").durationSeconds(60)))
        .isEqualTo(
            "ValidationError 400 2 validation errors detected: Value 'x' at 'roleSessionName'"
                + " failed to satisfy constraint: Member must have length greater than or equal"
                + " to 2; Value '60' at 'durationSeconds' failed to satisfy constraint: Member"
                + " must have value greater than or equal to 900");
  }

  @Test
  void assumeRole_durationBeyondTheRolesMaximum_failsAndWithinItSetsTheExpiration() {
    assertThat(error(alice, r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0").durationSeconds(7200)))
        .isEqualTo(
            "ValidationError 400 The requested DurationSeconds exceeds the MaxSessionDuration set"
                + " for this role.");
    Instant now = simulator.clock().instant();
    assertThat(alice.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0").durationSeconds(900))
            .credentials().expiration())
        .isEqualTo(now.plusSeconds(900));
  }

  @Test
  void sessionCredentials_afterTheirExpirationOnTheSimulatedClock_areRefused() {
    Credentials c =
        alice.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0").durationSeconds(900))
            .credentials();
    try (StsClient session = as(c)) {
      simulator.clock().advance(Duration.ofSeconds(899));
      assertThat(session.getCallerIdentity().arn()).endsWith(":assumed-role/Local/s0");
      simulator.clock().advance(Duration.ofSeconds(1));
      assertThatExceptionOfType(StsException.class)
          .isThrownBy(session::getCallerIdentity)
          .satisfies(
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is expired");
              });
    }
  }

  @Test
  void sessionCredentials_withAnotherSessionToken_areInvalid() {
    Credentials c =
        alice.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0")).credentials();
    try (StsClient forged =
        SdkClients.sts(
            server.endpoint(),
            StaticCredentialsProvider.create(
                AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), "forged")))) {
      assertThatExceptionOfType(StsException.class)
          .isThrownBy(forged::getCallerIdentity)
          .satisfies(
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
    }
  }

  @Test
  void sessionTags_keysAreCaseInsensitiveAndTransitiveKeysMustBeAmongThem() {
    assertThat(error(alice, r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0")
            .tags(tag("SessionTag1", "v")).transitiveTagKeys("InvalidKey")))
        .isEqualTo(
            "InvalidParameterValue 400 The specified transitive tag key must be included in the"
                + " requested tags.");
    assertThat(error(alice, r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0")
            .tags(tag("SessionTag1", "v"), tag("sessiontag1", "w"))))
        .isEqualTo(
            "InvalidParameterValue 400 Duplicate tag keys found. Please note that Tag keys are"
                + " case insensitive.");
    AssumeRoleResponse tagged =
        alice.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("s0")
            .tags(tag("SessionTag1", "v")).transitiveTagKeys("sessiontag1"));
    assertThat(tagged.packedPolicySize()).isBetween(0, 100);
  }

  @Test
  void roleChaining_cannotOverrideTransitiveTagsNorExceedOneHour() {
    Credentials first =
        alice.assumeRole(r -> r.roleArn(arn(HOME, "Local")).roleSessionName("Session1")
                .tags(tag("SessionTag1", "SessionValue1")).transitiveTagKeys("SessionTag1"))
            .credentials();
    try (StsClient chained = as(first)) {
      for (String key : new String[] {"SessionTag1", "sessiontag1"}) {
        assertThat(error(chained, r -> r.roleArn(arn(OTHER, "Deploy")).roleSessionName("two")
                .tags(tag(key, "SessionValue2"))))
            .isEqualTo(
                "InvalidParameterValue 400 One of the specified transitive tag keys can't be set"
                    + " because it conflicts with a transitive tag key from the calling session.");
      }
      assertThat(error(chained, r -> r.roleArn(arn(OTHER, "Deploy")).roleSessionName("two")
              .durationSeconds(3601)))
          .isEqualTo(
              "ValidationError 400 The requested DurationSeconds exceeds the 1 hour session limit"
                  + " for roles assumed by role chaining.");
      AssumeRoleResponse second =
          chained.assumeRole(r -> r.roleArn(arn(OTHER, "Deploy")).roleSessionName("two"));
      assertThat(second.assumedRoleUser().arn())
          .isEqualTo("arn:aws:sts::" + OTHER + ":assumed-role/Deploy/two");
    }
  }

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  /** {@code CODE STATUS MESSAGE} of the refused call. */
  static String error(StsClient client, java.util.function.Consumer<AssumeRoleRequest.Builder> request) {
    try {
      client.assumeRole(request);
    } catch (StsException e) {
      return e.awsErrorDetails().errorCode() + " " + e.statusCode() + " "
          + e.awsErrorDetails().errorMessage();
    }
    throw new AssertionError("AssumeRole was accepted");
  }
}
