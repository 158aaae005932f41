package io.hyperpod.prereqs.aws.internal;

import static io.hyperpod.prereqs.aws.internal.ConsistencyRetry.noSuchEntity;
import static java.util.Objects.requireNonNull;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PolicyVersion;
import io.hyperpod.prereqs.spi.iam.PolicySimulation;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.spi.iam.SimulationResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/**
 * {@link IamPort} on the SDK's IAM client. Whole-account reads use GetAccountAuthorizationDetails;
 * single lookups use Get* plus the list calls for attachments and inline policies. Calls that
 * depend on an entity this backend just created go through {@link ConsistencyRetry}.
 */
public final class AwsIamPort implements IamPort {
  private static final Predicate<CloudException> NEVER = e -> false;

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
    PrincipalRef user = PrincipalRef.user(name);
    return lookUp(key(user), AwsCall.iam("GetUser", describe(user)), iam -> getUser(iam, name))
        .map(found -> IamMappings.user(found, attachedPolicyArns(user), inlinePolicies(user)));
  }

  @Override
  public IamUser createUser(String name, Map<String, String> tags) {
    User user =
        AwsErrors.call(
            AwsCall.iam("CreateUser", describe(PrincipalRef.user(name))),
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
    delete(PrincipalRef.user(name));
  }

  @Override
  public Optional<IamRole> findRole(String name) {
    PrincipalRef role = PrincipalRef.role(name);
    return lookUp(key(role), AwsCall.iam("GetRole", describe(role)), iam -> getRole(iam, name))
        .map(found -> IamMappings.role(found, attachedPolicyArns(role), inlinePolicies(role)));
  }

  @Override
  public IamRole createRole(
      String name, String assumeRolePolicyDocument, String description, Map<String, String> tags) {
    Role role =
        consistency.call(
            () ->
                AwsErrors.call(
                    AwsCall.iam("CreateRole", describe(PrincipalRef.role(name))),
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
    Predicate<CloudException> trustedPrincipalPending = ConsistencyRetry::invalidPrincipal;
    consistency.run(
        () ->
            AwsErrors.run(
                AwsCall.iam("UpdateAssumeRolePolicy", describe(role)),
                () ->
                    iam()
                        .updateAssumeRolePolicy(
                            request -> request.roleName(roleName).policyDocument(document))),
        trustedPrincipalPending.or(missingButCreatedHere(key(role))));
  }

  @Override
  public void deleteRole(String name) {
    delete(PrincipalRef.role(name));
  }

  @Override
  public void tag(PrincipalRef principal, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    List<Tag> sdkTags = IamMappings.sdkTags(tags);
    onPrincipal(
        principal,
        "Tag%s",
        describe(principal),
        name -> iam().tagUser(request -> request.userName(name).tags(sdkTags)),
        name -> iam().tagRole(request -> request.roleName(name).tags(sdkTags)),
        missingButCreatedHere(key(principal)));
  }

  @Override
  public void untag(PrincipalRef principal, Collection<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    onPrincipal(
        principal,
        "Untag%s",
        describe(principal),
        name -> iam().untagUser(request -> request.userName(name).tagKeys(keys)),
        name -> iam().untagRole(request -> request.roleName(name).tagKeys(keys)),
        NEVER);
  }

  @Override
  public Optional<ManagedPolicy> findPolicy(String arn) {
    return lookUp(
            arn,
            AwsCall.iam("GetPolicy", "policy '" + arn + "'"),
            iam -> iam.getPolicy(request -> request.policyArn(arn)).policy())
        .map(policy -> IamMappings.policy(policy, defaultDocument(policy), versions(arn).size()));
  }

  @Override
  public ManagedPolicy createPolicy(
      String name, String path, String document, String description, Map<String, String> tags) {
    Policy policy =
        AwsErrors.call(
            AwsCall.iam("CreatePolicy", "policy '" + name + "'"),
            () ->
                iam()
                    .createPolicy(
                        request -> {
                          request.policyName(name).path(path).policyDocument(document);
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
                    iam()
                        .tagPolicy(
                            request -> request.policyArn(arn).tags(IamMappings.sdkTags(tags)))),
        missingButCreatedHere(arn));
  }

  @Override
  public void attachPolicy(PrincipalRef principal, String policyArn) {
    onPrincipal(
        principal,
        "Attach%sPolicy",
        "policy '" + policyArn + "' on " + describe(principal),
        name -> iam().attachUserPolicy(request -> request.userName(name).policyArn(policyArn)),
        name -> iam().attachRolePolicy(request -> request.roleName(name).policyArn(policyArn)),
        missingButCreatedHere(key(principal)).or(missingButCreatedHere(policyArn)));
  }

  @Override
  public void detachPolicy(PrincipalRef principal, String policyArn) {
    onPrincipal(
        principal,
        "Detach%sPolicy",
        "policy '" + policyArn + "' on " + describe(principal),
        name -> iam().detachUserPolicy(request -> request.userName(name).policyArn(policyArn)),
        name -> iam().detachRolePolicy(request -> request.roleName(name).policyArn(policyArn)),
        NEVER);
  }

  @Override
  public void putInlinePolicy(PrincipalRef principal, String policyName, String document) {
    onPrincipal(
        principal,
        "Put%sPolicy",
        "inline policy '" + policyName + "' of " + describe(principal),
        name ->
            iam()
                .putUserPolicy(
                    request -> request.userName(name).policyName(policyName).policyDocument(document)),
        name ->
            iam()
                .putRolePolicy(
                    request -> request.roleName(name).policyName(policyName).policyDocument(document)),
        missingButCreatedHere(key(principal)));
  }

  @Override
  public void deleteInlinePolicy(PrincipalRef principal, String policyName) {
    onPrincipal(
        principal,
        "Delete%sPolicy",
        "inline policy '" + policyName + "' of " + describe(principal),
        name -> iam().deleteUserPolicy(request -> request.userName(name).policyName(policyName)),
        name -> iam().deleteRolePolicy(request -> request.roleName(name).policyName(policyName)),
        NEVER);
  }

  private IamClient iam() {
    return client.get();
  }

  @Override
  public List<SimulationResult> simulatePrincipalPolicy(
      String policySourceArn, PolicySimulation simulation) {
    return AwsErrors.call(
        AwsCall.iam("SimulatePrincipalPolicy", "the policies of " + policySourceArn),
        () -> IamSimulationMappings.results(
            iam().simulatePrincipalPolicyPaginator(
                    r -> IamSimulationMappings.principal(r, policySourceArn, simulation))
                .evaluationResults()));
  }

  @Override
  public List<SimulationResult> simulateCustomPolicy(
      List<String> policyDocuments, List<String> permissionsBoundaries, PolicySimulation simulation) {
    return AwsErrors.call(
        AwsCall.iam("SimulateCustomPolicy", policyDocuments.size() + " policy document(s)"),
        () -> IamSimulationMappings.results(
            iam().simulateCustomPolicyPaginator(
                    r -> IamSimulationMappings.custom(r, policyDocuments, permissionsBoundaries, simulation))
                .evaluationResults()));
  }

  private void delete(PrincipalRef principal) {
    onPrincipal(
        principal,
        "Delete%s",
        describe(principal),
        name -> iam().deleteUser(request -> request.userName(name)),
        name -> iam().deleteRole(request -> request.roleName(name)),
        NEVER);
    createdHere.remove(key(principal));
  }

  /**
   * Runs the user or the role variant of an operation ({@code operationPattern} with {@code %s}
   * for User or Role) on {@code principal}, retried while {@code pending} says IAM lags behind.
   */
  private void onPrincipal(
      PrincipalRef principal,
      String operationPattern,
      String resource,
      Consumer<String> forUser,
      Consumer<String> forRole,
      Predicate<CloudException> pending) {
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    AwsCall call = AwsCall.iam(String.format(operationPattern, user ? "User" : "Role"), resource);
    consistency.run(
        () -> AwsErrors.run(call, () -> (user ? forUser : forRole).accept(principal.name())),
        pending);
  }

  /** The user's or role's value of {@code forUser} or {@code forRole}, errors translated. */
  private <T> T ofPrincipal(
      PrincipalRef principal,
      String operationPattern,
      String resource,
      Function<String, T> forUser,
      Function<String, T> forRole) {
    boolean user = principal.kind() == PrincipalRef.Kind.USER;
    AwsCall call = AwsCall.iam(String.format(operationPattern, user ? "User" : "Role"), resource);
    return AwsErrors.call(call, () -> (user ? forUser : forRole).apply(principal.name()));
  }

  private List<String> attachedPolicyArns(PrincipalRef principal) {
    List<AttachedPolicy> attached =
        ofPrincipal(
            principal,
            "ListAttached%sPolicies",
            describe(principal),
            name ->
                collect(
                    iam()
                        .listAttachedUserPoliciesPaginator(request -> request.userName(name))
                        .attachedPolicies()),
            name ->
                collect(
                    iam()
                        .listAttachedRolePoliciesPaginator(request -> request.roleName(name))
                        .attachedPolicies()));
    return IamMappings.arns(attached);
  }

  private Map<String, String> inlinePolicies(PrincipalRef principal) {
    List<String> names =
        ofPrincipal(
            principal,
            "List%sPolicies",
            describe(principal),
            name ->
                collect(iam().listUserPoliciesPaginator(r -> r.userName(name)).policyNames()),
            name ->
                collect(iam().listRolePoliciesPaginator(r -> r.roleName(name)).policyNames()));
    Map<String, String> inline = new TreeMap<>();
    for (String policyName : names) {
      String encoded =
          ofPrincipal(
              principal,
              "Get%sPolicy",
              "inline policy '" + policyName + "' of " + describe(principal),
              name ->
                  iam()
                      .getUserPolicy(request -> request.userName(name).policyName(policyName))
                      .policyDocument(),
              name ->
                  iam()
                      .getRolePolicy(request -> request.roleName(name).policyName(policyName))
                      .policyDocument());
      inline.put(policyName, PolicyDocumentDecoder.decode(encoded));
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
    return PolicyDocumentDecoder.decode(
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

  /**
   * The entity, or empty on NoSuchEntity; an entity this backend created is looked up again while
   * IAM has not caught up with its creation.
   */
  private <T> Optional<T> lookUp(String key, AwsCall call, Function<IamClient, T> lookup) {
    try {
      return Optional.of(
          consistency.call(
              () -> AwsErrors.call(call, () -> lookup.apply(iam())), missingButCreatedHere(key)));
    } catch (CloudException e) {
      if (noSuchEntity(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static User getUser(IamClient iam, String name) {
    return iam.getUser(request -> request.userName(name)).user();
  }

  private static Role getRole(IamClient iam, String name) {
    return iam.getRole(request -> request.roleName(name)).role();
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
