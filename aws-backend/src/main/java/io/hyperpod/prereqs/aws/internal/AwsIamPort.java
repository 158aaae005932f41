package io.hyperpod.prereqs.aws.internal;

import static io.hyperpod.prereqs.aws.internal.ConsistencyRetry.invalidPrincipal;
import static io.hyperpod.prereqs.aws.internal.ConsistencyRetry.noSuchEntity;
import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.User;

/**
 * {@link IamPort} on the SDK's IAM client. Whole-account reads use GetAccountAuthorizationDetails;
 * single lookups use Get* plus the list calls for attachments and inline policies. Calls that
 * depend on an entity this backend just created go through {@link ConsistencyRetry}.
 */
public final class AwsIamPort implements IamPort {
  private final Supplier<IamClient> client;
  private final ConsistencyRetry consistency;
  /** Users, roles (label, lower case) and policies (ARN) this backend created and not deleted. */
  private final Set<String> createdHere = ConcurrentHashMap.newKeySet();

  public AwsIamPort(Supplier<IamClient> client, ConsistencyRetry consistency) {
    this.client = requireNonNull(client, "client is null");
    this.consistency = requireNonNull(consistency, "consistency is null");
  }

  @Override
  public IamSnapshot snapshot() {
    return AwsErrors.call(
        AwsCall.iam("GetAccountAuthorizationDetails", "the account's users, roles and policies"),
        () -> IamSnapshotReader.read(iam()));
  }

  @Override
  public Optional<IamUser> findUser(String name) {
    return ifExists(
            key(PrincipalRef.user(name)),
            () ->
                AwsErrors.call(
                    AwsCall.iam("GetUser", "user '" + name + "'"),
                    () -> iam().getUser(request -> request.userName(name)).user()))
        .map(
            user -> {
              PrincipalRef principal = PrincipalRef.user(name);
              return IamMappings.user(
                  user, attachedPolicyArns(principal), inlinePolicies(principal));
            });
  }

  @Override
  public IamUser createUser(String name, Map<String, String> tags) {
    User user =
        AwsErrors.call(
            AwsCall.iam("CreateUser", "user '" + name + "'"),
            () ->
                iam()
                    .createUser(
                        request -> {
                          request.userName(name);
                          if (!tags.isEmpty()) {
                            request.tags(IamMappings.sdkTags(tags));
                          }
                        })
                    .user());
    createdHere.add(key(PrincipalRef.user(name)));
    return IamMappings.user(user, List.of(), Map.of());
  }

  @Override
  public void deleteUser(String name) {
    AwsErrors.run(
        AwsCall.iam("DeleteUser", "user '" + name + "'"),
        () -> iam().deleteUser(request -> request.userName(name)));
    createdHere.remove(key(PrincipalRef.user(name)));
  }

  @Override
  public Optional<IamRole> findRole(String name) {
    return ifExists(
            key(PrincipalRef.role(name)),
            () ->
                AwsErrors.call(
                    AwsCall.iam("GetRole", "role '" + name + "'"),
                    () -> iam().getRole(request -> request.roleName(name)).role()))
        .map(
            role -> {
              PrincipalRef principal = PrincipalRef.role(name);
              return IamMappings.role(
                  role, attachedPolicyArns(principal), inlinePolicies(principal));
            });
  }

  @Override
  public IamRole createRole(
      String name, String assumeRolePolicyDocument, String description, Map<String, String> tags) {
    Role role =
        consistency.call(
            () ->
                AwsErrors.call(
                    AwsCall.iam("CreateRole", "role '" + name + "'"),
                    () ->
                        iam()
                            .createRole(
                                request -> {
                                  request
                                      .roleName(name)
                                      .assumeRolePolicyDocument(assumeRolePolicyDocument);
                                  if (description != null && !description.isBlank()) {
                                    request.description(description);
                                  }
                                  if (!tags.isEmpty()) {
                                    request.tags(IamMappings.sdkTags(tags));
                                  }
                                })
                            .role()),
            ConsistencyRetry::invalidPrincipal);
    createdHere.add(key(PrincipalRef.role(name)));
    return IamMappings.role(role, List.of(), Map.of());
  }

  @Override
  public void updateAssumeRolePolicy(String roleName, String document) {
    PrincipalRef role = PrincipalRef.role(roleName);
    consistency.run(
        () ->
            AwsErrors.run(
                AwsCall.iam("UpdateAssumeRolePolicy", "role '" + roleName + "'"),
                () ->
                    iam()
                        .updateAssumeRolePolicy(
                            request -> request.roleName(roleName).policyDocument(document))),
        invalidPrincipal().or(missingButCreatedHere(key(role))));
  }

  @Override
  public void deleteRole(String name) {
    AwsErrors.run(
        AwsCall.iam("DeleteRole", "role '" + name + "'"),
        () -> iam().deleteRole(request -> request.roleName(name)));
    createdHere.remove(key(PrincipalRef.role(name)));
  }

  @Override
  public void tag(PrincipalRef principal, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    consistency.run(
        () ->
            AwsErrors.run(
                AwsCall.iam(user ? "TagUser" : "TagRole", describe(principal)),
                () -> {
                  if (user) {
                    iam().tagUser(r -> r.userName(name).tags(IamMappings.sdkTags(tags)));
                  } else {
                    iam().tagRole(r -> r.roleName(name).tags(IamMappings.sdkTags(tags)));
                  }
                }),
        missingButCreatedHere(key(principal)));
  }

  @Override
  public void untag(PrincipalRef principal, Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    AwsErrors.run(
        AwsCall.iam(user ? "UntagUser" : "UntagRole", describe(principal)),
        () -> {
          if (user) {
            iam().untagUser(r -> r.userName(name).tagKeys(keys));
          } else {
            iam().untagRole(r -> r.roleName(name).tagKeys(keys));
          }
        });
  }

  @Override
  public Optional<ManagedPolicy> findPolicy(String arn) {
    String resource = "policy '" + arn + "'";
    return ifExists(
            arn,
            () ->
                AwsErrors.call(
                    AwsCall.iam("GetPolicy", resource),
                    () -> iam().getPolicy(request -> request.policyArn(arn)).policy()))
        .map(policy -> IamMappings.policy(policy, defaultDocument(policy), versions(arn).size()));
  }

  @Override
  public ManagedPolicy createPolicy(
      String name, String document, String description, Map<String, String> tags) {
    Policy policy =
        AwsErrors.call(
            AwsCall.iam("CreatePolicy", "policy '" + name + "'"),
            () ->
                iam()
                    .createPolicy(
                        request -> {
                          request.policyName(name).policyDocument(document);
                          if (description != null && !description.isBlank()) {
                            request.description(description);
                          }
                          if (!tags.isEmpty()) {
                            request.tags(IamMappings.sdkTags(tags));
                          }
                        })
                    .policy());
    createdHere.add(policy.arn());
    return IamMappings.policy(policy, document, 1);
  }

  @Override
  public void deletePolicy(String arn) {
    AwsErrors.run(
        AwsCall.iam("DeletePolicy", "policy '" + arn + "'"),
        () -> iam().deletePolicy(request -> request.policyArn(arn)));
    createdHere.remove(arn);
  }

  @Override
  public List<PolicyVersion> listPolicyVersions(String arn) {
    List<PolicyVersion> versions = new ArrayList<>();
    for (software.amazon.awssdk.services.iam.model.PolicyVersion version : versions(arn)) {
      versions.add(IamMappings.version(version, document(arn, version.versionId())));
    }
    return versions;
  }

  @Override
  public PolicyVersion createPolicyVersion(String arn, String document, boolean setAsDefault) {
    software.amazon.awssdk.services.iam.model.PolicyVersion version =
        consistency.call(
            () ->
                AwsErrors.call(
                    AwsCall.iam("CreatePolicyVersion", "policy '" + arn + "'"),
                    () ->
                        iam()
                            .createPolicyVersion(
                                request ->
                                    request
                                        .policyArn(arn)
                                        .policyDocument(document)
                                        .setAsDefault(setAsDefault))
                            .policyVersion()),
            missingButCreatedHere(arn));
    return IamMappings.version(version, document);
  }

  @Override
  public void deletePolicyVersion(String arn, String versionId) {
    AwsErrors.run(
        AwsCall.iam("DeletePolicyVersion", "version " + versionId + " of policy '" + arn + "'"),
        () -> iam().deletePolicyVersion(request -> request.policyArn(arn).versionId(versionId)));
  }

  @Override
  public void tagPolicy(String arn, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    consistency.run(
        () ->
            AwsErrors.run(
                AwsCall.iam("TagPolicy", "policy '" + arn + "'"),
                () ->
                    iam().tagPolicy(request -> request.policyArn(arn).tags(IamMappings.sdkTags(tags)))),
        missingButCreatedHere(arn));
  }

  @Override
  public void attachPolicy(PrincipalRef principal, String policyArn) {
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    consistency.run(
        () ->
            AwsErrors.run(
                AwsCall.iam(
                    user ? "AttachUserPolicy" : "AttachRolePolicy",
                    "policy '" + policyArn + "' on " + describe(principal)),
                () -> {
                  if (user) {
                    iam().attachUserPolicy(r -> r.userName(name).policyArn(policyArn));
                  } else {
                    iam().attachRolePolicy(r -> r.roleName(name).policyArn(policyArn));
                  }
                }),
        missingButCreatedHere(key(principal)).or(missingButCreatedHere(policyArn)));
  }

  @Override
  public void detachPolicy(PrincipalRef principal, String policyArn) {
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    AwsErrors.run(
        AwsCall.iam(
            user ? "DetachUserPolicy" : "DetachRolePolicy",
            "policy '" + policyArn + "' on " + describe(principal)),
        () -> {
          if (user) {
            iam().detachUserPolicy(r -> r.userName(name).policyArn(policyArn));
          } else {
            iam().detachRolePolicy(r -> r.roleName(name).policyArn(policyArn));
          }
        });
  }

  @Override
  public void putInlinePolicy(PrincipalRef principal, String policyName, String document) {
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    consistency.run(
        () ->
            AwsErrors.run(
                AwsCall.iam(
                    user ? "PutUserPolicy" : "PutRolePolicy",
                    "inline policy '" + policyName + "' of " + describe(principal)),
                () -> {
                  if (user) {
                    iam()
                        .putUserPolicy(
                            r -> r.userName(name).policyName(policyName).policyDocument(document));
                  } else {
                    iam()
                        .putRolePolicy(
                            r -> r.roleName(name).policyName(policyName).policyDocument(document));
                  }
                }),
        missingButCreatedHere(key(principal)));
  }

  @Override
  public void deleteInlinePolicy(PrincipalRef principal, String policyName) {
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    AwsErrors.run(
        AwsCall.iam(
            user ? "DeleteUserPolicy" : "DeleteRolePolicy",
            "inline policy '" + policyName + "' of " + describe(principal)),
        () -> {
          if (user) {
            iam().deleteUserPolicy(r -> r.userName(name).policyName(policyName));
          } else {
            iam().deleteRolePolicy(r -> r.roleName(name).policyName(policyName));
          }
        });
  }

  private IamClient iam() {
    return client.get();
  }

  private List<String> attachedPolicyArns(PrincipalRef principal) {
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    return AwsErrors.call(
        AwsCall.iam(
            user ? "ListAttachedUserPolicies" : "ListAttachedRolePolicies", describe(principal)),
        () ->
            IamMappings.arns(
                user
                    ? collect(iam().listAttachedUserPoliciesPaginator(r -> r.userName(name))
                        .attachedPolicies())
                    : collect(iam().listAttachedRolePoliciesPaginator(r -> r.roleName(name))
                        .attachedPolicies())));
  }

  private Map<String, String> inlinePolicies(PrincipalRef principal) {
    String name = principal.name();
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    List<String> names =
        AwsErrors.call(
            AwsCall.iam(user ? "ListUserPolicies" : "ListRolePolicies", describe(principal)),
            () ->
                user
                    ? collect(iam().listUserPoliciesPaginator(r -> r.userName(name)).policyNames())
                    : collect(
                        iam().listRolePoliciesPaginator(r -> r.roleName(name)).policyNames()));
    Map<String, String> inline = new TreeMap<>();
    for (String policyName : names) {
      String encoded =
          AwsErrors.call(
              AwsCall.iam(
                  user ? "GetUserPolicy" : "GetRolePolicy",
                  "inline policy '" + policyName + "' of " + describe(principal)),
              () ->
                  user
                      ? iam()
                          .getUserPolicy(r -> r.userName(name).policyName(policyName))
                          .policyDocument()
                      : iam()
                          .getRolePolicy(r -> r.roleName(name).policyName(policyName))
                          .policyDocument());
      inline.put(policyName, PolicyDocuments.decode(encoded));
    }
    return inline;
  }

  private List<software.amazon.awssdk.services.iam.model.PolicyVersion> versions(String arn) {
    return AwsErrors.call(
        AwsCall.iam("ListPolicyVersions", "policy '" + arn + "'"),
        () -> collect(iam().listPolicyVersionsPaginator(r -> r.policyArn(arn)).versions()));
  }

  private String defaultDocument(Policy policy) {
    return document(policy.arn(), policy.defaultVersionId());
  }

  private String document(String arn, String versionId) {
    return PolicyDocuments.decode(
        AwsErrors.call(
            AwsCall.iam("GetPolicyVersion", "version " + versionId + " of policy '" + arn + "'"),
            () ->
                iam()
                    .getPolicyVersion(r -> r.policyArn(arn).versionId(versionId))
                    .policyVersion()
                    .document()));
  }

  /** NoSuchEntity for something this backend created: IAM has not caught up yet. */
  private Predicate<CloudException> missingButCreatedHere(String key) {
    return e -> noSuchEntity(e) && createdHere.contains(key);
  }

  private static Predicate<CloudException> invalidPrincipal() {
    return ConsistencyRetry::invalidPrincipal;
  }

  /**
   * The entity, or empty on NoSuchEntity; an entity this backend created is looked up again while
   * IAM has not caught up with its creation.
   */
  private <T> Optional<T> ifExists(String key, Supplier<T> lookup) {
    try {
      return Optional.of(consistency.call(lookup, missingButCreatedHere(key)));
    } catch (CloudException e) {
      if (noSuchEntity(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static <T> List<T> collect(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  /** IAM names are case-insensitive. */
  private static String key(PrincipalRef principal) {
    return principal.label().toLowerCase(Locale.ROOT);
  }

  private static String describe(PrincipalRef principal) {
    return (principal.kind() == PrincipalRef.Kind.USER ? "user '" : "role '")
        + principal.name()
        + "'";
  }
}
