package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;

/** Copies of store records as the SPI's immutable values. */
final class IamViews {
  private IamViews() {}

  static IamUser user(String accountId, UserRecord user) {
    return IamUser.builder()
        .name(user.name)
        .arn(IamArns.user(accountId, user.path, user.name))
        .userId(user.id)
        .path(user.path)
        .createDate(user.createDate)
        .tags(user.tags)
        .attachedPolicyArns(user.attachedPolicyArns)
        .inlinePolicies(user.inlinePolicies)
        .build();
  }

  static IamRole role(String accountId, RoleRecord role) {
    return IamRole.builder()
        .name(role.name)
        .arn(IamArns.role(accountId, role.path, role.name))
        .roleId(role.id)
        .path(role.path)
        .createDate(role.createDate)
        .assumeRolePolicyDocument(role.assumeRolePolicyDocument)
        .description(role.description)
        .permissionsBoundaryArn(role.permissionsBoundaryArn)
        .tags(role.tags)
        .attachedPolicyArns(role.attachedPolicyArns)
        .inlinePolicies(role.inlinePolicies)
        .build();
  }

  static ManagedPolicy policy(String accountId, PolicyRecord policy, IamStore store) {
    String arn = IamArns.policy(accountId, policy);
    PolicyVersionRecord defaultVersion = policy.defaultVersion();
    return ManagedPolicy.builder()
        .name(policy.name)
        .arn(arn)
        .policyId(policy.id)
        .path(policy.path)
        .defaultVersionId(defaultVersion.versionId)
        .defaultDocument(defaultVersion.document)
        .attachmentCount(store.attachmentCount(arn))
        .versionCount(policy.versions.size())
        .createDate(policy.createDate)
        .tags(policy.tags)
        .build();
  }

  static PolicyVersion version(PolicyVersionRecord version) {
    return PolicyVersion.builder()
        .versionId(version.versionId)
        .document(version.document)
        .defaultVersion(version.defaultVersion)
        .createDate(version.createDate)
        .build();
  }
}
