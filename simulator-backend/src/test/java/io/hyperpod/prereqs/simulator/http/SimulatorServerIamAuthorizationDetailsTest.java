package io.hyperpod.prereqs.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.simulator.AwsSimulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GroupDetail;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

/** GetAccountAuthorizationDetails' groups, group memberships and instance profiles, over the wire. */
class SimulatorServerIamAuthorizationDetailsTest {
  static final String ACCOUNT = "123456789012";
  static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  AwsSimulator simulator;
  SimulatorServer server;
  IamClient iam;

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    iam = SdkClients.iam(server.endpoint(), SdkClients.anyCredentials());
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    iam.createGroup(r -> r.groupName("admins").path("/team/"));
    iam.createGroup(r -> r.groupName("empty"));
    iam.addUserToGroup(r -> r.groupName("admins").userName("alice"));
    iam.putGroupPolicy(
        r ->
            r.groupName("admins")
                .policyName("put")
                .policyDocument(SimulatorServerIamEntitiesTest.POLICY));
    iam.attachGroupPolicy(r -> r.groupName("admins").policyArn(READ_ONLY));
    iam.createRole(r -> r.roleName("node").assumeRolePolicyDocument(SimulatorServerIamTest.TRUST));
    iam.createInstanceProfile(r -> r.instanceProfileName("node-profile"));
    iam.addRoleToInstanceProfile(r -> r.instanceProfileName("node-profile").roleName("node"));
  }

  @AfterEach
  void stop() {
    iam.close();
    server.stop();
  }

  private List<GetAccountAuthorizationDetailsResponse> pages(int maxItems, EntityType... filter) {
    return iam
        .getAccountAuthorizationDetailsPaginator(r -> r.filter(filter).maxItems(maxItems))
        .stream()
        .collect(Collectors.toList());
  }

  @Test
  void groups_carryTheirInlineAndAttachedPolicies() {
    List<GroupDetail> groups =
        pages(100).stream()
            .flatMap(p -> p.groupDetailList().stream())
            .collect(Collectors.toList());

    assertThat(groups).extracting(GroupDetail::groupName).containsExactly("admins", "empty");
    GroupDetail admins = groups.get(0);
    assertThat(admins.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":group/team/admins");
    assertThat(admins.path()).isEqualTo("/team/");
    assertThat(admins.groupId()).matches("AGPA[A-Z0-9]{17}");
    assertThat(admins.createDate()).isNotNull();
    assertThat(admins.groupPolicyList()).singleElement()
        .satisfies(
            policy -> {
              assertThat(policy.policyName()).isEqualTo("put");
              // IAM answers policy documents URL-encoded; the SDK hands them on as they came.
              assertThat(URLDecoder.decode(policy.policyDocument(), StandardCharsets.UTF_8))
                  .isEqualTo(SimulatorServerIamEntitiesTest.POLICY);
            });
    assertThat(admins.attachedManagedPolicies()).singleElement()
        .satisfies(policy -> assertThat(policy.policyArn()).isEqualTo(READ_ONLY));
    assertThat(groups.get(1).groupPolicyList()).isEmpty();
    assertThat(groups.get(1).attachedManagedPolicies()).isEmpty();
  }

  @Test
  void users_listTheirGroups_andRoles_theirInstanceProfiles() {
    GetAccountAuthorizationDetailsResponse all = pages(100).get(0);

    assertThat(all.userDetailList())
        .extracting(UserDetail::userName, UserDetail::groupList)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alice", List.of("admins")),
            org.assertj.core.groups.Tuple.tuple("bob", List.of()));
    RoleDetail node = all.roleDetailList().get(0);
    assertThat(node.instanceProfileList()).singleElement()
        .satisfies(
            profile -> {
              assertThat(profile.instanceProfileName()).isEqualTo("node-profile");
              assertThat(profile.arn())
                  .isEqualTo("arn:aws:iam::" + ACCOUNT + ":instance-profile/node-profile");
              assertThat(profile.roles()).extracting(r -> r.roleName()).containsExactly("node");
            });
    assertThat(all.policies()).extracting(p -> p.arn()).contains(READ_ONLY);
  }

  @Test
  void filter_group_listsOnlyGroups_andEveryPageSizeGivesTheSameEntries() {
    List<String> once =
        pages(100, EntityType.GROUP).stream()
            .flatMap(p -> p.groupDetailList().stream().map(GroupDetail::groupName))
            .collect(Collectors.toList());
    assertThat(once).containsExactly("admins", "empty");
    for (int size = 1; size <= 3; size++) {
      List<GetAccountAuthorizationDetailsResponse> pages = pages(size, EntityType.GROUP);
      assertThat(pages.stream().flatMap(p -> p.userDetailList().stream())).isEmpty();
      assertThat(pages.stream().flatMap(p -> p.roleDetailList().stream())).isEmpty();
      assertThat(pages.stream().flatMap(p -> p.policies().stream())).isEmpty();
      assertThat(
              pages.stream()
                  .flatMap(p -> p.groupDetailList().stream().map(GroupDetail::groupName))
                  .collect(Collectors.toList()))
          .as("page size %d", size)
          .isEqualTo(once);
    }
    List<GetAccountAuthorizationDetailsResponse> withoutGroups =
        pages(100, EntityType.USER, EntityType.ROLE, EntityType.AWS_MANAGED_POLICY);
    assertThat(withoutGroups.stream().flatMap(p -> p.groupDetailList().stream())).isEmpty();
    assertThat(withoutGroups.stream().flatMap(p -> p.policies().stream()))
        .extracting(p -> p.arn())
        .containsExactly(READ_ONLY);
  }
}
