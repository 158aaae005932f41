package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.GetGroupResponse;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.ListEntitiesForPolicyResponse;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;

/** IAM groups, instance profiles and access keys served to the AWS SDK for Java v2. */
class SimulatorServerIamEntitiesTest {
  static final String ACCOUNT = "123456789012";
  static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
          + "\"Resource\":\"*\"}]}";

  AwsSimulator simulator;
  SimulatorServer server;
  IamClient iam;

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
    iam.createUser(r -> r.userName("alice"));
    iam.createRole(r -> r.roleName("node").assumeRolePolicyDocument(SimulatorServerIamTest.TRUST));
  }

  @AfterEach
  void stop() {
    iam.close();
    server.stop();
  }

  static String code(Runnable call) {
    try {
      call.run();
    } catch (IamException e) {
      return e.awsErrorDetails().errorCode() + " " + e.statusCode() + " "
          + e.awsErrorDetails().errorMessage();
    }
    throw new AssertionError("the call was accepted");
  }

  @Test
  void groups_membersAndPolicies_roundTripAndBlockDeletionUntilRemoved() {
    Group created = iam.createGroup(r -> r.groupName("admins").path("/team/")).group();
    assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":group/team/admins");
    assertThat(created.groupId()).matches("AGPA[A-Z0-9]{17}");
    assertThat(code(() -> iam.createGroup(r -> r.groupName("ADMINS"))))
        .isEqualTo("EntityAlreadyExists 409 Group with name ADMINS already exists.");

    iam.addUserToGroup(r -> r.groupName("admins").userName("alice"));
    iam.addUserToGroup(r -> r.groupName("admins").userName("alice"));
    iam.putGroupPolicy(r -> r.groupName("admins").policyName("put").policyDocument(POLICY));
    iam.attachGroupPolicy(
        r -> r.groupName("admins").policyArn("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"));

    GetGroupResponse group = iam.getGroup(r -> r.groupName("admins"));
    assertThat(group.users()).extracting(u -> u.userName()).containsExactly("alice");
    assertThat(iam.listGroupsForUser(r -> r.userName("alice")).groups())
        .extracting(Group::groupName).containsExactly("admins");
    assertThat(iam.listGroups(r -> r.pathPrefix("/team/")).groups()).hasSize(1);
    assertThat(iam.listGroupPolicies(r -> r.groupName("admins")).policyNames()).containsExactly("put");
    assertThat(iam.getGroupPolicy(r -> r.groupName("admins").policyName("put")).policyDocument())
        .contains("s3%3APutObject");
    assertThat(iam.listAttachedGroupPolicies(r -> r.groupName("admins")).attachedPolicies())
        .extracting(p -> p.policyName()).containsExactly("AmazonSageMakerFullAccess");
    ListEntitiesForPolicyResponse entities =
        iam.listEntitiesForPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"));
    assertThat(entities.policyGroups()).extracting(g -> g.groupName()).containsExactly("admins");

    assertThat(code(() -> iam.deleteUser(r -> r.userName("alice"))))
        .isEqualTo("DeleteConflict 409 Cannot delete entity, must remove users from group first.");
    assertThat(code(() -> iam.deleteGroup(r -> r.groupName("admins"))))
        .isEqualTo("DeleteConflict 409 Cannot delete entity, must remove users from group first.");
    iam.removeUserFromGroup(r -> r.groupName("admins").userName("alice"));
    assertThat(code(() -> iam.removeUserFromGroup(r -> r.groupName("admins").userName("alice"))))
        .isEqualTo("NoSuchEntity 404 The user with name alice cannot be found.");
    assertThat(code(() -> iam.deleteGroup(r -> r.groupName("admins"))))
        .startsWith("DeleteConflict 409 Cannot delete entity, must detach all policies first.");
    iam.detachGroupPolicy(
        r -> r.groupName("admins").policyArn("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"));
    iam.deleteGroupPolicy(r -> r.groupName("admins").policyName("put"));
    iam.deleteGroup(r -> r.groupName("admins"));
    assertThat(code(() -> iam.getGroup(r -> r.groupName("admins"))))
        .isEqualTo("NoSuchEntity 404 The group with name admins cannot be found.");
  }

  @Test
  void groupPolicies_countForTheirUsersInThePolicySimulator() {
    iam.createGroup(r -> r.groupName("writers"));
    iam.addUserToGroup(r -> r.groupName("writers").userName("alice"));
    iam.putGroupPolicy(r -> r.groupName("writers").policyName("put").policyDocument(POLICY));

    List<SimulationResult> results =
        simulator.backend("us-west-2").iam().simulatePrincipalPolicy(
            "arn:aws:iam::" + ACCOUNT + ":user/alice",
            PolicySimulation.builder().addActionNames("s3:PutObject", "s3:GetObject")
                .addResourceArns("arn:aws:s3:::bucket").build());

    assertThat(results).extracting(r -> r.decision().awsName())
        .containsExactly("allowed", "implicitDeny");
  }

  @Test
  void aUserIsInAtMostTenGroups() {
    for (int i = 0; i < 11; i++) {
      String name = "g" + i;
      iam.createGroup(r -> r.groupName(name));
      if (i < 10) {
        iam.addUserToGroup(r -> r.groupName(name).userName("alice"));
      }
    }
    assertThat(code(() -> iam.addUserToGroup(r -> r.groupName("g10").userName("alice"))))
        .isEqualTo("LimitExceeded 409 Cannot exceed quota for GroupsPerUser: 10");
  }

  @Test
  void instanceProfiles_holdOneRoleAndBlockDeletionUntilEmpty() {
    InstanceProfile created =
        iam.createInstanceProfile(r -> r.instanceProfileName("nodes")
            .tags(Tag.builder().key("k").value("v").build())).instanceProfile();
    assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":instance-profile/nodes");
    assertThat(created.instanceProfileId()).matches("AIPA[A-Z0-9]{17}");
    assertThat(created.roles()).isEmpty();
    assertThat(code(() -> iam.createInstanceProfile(r -> r.instanceProfileName("nodes"))))
        .isEqualTo("EntityAlreadyExists 409 Instance Profile nodes already exists.");

    iam.addRoleToInstanceProfile(r -> r.instanceProfileName("nodes").roleName("node"));
    iam.createRole(r -> r.roleName("other").assumeRolePolicyDocument(SimulatorServerIamTest.TRUST));
    assertThat(code(() -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("nodes").roleName("other"))))
        .isEqualTo("LimitExceeded 409 Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
    assertThat(iam.getInstanceProfile(r -> r.instanceProfileName("nodes")).instanceProfile().roles())
        .extracting(r -> r.roleName()).containsExactly("node");
    assertThat(iam.listInstanceProfilesForRole(r -> r.roleName("node")).instanceProfiles())
        .extracting(InstanceProfile::instanceProfileName).containsExactly("nodes");
    assertThat(iam.listInstanceProfileTags(r -> r.instanceProfileName("nodes")).tags())
        .extracting(Tag::key).containsExactly("k");

    assertThat(code(() -> iam.deleteRole(r -> r.roleName("node"))))
        .isEqualTo("DeleteConflict 409 Cannot delete entity, must remove roles from instance profile first.");
    assertThat(code(() -> iam.deleteInstanceProfile(r -> r.instanceProfileName("nodes"))))
        .isEqualTo("DeleteConflict 409 Cannot delete entity, must remove roles from instance profile first.");
    iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("nodes").roleName("node"));
    iam.deleteInstanceProfile(r -> r.instanceProfileName("nodes"));
    iam.deleteRole(r -> r.roleName("node"));
    assertThat(code(() -> iam.getInstanceProfile(r -> r.instanceProfileName("nodes"))))
        .isEqualTo("NoSuchEntity 404 Instance Profile nodes cannot be found.");
    assertThat(iam.listInstanceProfiles().instanceProfiles()).isEmpty();
  }

  @Test
  void accessKeys_twoPerUser_signRequestsAsTheUserWhileActive() {
    AccessKey first = iam.createAccessKey(r -> r.userName("alice")).accessKey();
    AccessKey second = iam.createAccessKey(r -> r.userName("alice")).accessKey();
    assertThat(first.accessKeyId()).matches("AKIA[A-Z0-9]{16}");
    assertThat(first.secretAccessKey()).hasSize(40);
    assertThat(first.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(code(() -> iam.createAccessKey(r -> r.userName("alice"))))
        .isEqualTo("LimitExceeded 409 Cannot exceed quota for AccessKeysPerUser: 2");
    assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata())
        .extracting(k -> k.accessKeyId())
        .containsExactlyInAnyOrder(first.accessKeyId(), second.accessKeyId());

    try (StsClient asAlice = SdkClients.sts(server.endpoint(),
            SdkClients.credentials(first.accessKeyId(), first.secretAccessKey()));
        IamClient iamAsAlice = SdkClients.iam(server.endpoint(),
            SdkClients.credentials(first.accessKeyId(), first.secretAccessKey()))) {
      assertThat(asAlice.getCallerIdentity().arn())
          .isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/alice");
      assertThat(iamAsAlice.getUser().user().userName()).isEqualTo("alice");
      assertThat(iamAsAlice.listAccessKeys().accessKeyMetadata()).hasSize(2);

      iam.updateAccessKey(
          r -> r.userName("alice").accessKeyId(first.accessKeyId()).status(StatusType.INACTIVE));
      assertThatExceptionOfType(software.amazon.awssdk.services.sts.model.StsException.class)
          .isThrownBy(asAlice::getCallerIdentity)
          .satisfies(e -> assertThat(e.awsErrorDetails().errorCode())
              .isEqualTo("InvalidClientTokenId"));
    }
    assertThat(code(() -> iam.updateAccessKey(r -> r.userName("alice")
            .accessKeyId(first.accessKeyId()).status("Paused"))))
        .isEqualTo("ValidationError 400 1 validation error detected: Value 'Paused' at 'status'"
            + " failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]");
    assertThat(code(() -> iam.deleteUser(r -> r.userName("alice"))))
        .isEqualTo("DeleteConflict 409 Cannot delete entity, must delete access keys first.");
    iam.deleteAccessKey(r -> r.userName("alice").accessKeyId(first.accessKeyId()));
    assertThat(code(() -> iam.deleteAccessKey(r -> r.userName("alice").accessKeyId(first.accessKeyId()))))
        .isEqualTo("NoSuchEntity 404 The Access Key with id " + first.accessKeyId() + " cannot be found.");
  }
}
