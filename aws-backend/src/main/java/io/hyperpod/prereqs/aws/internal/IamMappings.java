package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.ImmutableIamRole;
import io.hyperpod.prereqs.spi.iam.ImmutableIamUser;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.iam.model.UserDetail;

/** IAM's SDK types to the SPI's values and back; policy documents come out decoded. */
final class IamMappings {
  private IamMappings() {}

  static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> map = new TreeMap<>();
    tags.forEach(tag -> map.put(tag.key(), tag.value() == null ? "" : tag.value()));
    return map;
  }

  static List<Tag> sdkTags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
        .collect(Collectors.toList());
  }

  static List<String> arns(Collection<AttachedPolicy> attached) {
    return attached.stream().map(AttachedPolicy::policyArn).sorted().collect(Collectors.toList());
  }

  static IamUser user(User user, List<String> attachedPolicyArns, Map<String, String> inline) {
    return userBase(
            user.userName(), user.arn(), user.userId(), user.path(), user.createDate(), user.tags())
        .attachedPolicyArns(attachedPolicyArns)
        .inlinePolicies(inline)
        .build();
  }

  static IamUser user(UserDetail user) {
    return userBase(
            user.userName(), user.arn(), user.userId(), user.path(), user.createDate(), user.tags())
        .attachedPolicyArns(arns(user.attachedManagedPolicies()))
        .inlinePolicies(inline(user.userPolicyList()))
        .build();
  }

  static IamRole role(Role role, List<String> attachedPolicyArns, Map<String, String> inline) {
    return roleBase(
            role.roleName(),
            role.arn(),
            role.roleId(),
            role.path(),
            role.createDate(),
            role.assumeRolePolicyDocument(),
            role.permissionsBoundary(),
            role.tags())
        .description(role.description())
        .attachedPolicyArns(attachedPolicyArns)
        .inlinePolicies(inline)
        .build();
  }

  /** A role as GetAccountAuthorizationDetails describes it: without its description. */
  static IamRole role(RoleDetail role) {
    return roleBase(
            role.roleName(),
            role.arn(),
            role.roleId(),
            role.path(),
            role.createDate(),
            role.assumeRolePolicyDocument(),
            role.permissionsBoundary(),
            role.tags())
        .attachedPolicyArns(arns(role.attachedManagedPolicies()))
        .inlinePolicies(inline(role.rolePolicyList()))
        .build();
  }

  /**
   * A customer-managed policy as GetAccountAuthorizationDetails describes it (every version with
   * its document), with its tags, which that response does not carry. Servers that leave out the
   * name or the id (moto 5 sends neither) get the name from the ARN and an empty id.
   */
  static ManagedPolicy policy(ManagedPolicyDetail policy, List<Tag> tags) {
    String document =
        policy.policyVersionList().stream()
            .filter(version -> Boolean.TRUE.equals(version.isDefaultVersion()))
            .map(version -> PolicyDocumentDecoder.decode(version.document()))
            .findFirst()
            .orElse("");
    return ManagedPolicy.builder()
        .name(policy.policyName() == null ? nameInArn(policy.arn()) : policy.policyName())
        .arn(policy.arn())
        .policyId(policy.policyId() == null ? "" : policy.policyId())
        .path(pathOf(policy.path()))
        .defaultVersionId(policy.defaultVersionId())
        .defaultDocument(document)
        .attachmentCount(orZero(policy.attachmentCount()))
        .versionCount(policy.policyVersionList().size())
        .createDate(policy.createDate())
        .tags(tags(tags))
        .build();
  }

  static ManagedPolicy policy(Policy policy, String defaultDocument, int versionCount) {
    return ManagedPolicy.builder()
        .name(policy.policyName())
        .arn(policy.arn())
        .policyId(policy.policyId())
        .path(pathOf(policy.path()))
        .defaultVersionId(policy.defaultVersionId())
        .defaultDocument(defaultDocument)
        .attachmentCount(orZero(policy.attachmentCount()))
        .versionCount(versionCount)
        .createDate(policy.createDate())
        .tags(tags(policy.tags()))
        .build();
  }

  static PolicyVersion version(
      software.amazon.awssdk.services.iam.model.PolicyVersion version, String document) {
    return PolicyVersion.builder()
        .versionId(version.versionId())
        .document(document)
        .defaultVersion(Boolean.TRUE.equals(version.isDefaultVersion()))
        .createDate(version.createDate())
        .build();
  }

  private static ImmutableIamUser.Builder userBase(
      String name, String arn, String userId, String path, Instant createDate, List<Tag> tags) {
    return IamUser.builder()
        .name(name)
        .arn(arn)
        .userId(userId)
        .path(pathOf(path))
        .createDate(createDate)
        .tags(tags(tags));
  }

  private static ImmutableIamRole.Builder roleBase(
      String name,
      String arn,
      String roleId,
      String path,
      Instant createDate,
      String encodedTrustPolicy,
      AttachedPermissionsBoundary boundary,
      List<Tag> tags) {
    return IamRole.builder()
        .name(name)
        .arn(arn)
        .roleId(roleId)
        .path(pathOf(path))
        .createDate(createDate)
        .assumeRolePolicyDocument(PolicyDocumentDecoder.decode(encodedTrustPolicy))
        .permissionsBoundaryArn(boundary == null ? null : boundary.permissionsBoundaryArn())
        .tags(tags(tags));
  }

  private static Map<String, String> inline(List<PolicyDetail> policies) {
    Map<String, String> inline = new TreeMap<>();
    policies.forEach(
        policy -> inline.put(policy.policyName(), PolicyDocumentDecoder.decode(policy.policyDocument())));
    return inline;
  }

  /** The name of an IAM ARN: what follows its last slash. */
  private static String nameInArn(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  private static String pathOf(String path) {
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
