package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.PermissionsBoundaryAttachmentType;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** Permissions boundaries of users and roles, served to the AWS SDK for Java v2. */
class SimulatorServerIamBoundaryTest {
  static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
  static final String MISSING = "arn:aws:iam::123456789012:policy/missing";
  static final String ACCOUNT_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sts:AssumeRole\"}]}";

  AwsSimulator simulator;
  SimulatorServer server;
  IamClient iam;

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
  }

  @AfterEach
  void stop() {
    iam.close();
    server.stop();
  }

  private static void isReadOnly(AttachedPermissionsBoundary boundary) {
    assertThat(boundary.permissionsBoundaryType())
        .isEqualTo(PermissionsBoundaryAttachmentType.PERMISSIONS_BOUNDARY_POLICY);
    assertThat(boundary.permissionsBoundaryArn()).isEqualTo(READ_ONLY);
  }

  @Test
  void createWithBoundary_isAnsweredAndFetched_andAMissingPolicyCreatesNothing() {
    isReadOnly(
        iam.createRole(
                r ->
                    r.roleName("bounded")
                        .assumeRolePolicyDocument(SimulatorServerIamTest.TRUST)
                        .permissionsBoundary(READ_ONLY))
            .role()
            .permissionsBoundary());
    isReadOnly(iam.getRole(r -> r.roleName("bounded")).role().permissionsBoundary());
    isReadOnly(
        iam.createUser(r -> r.userName("bounded").permissionsBoundary(READ_ONLY))
            .user()
            .permissionsBoundary());
    isReadOnly(iam.getUser(r -> r.userName("bounded")).user().permissionsBoundary());
    assertThat(iam.listUsers().users().get(0).permissionsBoundary()).isNull();
    isReadOnly(iam.getAccountAuthorizationDetails().userDetailList().get(0).permissionsBoundary());

    String expected = "NoSuchEntity 404 Scope ARN: " + MISSING + " does not exist or is not attachable.";
    assertThat(
            SimulatorServerIamEntitiesTest.code(
                () -> iam.createUser(r -> r.userName("u2").permissionsBoundary(MISSING))))
        .isEqualTo(expected);
    assertThat(
            SimulatorServerIamEntitiesTest.code(
                () ->
                    iam.createRole(
                        r ->
                            r.roleName("r2")
                                .assumeRolePolicyDocument(SimulatorServerIamTest.TRUST)
                                .permissionsBoundary(MISSING))))
        .isEqualTo(expected);
    assertThat(iam.listUsers().users()).extracting(u -> u.userName()).containsExactly("bounded");
    assertThat(iam.listRoles().roles()).extracting(r -> r.roleName()).doesNotContain("r2");
  }

  @Test
  void putAndDeleteUserPermissionsBoundary_roundTrip() {
    iam.createUser(r -> r.userName("alice"));
    assertThat(iam.getUser(r -> r.userName("alice")).user().permissionsBoundary()).isNull();

    iam.putUserPermissionsBoundary(r -> r.userName("alice").permissionsBoundary(READ_ONLY));
    isReadOnly(iam.getUser(r -> r.userName("alice")).user().permissionsBoundary());
    assertThat(
            SimulatorServerIamEntitiesTest.code(
                () ->
                    iam.putUserPermissionsBoundary(
                        r -> r.userName("alice").permissionsBoundary(MISSING))))
        .startsWith("NoSuchEntity 404 Scope ARN: ");
    isReadOnly(iam.getUser(r -> r.userName("alice")).user().permissionsBoundary());

    iam.deleteUserPermissionsBoundary(r -> r.userName("alice"));
    assertThat(iam.getUser(r -> r.userName("alice")).user().permissionsBoundary()).isNull();
    assertThat(
            SimulatorServerIamEntitiesTest.code(
                () -> iam.putUserPermissionsBoundary(r -> r.userName("nobody").permissionsBoundary(READ_ONLY))))
        .startsWith("NoSuchEntity 404 ");
  }

  @Test
  void aUsersBoundary_limitsWhatItsPoliciesAllow() {
    iam.createRole(r -> r.roleName("target").assumeRolePolicyDocument(ACCOUNT_TRUST));
    iam.createUser(r -> r.userName("admin"));
    iam.attachUserPolicy(r -> r.userName("admin").policyArn(ADMIN));
    AccessKey key = iam.createAccessKey(r -> r.userName("admin")).accessKey();
    String roleArn = "arn:aws:iam::123456789012:role/target";
    try (StsClient sts =
        SdkClients.sts(
            server.endpoint(), SdkClients.credentials(key.accessKeyId(), key.secretAccessKey()))) {
      assertThat(sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("session")).credentials())
          .isNotNull();

      iam.putUserPermissionsBoundary(r -> r.userName("admin").permissionsBoundary(READ_ONLY));
      try {
        sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("session"));
        throw new AssertionError("the boundary did not limit AssumeRole");
      } catch (StsException e) {
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
      }
    }
  }
}
