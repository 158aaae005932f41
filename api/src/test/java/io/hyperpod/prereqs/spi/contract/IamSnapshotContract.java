package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one-read snapshot of users, roles and customer managed policies. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class IamSnapshotContract extends ContractGroup {
  protected IamSnapshotContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void snapshot_afterChanges_holdsUsersRolesAndCustomerPolicies() {
    IamUser user = backend().iam().createUser(unique("user"), Map.of("SSMSessionRunAs", "alice"));
    IamRole role = newRole();
    ManagedPolicy policy = newPolicy();
    backend().iam().attachPolicy(PrincipalRef.role(role.name()), policy.arn());
    backend()
        .iam()
        .putInlinePolicy(
            PrincipalRef.role(role.name()), "eni", allow("ec2:CreateNetworkInterface", "*"));

    IamSnapshot snapshot = backend().iam().snapshot();

    assertThat(snapshot.user(user.name()))
        .hasValueSatisfying(u -> assertThat(u.tags()).containsEntry("SSMSessionRunAs", "alice"));
    assertThat(snapshot.role(role.name()))
        .hasValueSatisfying(
            r -> {
              assertThat(r.attachedPolicyArns()).containsExactly(policy.arn());
              assertThat(r.inlinePolicies()).containsOnlyKeys("eni");
            });
    assertThat(snapshot.policy(policy.arn()))
        .hasValueSatisfying(p -> assertThat(p.attachmentCount()).isEqualTo(1));
    assertThat(snapshot.policies()).noneMatch(ManagedPolicy::awsManaged);
  }
}
