package io.hyperpod.prereqs.simulator.internal.iam;

import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.simulator.internal.PolicyJson;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IAM's operations with AWS's semantics on one account's {@link IamStore}. Each method checks
 * everything before it changes anything, so a failed call leaves the store as it was. Use inside a
 * {@link BackendContext#call}; the simulator's HTTP front calls these too (they take the parameters
 * the SPI leaves out, such as paths).
 */
public final class IamOperations {
  static final int MAX_VERSIONS = 5;
  static final int MAX_ATTACHED_POLICIES = 10;

  private final BackendContext context;
  private final IamStore store;

  public IamOperations(BackendContext context) {
    this.context = context;
    this.store = context.account().iam();
  }

  public IamStore store() {
    return store;
  }

  public String accountId() {
    return context.accountId();
  }

  BackendContext context() {
    return context;
  }

  /** The AWS managed policies every account sees (read-only records, shared by all accounts). */
  public Collection<PolicyRecord> awsManagedPolicies() {
    return AwsManagedCatalog.all();
  }

  // ---- users ------------------------------------------------------------------------------

  public UserRecord createUser(String name, String path, Map<String, String> tags) {
    IamInputs.userName(name);
    IamInputs.path(path);
    IamInputs.tags(tags);
    if (store.user(name).isPresent()) {
      throw AwsError.IAM_ENTITY_ALREADY_EXISTS.exception(
          "User with name " + name + " already exists.");
    }
    UserRecord user = new UserRecord();
    fill(user, name, path, "AIDA", tags);
    store.put(user);
    return user;
  }

  public UserRecord getUser(String name) {
    IamInputs.userName(name);
    return store.user(name).orElseThrow(() -> noSuchUser(name));
  }

  public void deleteUser(String name) {
    UserRecord user = getUser(name);
    if (!user.accessKeys.isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must delete access keys first.");
    }
    if (!store.groupsOf(user.name).isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must remove users from group first.");
    }
    checkDeletable(user);
    store.removeUser(user.name);
  }

  // ---- roles ------------------------------------------------------------------------------

  public RoleRecord createRole(
      String name, String path, String trustPolicy, String description, Map<String, String> tags) {
    IamInputs.roleName(name);
    IamInputs.path(path);
    IamInputs.description(description);
    IamInputs.tags(tags);
    if (store.role(name).isPresent()) {
      throw AwsError.IAM_ENTITY_ALREADY_EXISTS.exception(
          "Role with name " + name + " already exists.");
    }
    PolicyDocumentRules.trust(trustPolicy);
    RoleRecord role = new RoleRecord();
    fill(role, name, path, "AROA", tags);
    role.assumeRolePolicyDocument = trustPolicy;
    role.description = description;
    store.put(role);
    return role;
  }

  public RoleRecord getRole(String name) {
    IamInputs.roleName(name);
    return store.role(name).orElseThrow(() -> noSuchRole(name));
  }

  public void updateAssumeRolePolicy(String roleName, String document) {
    RoleRecord role = getRole(roleName);
    PolicyDocumentRules.trust(document);
    role.assumeRolePolicyDocument = document;
  }

  public void deleteRole(String name) {
    RoleRecord role = getRole(name);
    if (!store.instanceProfilesOf(role.name).isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must remove roles from instance profile first.");
    }
    checkDeletable(role);
    store.removeRole(role.name);
  }

  // ---- users and roles alike --------------------------------------------------------------

  public PrincipalRecord principal(PrincipalRef ref) {
    return ref.kind() == PrincipalRef.Kind.USER ? getUser(ref.name()) : getRole(ref.name());
  }

  public void tag(PrincipalRef ref, Map<String, String> tags) {
    PrincipalRecord principal = principal(ref);
    IamInputs.tags(tags);
    putTags(
        principal.tags, tags, ref.kind() == PrincipalRef.Kind.USER ? "TagsPerUser" : "TagsPerRole");
  }

  public void untag(PrincipalRef ref, Collection<String> keys) {
    PrincipalRecord principal = principal(ref);
    IamInputs.tagKeys(keys);
    removeTags(principal.tags, keys);
  }

  public void attachPolicy(PrincipalRef ref, String policyArn) {
    attach(principal(ref), policyArn, quotaLabel(ref));
  }

  public void detachPolicy(PrincipalRef ref, String policyArn) {
    detach(principal(ref), policyArn, ref.label());
  }

  public void putInlinePolicy(PrincipalRef ref, String policyName, String document) {
    boolean user = ref.kind() == PrincipalRef.Kind.USER;
    putInline(
        principal(ref),
        policyName,
        document,
        user ? PolicyDocumentRules.USER_INLINE_MAX : PolicyDocumentRules.ROLE_INLINE_MAX,
        user ? "user" : "role");
  }

  public String getInlinePolicy(PrincipalRef ref, String policyName) {
    return getInline(principal(ref), policyName, kindLabel(ref));
  }

  public void deleteInlinePolicy(PrincipalRef ref, String policyName) {
    deleteInline(principal(ref), policyName, kindLabel(ref));
  }

  // ---- attachments and inline policies of users, roles and groups alike --------------------

  /** Attaches a managed policy (again: nothing changes); {@code quota} names the limit. */
  void attach(PrincipalRecord principal, String policyArn, String quota) {
    IamArns.parseable(policyArn);
    PolicyRecord policy =
        (IamArns.isPolicy(policyArn) ? findPolicy(policyArn) : Optional.<PolicyRecord>empty())
            .orElseThrow(
                () ->
                    AwsError.IAM_NO_SUCH_ENTITY.exception(
                        "Policy " + policyArn + " does not exist or is not attachable."));
    String arn = IamArns.policy(accountId(), policy);
    if (principal.attachedPolicyArns.contains(arn)) {
      return;
    }
    if (principal.attachedPolicyArns.size() >= MAX_ATTACHED_POLICIES) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for " + quota + ": " + MAX_ATTACHED_POLICIES);
    }
    principal.attachedPolicyArns.add(arn);
  }

  void detach(PrincipalRecord principal, String policyArn, String label) {
    IamArns.parseable(policyArn);
    if (!principal.attachedPolicyArns.remove(policyArn)) {
      throw AwsError.IAM_NO_SUCH_ENTITY.exception(
          "Policy " + policyArn + " was not found.",
          "Policy " + policyArn + " was not found (not attached to " + label + ").");
    }
  }

  /** {@code kind}: user, role or group, as IAM's messages name it. */
  void putInline(
      PrincipalRecord principal, String policyName, String document, int max, String kind) {
    IamInputs.policyName(policyName);
    PolicyDocumentRules.inline(document);
    int total = PolicyJson.nonWhitespaceLength(document);
    for (Map.Entry<String, String> inline : principal.inlinePolicies.entrySet()) {
      if (!inline.getKey().equals(policyName)) {
        total += PolicyJson.nonWhitespaceLength(inline.getValue());
      }
    }
    if (total > max) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Maximum policy size of " + max + " bytes exceeded for " + kind + " " + principal.name);
    }
    principal.inlinePolicies.put(policyName, document);
  }

  String getInline(PrincipalRecord principal, String policyName, String kind) {
    IamInputs.policyName(policyName);
    String document = principal.inlinePolicies.get(policyName);
    if (document == null) {
      throw noSuchInline(kind, policyName);
    }
    return document;
  }

  void deleteInline(PrincipalRecord principal, String policyName, String kind) {
    IamInputs.policyName(policyName);
    if (principal.inlinePolicies.remove(policyName) == null) {
      throw noSuchInline(kind, policyName);
    }
  }

  private static String quotaLabel(PrincipalRef ref) {
    return ref.kind() == PrincipalRef.Kind.USER ? "PoliciesPerUser" : "PoliciesPerRole";
  }

  private static String kindLabel(PrincipalRef ref) {
    return ref.kind() == PrincipalRef.Kind.USER ? "user" : "role";
  }

  // ---- managed policies -------------------------------------------------------------------

  /** A customer managed policy of this account or an AWS managed policy, by ARN. */
  public Optional<PolicyRecord> findPolicy(String arn) {
    IamArns.PolicyArn parsed = IamArns.parsePolicy(arn);
    Optional<PolicyRecord> policy;
    if (parsed.awsManaged()) {
      policy = AwsManagedCatalog.find(parsed.name());
    } else if (parsed.account().equals(accountId())) {
      policy = store.policy(parsed.name());
    } else {
      policy = Optional.empty();
    }
    return policy.filter(p -> IamArns.policy(accountId(), p).equals(arn));
  }

  public PolicyRecord getPolicy(String arn) {
    return findPolicy(arn).orElseThrow(() -> noSuchPolicy(arn));
  }

  public PolicyRecord createPolicy(
      String name, String path, String document, String description, Map<String, String> tags) {
    IamInputs.policyName(name);
    IamInputs.path(path);
    IamInputs.description(description);
    IamInputs.tags(tags);
    if (store.policy(name).isPresent()) {
      throw AwsError.IAM_ENTITY_ALREADY_EXISTS.exception(
          "A policy called " + name + " already exists. Duplicate names are not allowed.");
    }
    PolicyDocumentRules.managed(document);
    Instant now = context.now();
    PolicyRecord policy = new PolicyRecord();
    policy.name = name;
    policy.path = path;
    policy.id = context.ids().iamUniqueId("ANPA");
    policy.description = description;
    policy.createDate = now;
    policy.updateDate = now;
    policy.tags.putAll(tags);
    policy.versions.add(new PolicyVersionRecord("v1", document, true, now));
    policy.nextVersion = 2;
    store.put(policy);
    return policy;
  }

  public void deletePolicy(String arn) {
    PolicyRecord policy = customerPolicy(arn);
    if (store.attachmentCount(arn) > 0) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete a policy attached to entities.",
          "Cannot delete a policy attached to entities. Detach "
              + arn
              + " from every user and role first.");
    }
    if (policy.versions.size() > 1) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "This policy has more than one version. Before you delete a policy, you must delete the"
              + " policy's versions. The default version is deleted with the policy.");
    }
    store.removePolicy(policy.name);
  }

  public List<PolicyVersionRecord> listPolicyVersions(String arn) {
    return List.copyOf(getPolicy(arn).versions);
  }

  public PolicyVersionRecord getPolicyVersion(String arn, String versionId) {
    return version(getPolicy(arn), arn, versionId);
  }

  public PolicyVersionRecord createPolicyVersion(
      String arn, String document, boolean setAsDefault) {
    PolicyRecord policy = customerPolicy(arn);
    PolicyDocumentRules.managed(document);
    if (policy.versions.size() >= MAX_VERSIONS) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "A managed policy can have up to "
              + MAX_VERSIONS
              + " versions. Before you create a new version, you must delete an existing version.");
    }
    Instant now = context.now();
    PolicyVersionRecord version =
        new PolicyVersionRecord("v" + policy.nextVersion, document, setAsDefault, now);
    policy.nextVersion++;
    if (setAsDefault) {
      policy.versions.forEach(v -> v.defaultVersion = false);
    }
    policy.versions.add(version);
    policy.updateDate = now;
    return version;
  }

  public void setDefaultPolicyVersion(String arn, String versionId) {
    PolicyRecord policy = customerPolicy(arn);
    PolicyVersionRecord version = version(policy, arn, versionId);
    policy.versions.forEach(v -> v.defaultVersion = false);
    version.defaultVersion = true;
    policy.updateDate = context.now();
  }

  public void deletePolicyVersion(String arn, String versionId) {
    PolicyRecord policy = customerPolicy(arn);
    PolicyVersionRecord version = version(policy, arn, versionId);
    if (version.defaultVersion) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete the default version of a policy.",
          "Cannot delete the default version of a policy. Make another version the default before"
              + " deleting "
              + versionId
              + ".");
    }
    policy.versions.remove(version);
  }

  public void tagPolicy(String arn, Map<String, String> tags) {
    PolicyRecord policy = customerPolicy(arn);
    IamInputs.tags(tags);
    putTags(policy.tags, tags, "TagsPerPolicy");
  }

  public void untagPolicy(String arn, Collection<String> keys) {
    PolicyRecord policy = customerPolicy(arn);
    IamInputs.tagKeys(keys);
    removeTags(policy.tags, keys);
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** Names a new entity: the name, path, a fresh unique id with the prefix, now, the tags. */
  void fill(
      IamEntityRecord principal,
      String name,
      String path,
      String idPrefix,
      Map<String, String> tags) {
    principal.name = name;
    principal.path = path;
    principal.id = context.ids().iamUniqueId(idPrefix);
    principal.createDate = context.now();
    principal.tags.putAll(tags);
  }

  static void checkDeletable(PrincipalRecord principal) {
    if (!principal.attachedPolicyArns.isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must detach all policies first.",
          "Cannot delete entity, must detach all policies first. ("
              + principal.name
              + " has "
              + principal.attachedPolicyArns
              + ")");
    }
    if (!principal.inlinePolicies.isEmpty()) {
      throw AwsError.IAM_DELETE_CONFLICT.exception(
          "Cannot delete entity, must delete policies first.",
          "Cannot delete entity, must delete policies first. ("
              + principal.name
              + " has inline "
              + principal.inlinePolicies.keySet()
              + ")");
    }
  }

  /** A customer managed policy that may be changed; AWS managed ones are AWS's. */
  private PolicyRecord customerPolicy(String arn) {
    PolicyRecord policy = getPolicy(arn);
    if (policy.awsManaged) {
      throw AwsError.IAM_ACCESS_DENIED.exception(
          "Cannot modify the AWS managed policy "
              + arn
              + "; create a customer managed policy instead.");
    }
    return policy;
  }

  private static PolicyVersionRecord version(PolicyRecord policy, String arn, String versionId) {
    return policy.versions.stream()
        .filter(v -> v.versionId.equals(versionId))
        .findFirst()
        .orElseThrow(
            () ->
                AwsError.IAM_NO_SUCH_ENTITY.exception(
                    "Policy "
                        + arn
                        + " version "
                        + versionId
                        + " does not exist or is not attachable."));
  }

  /** Adds or replaces tags (keys compare regardless of case), at most 50 in all. */
  static void putTags(
      Map<String, String> current, Map<String, String> added, String quota) {
    long kept =
        current.keySet().stream().filter(k -> !containsIgnoringCase(added.keySet(), k)).count();
    if (kept + added.size() > IamInputs.MAX_TAGS) {
      throw AwsError.IAM_LIMIT_EXCEEDED.exception(
          "Cannot exceed quota for " + quota + ": " + IamInputs.MAX_TAGS);
    }
    removeTags(current, added.keySet());
    current.putAll(added);
  }

  static void removeTags(Map<String, String> current, Collection<String> keys) {
    current.keySet().removeIf(k -> containsIgnoringCase(keys, k));
  }

  private static boolean containsIgnoringCase(Collection<String> keys, String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return keys.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(lower));
  }

  private static CloudException noSuchUser(String name) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception(
        "The user with name " + name + " cannot be found.");
  }

  private static CloudException noSuchRole(String name) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception(
        "The role with name " + name + " cannot be found.");
  }

  private static CloudException noSuchPolicy(String arn) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception("Policy " + arn + " was not found.");
  }

  private static CloudException noSuchInline(String kind, String policyName) {
    return AwsError.IAM_NO_SUCH_ENTITY.exception(
        "The " + kind + " policy with name " + policyName + " cannot be found.");
  }

  /** SimulatePrincipalPolicy: the policies of the user or role {@code policySourceArn}. */
  public java.util.List<io.hyperpod.prereqs.spi.iam.SimulationResult> simulatePrincipalPolicy(
      String policySourceArn, io.hyperpod.prereqs.spi.iam.PolicySimulation simulation) {
    return IamSimulations.principal(this, policySourceArn, simulation);
  }

  /** The text of a policy that SimulatePrincipalPolicy named as a matched statement's source. */
  public java.util.Optional<String> simulatedPolicy(String policySourceArn, String policyId) {
    return IamSimulations.document(this, policySourceArn, policyId);
  }

  /** SimulateCustomPolicy: the given policy documents, within the given boundaries. */
  public java.util.List<io.hyperpod.prereqs.spi.iam.SimulationResult> simulateCustomPolicy(
      java.util.List<String> policyDocuments,
      java.util.List<String> permissionsBoundaries,
      io.hyperpod.prereqs.spi.iam.PolicySimulation simulation) {
    return IamSimulations.custom(accountId(), policyDocuments, permissionsBoundaries, simulation);
  }
}
