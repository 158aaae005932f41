package io.hyperpod.prereqs.internal.engine;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.spec.StackNames;
import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec bound to the account and region it runs against, with the names the stack derives:
 * one place that says what every generated IAM name, ARN and tag is.
 */
public final class StackModel {
  /**
   * The FSx for Lustre file system of the stack; its outputs {@code id}, {@code dns_name} and
   * {@code mount_name} go into the lifecycle scripts' provisioning parameters.
   */
  public static final io.hyperpod.prereqs.plan.ResourceAddress FSX =
      io.hyperpod.prereqs.plan.ResourceAddress.of("fsx_file_system", "lustre");

  /** The FSx for OpenZFS file system of the stack; its {@code dns_name} goes into the request. */
  public static final io.hyperpod.prereqs.plan.ResourceAddress OPENZFS =
      io.hyperpod.prereqs.plan.ResourceAddress.of("fsx_file_system", "openzfs");

  private final HyperPodPrerequisites spec;
  private final String account;
  private final String region;
  private final String callerArn;
  private final boolean overwriteForeignObjects;

  public StackModel(HyperPodPrerequisites spec, String account, String region) {
    this(spec, account, region, "arn:aws:iam::" + account + ":root");
  }

  /** {@code callerArn}: who runs the tool, as STS GetCallerIdentity says. */
  public StackModel(HyperPodPrerequisites spec, String account, String region, String callerArn) {
    this(spec, account, region, callerArn, false);
  }

  private StackModel(HyperPodPrerequisites spec, String account, String region, String callerArn,
      boolean overwriteForeignObjects) {
    this.spec = spec;
    this.account = account;
    this.region = region;
    this.callerArn = callerArn;
    this.overwriteForeignObjects = overwriteForeignObjects;
  }

  /** The same model, letting apply replace lifecycle files the stack did not write, or not. */
  public StackModel overwritingForeignObjects(boolean overwrite) {
    return new StackModel(spec, account, region, callerArn, overwrite);
  }

  /** Whether apply may replace lifecycle files the stack did not write (PlanOptions). */
  public boolean overwriteForeignObjects() {
    return overwriteForeignObjects;
  }

  /** The S3 user metadata that marks an object as written by a stack; its value is the stack. */
  public static final String OBJECT_MARK = "hyperpod-prereqs-stack";

  /** Whether this stack wrote the object: its {@link #OBJECT_MARK} metadata names the stack. */
  public boolean wrote(Map<String, String> objectMetadata) {
    return spec.stack().equals(objectMetadata.get(OBJECT_MARK));
  }

  public HyperPodPrerequisites spec() {
    return spec;
  }

  public String stack() {
    return spec.stack();
  }

  public String account() {
    return account;
  }

  public String region() {
    return region;
  }

  /** Who runs the tool (STS GetCallerIdentity): a user, an assumed-role session or the root. */
  public String callerArn() {
    return callerArn;
  }

  /** The tags everything created carries: the spec's extra tags plus the stack tag. */
  public Map<String, String> createTags() {
    Map<String, String> tags = new LinkedHashMap<>(spec.tags());
    tags.put(HyperPodPrerequisites.STACK_TAG, spec.stack());
    return tags;
  }

  /** Whether a resource's tags say that this stack created it. */
  public boolean ownedBy(Map<String, String> tags) {
    return spec.stack().equals(tags.get(HyperPodPrerequisites.STACK_TAG));
  }

  public String defaultExecutionRoleName() {
    return StackNames.executionRole(spec.stack());
  }

  public String clusterAdminPolicyName() {
    return StackNames.clusterAdminPolicy(spec.stack());
  }

  /** The execution roles' VPC (and FSx) policy, used when the spec has a network. */
  public String executionVpcPolicyName() {
    return StackNames.executionVpcPolicy(spec.stack());
  }

  /** The execution roles' KMS policy, used when instance groups have {@code kms} keys. */
  public String executionKmsPolicyName() {
    return StackNames.executionKmsPolicy(spec.stack());
  }

  public String clusterUserPolicyName() {
    return StackNames.clusterUserPolicy(spec.stack());
  }

  /** The execution role of an instance group. */
  public String executionRoleName(InstanceGroup group) {
    return group.executionRole().orElse(defaultExecutionRoleName());
  }

  /** Every execution role the stack needs, in instance-group order, without duplicates. */
  public Set<String> executionRoleNames() {
    Set<String> names = new LinkedHashSet<>();
    spec.instanceGroups().forEach(g -> names.add(executionRoleName(g)));
    return names;
  }

  public String roleArn(String roleName) {
    return "arn:aws:iam::" + account + ":role/" + roleName;
  }

  public String userArn(String userName) {
    return "arn:aws:iam::" + account + ":user/" + userName;
  }

  /** The IAM path of the stack's policies: it tells them apart without reading their tags. */
  public String policyPath() {
    return "/hyperpod-prereqs/" + spec.stack() + "/";
  }

  public String policyArn(String policyName) {
    return "arn:aws:iam::" + account + ":policy" + policyPath() + policyName;
  }

  /** Whether this stack created the policy: it lives under the stack's IAM path. */
  public boolean ownsPolicy(io.hyperpod.prereqs.spi.iam.ManagedPolicy policy) {
    return policyPath().equals(policy.path());
  }

  public static String awsManagedPolicyArn(String policyName) {
    return "arn:aws:iam::aws:policy/" + policyName;
  }

  public String clusterArnPattern() {
    return "arn:aws:sagemaker:" + region + ":" + account + ":cluster/*";
  }

  /**
   * Where the lifecycle scripts go; only asked for in the modes that upload scripts, where
   * validation made it present.
   */
  public io.hyperpod.prereqs.spec.LifecycleScripts lifecycleScripts() {
    return spec.lifecycleScripts()
        .orElseThrow(() -> new IllegalStateException("the " + spec.lifecycleMode().value()
            + " lifecycle mode has no lifecycleScripts"));
  }

  public io.hyperpod.prereqs.spec.LifecycleMode lifecycleMode() {
    return spec.lifecycleMode();
  }

  public List<InstanceGroup> instanceGroups() {
    return spec.instanceGroups();
  }
}
