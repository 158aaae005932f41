package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** IAM and STS served to the AWS SDK for Java v2. */
class SimulatorServerIamTest {
  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
          + "\"Resource\":\"arn:aws:s3:::a+b/*\"}]}";

  static AwsSimulator simulator;
  static SimulatorServer server;
  static IamClient iam;

  @BeforeAll
  static void start() {
    simulator = AwsSimulator.create();
    server =
        SimulatorServer.builder(simulator)
            .accessKey(
                SimulatedAccessKey.of("AKIAALICE", "123456789012")
                    .as(SimulatedCaller.user("wire-alice")))
            .accessKey(
                SimulatedAccessKey.of("AKIAGHOST", "123456789012")
                    .as(SimulatedCaller.user("wire-ghost")))
            .accessKey(SimulatedAccessKey.of("AKIAOTHER", "210987654321"))
            .start();
    iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
  }

  @AfterAll
  static void stop() {
    iam.close();
    server.stop();
  }

  @Test
  void createRole_thenGetRole_returnsTheRoleWithItsTrustPolicyAndTags() {
    iam.createRole(
        r ->
            r.roleName("wire-role")
                .assumeRolePolicyDocument(TRUST)
                .description("a role")
                .tags(Tag.builder().key("team").value("ml").build()));

    Role role = iam.getRole(r -> r.roleName("wire-role")).role();

    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/wire-role");
    assertThat(role.roleId()).startsWith("AROA");
    assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
        .isEqualTo(TRUST);
    assertThat(role.description()).isEqualTo("a role");
    assertThat(role.tags()).containsExactly(Tag.builder().key("team").value("ml").build());
    assertThat(simulator.backend("us-west-2").iam().findRole("wire-role")).isPresent();
  }

  @Test
  void createUser_twice_failsWithEntityAlreadyExists409AndARequestId() {
    iam.createUser(r -> r.userName("wire-twice"));

    assertThatExceptionOfType(EntityAlreadyExistsException.class)
        .isThrownBy(() -> iam.createUser(r -> r.userName("wire-twice")))
        .satisfies(
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityAlreadyExists");
              assertThat(e.requestId()).isNotBlank();
            });
  }

  @Test
  void getRole_missing_failsWithNoSuchEntity404() {
    assertThatExceptionOfType(NoSuchEntityException.class)
        .isThrownBy(() -> iam.getRole(r -> r.roleName("wire-missing")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(404))
        .withMessageContaining("wire-missing");
  }

  @Test
  void createUser_invalidName_failsWithValidationError400() {
    assertThatExceptionOfType(IamException.class)
        .isThrownBy(() -> iam.createUser(r -> r.userName("bad name!")))
        .satisfies(
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
            });
  }

  @Test
  void createPolicy_badDocument_failsWithMalformedPolicyDocument() {
    assertThatExceptionOfType(MalformedPolicyDocumentException.class)
        .isThrownBy(
            () -> iam.createPolicy(r -> r.policyName("wire-bad").policyDocument("{not json")));
  }

  @Test
  void policyVersions_createListGetDelete_keepDocumentsExactly() {
    String arn =
        iam.createPolicy(r -> r.policyName("wire-versions").policyDocument(POLICY))
            .policy()
            .arn();
    iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(POLICY).setAsDefault(true));

    assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions())
        .extracting(v -> v.versionId() + ":" + v.isDefaultVersion())
        .containsExactly("v1:false", "v2:true");
    String document =
        iam.getPolicyVersion(r -> r.policyArn(arn).versionId("v2")).policyVersion().document();
    assertThat(URLDecoder.decode(document, StandardCharsets.UTF_8)).isEqualTo(POLICY);
    iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v1"));
    assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v2");
  }

  @Test
  void createPolicyVersion_sixth_failsWithLimitExceeded() {
    String arn =
        iam.createPolicy(r -> r.policyName("wire-six").policyDocument(POLICY)).policy().arn();
    for (int i = 0; i < 4; i++) {
      iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(POLICY));
    }

    assertThatExceptionOfType(LimitExceededException.class)
        .isThrownBy(() -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(POLICY)));
  }

  @Test
  void deleteRole_withAttachedPolicy_failsWithDeleteConflict409() {
    iam.createRole(r -> r.roleName("wire-attached").assumeRolePolicyDocument(TRUST));
    iam.attachRolePolicy(
        r ->
            r.roleName("wire-attached")
                .policyArn("arn:aws:iam::aws:policy/AmazonSageMakerClusterInstanceRolePolicy"));

    assertThatExceptionOfType(DeleteConflictException.class)
        .isThrownBy(() -> iam.deleteRole(r -> r.roleName("wire-attached")))
        .satisfies(e -> assertThat(e.statusCode()).isEqualTo(409));
    assertThat(iam.listAttachedRolePolicies(r -> r.roleName("wire-attached")).attachedPolicies())
        .extracting(p -> p.policyName())
        .containsExactly("AmazonSageMakerClusterInstanceRolePolicy");
  }

  @Test
  void inlinePolicy_putGetListDelete_roundTrips() {
    iam.createUser(r -> r.userName("wire-inline"));
    iam.putUserPolicy(
        r -> r.userName("wire-inline").policyName("read").policyDocument(POLICY));

    String document =
        iam.getUserPolicy(r -> r.userName("wire-inline").policyName("read")).policyDocument();
    assertThat(URLDecoder.decode(document, StandardCharsets.UTF_8)).isEqualTo(POLICY);
    assertThat(iam.listUserPolicies(r -> r.userName("wire-inline")).policyNames())
        .containsExactly("read");
    iam.deleteUserPolicy(r -> r.userName("wire-inline").policyName("read"));
    assertThat(iam.listUserPolicies(r -> r.userName("wire-inline")).policyNames()).isEmpty();
  }

  @Test
  void listUsers_maxItemsTwo_pagesWithMarkersThroughEveryUser() {
    List<String> names =
        IntStream.range(0, 5).mapToObj(i -> "wire-page-" + i).collect(Collectors.toList());
    names.forEach(n -> iam.createUser(r -> r.userName(n).path("/paged/")));

    ListUsersResponse first = iam.listUsers(r -> r.pathPrefix("/paged/").maxItems(2));
    List<String> all =
        iam.listUsersPaginator(r -> r.pathPrefix("/paged/").maxItems(2)).users().stream()
            .map(User::userName)
            .collect(Collectors.toList());

    assertThat(first.isTruncated()).isTrue();
    assertThat(first.marker()).isNotBlank();
    assertThat(first.users()).hasSize(2);
    assertThat(all).containsExactlyElementsOf(names);
  }

  @Test
  void getAccountAuthorizationDetails_paged_listsUsersRolesAndPoliciesOnce() {
    iam.createUser(r -> r.userName("wire-details-user"));
    iam.createRole(r -> r.roleName("wire-details-role").assumeRolePolicyDocument(TRUST));
    iam.createPolicy(r -> r.policyName("wire-details-policy").policyDocument(POLICY));

    List<GetAccountAuthorizationDetailsResponse> pages =
        iam
            .getAccountAuthorizationDetailsPaginator(
                r ->
                    r.filter(EntityType.USER, EntityType.ROLE, EntityType.LOCAL_MANAGED_POLICY)
                        .maxItems(1))
            .stream()
            .collect(Collectors.toList());

    assertThat(pages.size()).isGreaterThan(3);
    assertThat(pages.stream().flatMap(p -> p.userDetailList().stream()).map(u -> u.userName()))
        .contains("wire-details-user")
        .doesNotHaveDuplicates();
    assertThat(pages.stream().flatMap(p -> p.roleDetailList().stream()).map(u -> u.roleName()))
        .contains("wire-details-role");
    assertThat(pages.stream().flatMap(p -> p.policies().stream()))
        .filteredOn(p -> p.policyName().equals("wire-details-policy"))
        .singleElement()
        .satisfies(p -> assertThat(p.policyVersionList()).hasSize(1));
  }

  @Test
  void getCallerIdentity_unknownKey_isTheDefaultAccountRoot() {
    try (StsClient sts = SdkClients.sts(server.endpoint(), SdkClients.anyCredentials())) {
      GetCallerIdentityResponse me = sts.getCallerIdentity();

      assertThat(me.account()).isEqualTo("123456789012");
      assertThat(me.arn()).isEqualTo("arn:aws:iam::123456789012:root");
    }
  }

  @Test
  void getCallerIdentity_keyOfAUser_isThatUser() {
    iam.createUser(r -> r.userName("wire-alice"));
    try (StsClient sts =
        SdkClients.sts(server.endpoint(), SdkClients.credentials("AKIAALICE", "any"))) {
      GetCallerIdentityResponse me = sts.getCallerIdentity();

      assertThat(me.arn()).isEqualTo("arn:aws:iam::123456789012:user/wire-alice");
      assertThat(me.userId()).startsWith("AIDA");
    }
  }

  @Test
  void accessKeyOfAnotherAccount_actsInThatAccount() {
    try (IamClient other =
            SdkClients.iam(server.endpoint(), SdkClients.credentials("AKIAOTHER", "any"));
        StsClient sts =
            SdkClients.sts(server.endpoint(), SdkClients.credentials("AKIAOTHER", "any"))) {
      other.createUser(r -> r.userName("wire-elsewhere"));

      assertThat(sts.getCallerIdentity().account()).isEqualTo("210987654321");
      assertThat(simulator.backend("210987654321", "us-east-1").iam().findUser("wire-elsewhere"))
          .isPresent();
      assertThat(simulator.backend("us-east-1").iam().findUser("wire-elsewhere")).isEmpty();
    }
  }

  @Test
  void getCallerIdentity_keyOfAMissingUser_failsWithInvalidClientTokenId403() {
    try (StsClient sts =
        SdkClients.sts(server.endpoint(), SdkClients.credentials("AKIAGHOST", "any"))) {
      assertThatExceptionOfType(StsException.class)
          .isThrownBy(sts::getCallerIdentity)
          .satisfies(
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
              });
    }
  }
}
