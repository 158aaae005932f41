package io.hyperpod.prereqs.internal.toolpolicy;

import io.hyperpod.prereqs.policy.PolicyDocument;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.ImmutableHyperPodPrerequisites;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spec.ValidSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tool policy is least privilege: what the stack touches is allowed (the full coverage of the
 * tool's calls is checked in integration-tests on the simulator's call journal), and everything
 * beside the stack is denied by the project's policy evaluator.
 */
class ToolPolicyTest {
  static final String ACCOUNT = "123456789012";
  static final String CALLER = "arn:aws:iam::" + ACCOUNT + ":role/pipeline";
  static final String STACK_TAG = "aws:ResourceTag/" + HyperPodPrerequisites.STACK_TAG;
  static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  /** IAM, Run As and lifecycle scripts; an adopted role; no network, FSx or quota requests. */
  static ImmutableHyperPodPrerequisites iamOnly() {
    return ValidSpecs.minimal();
  }

  /** Every section: quota requests, a created network and a created FSx file system. */
  static ImmutableHyperPodPrerequisites everything() {
    return ValidSpecs.full().withAccount(Optional.empty());
  }

  @Test
  void toolPolicy_iamOnlySpec_hasNoNetworkFsxOrQuotaRequestSections() {
    List<String> sids = sids(iamOnly().toolPolicy());

    assertThat(sids).contains("AccountRead", "IamStackUsers", "IamExecutionRoles",
        "IamStackPolicies", "S3LifecycleBucket", "S3LifecycleScripts", "QuotasRead",
        "SsmSessionManagerPreferences");
    assertThat(sids).noneMatch(s -> s.startsWith("Ec2") || s.startsWith("Fsx"))
        .doesNotContain("QuotasRequestIncreases");
  }

  @Test
  void toolPolicy_everySection_isMarkedByItsSidPrefix() {
    List<String> sids = sids(everything().toolPolicy());

    assertThat(sids).allMatch(s -> s.matches("(Account|Iam|S3|Quotas|Ssm|Ec2|Fsx)[A-Z].*"));
    assertThat(sids).contains("QuotasRequestIncreases", "Ec2Describe", "Ec2Create",
        "Ec2TagOnCreate", "Ec2ChangeStackTagged", "FsxCreate", "FsxDeleteStackTagged");
  }

  @Test
  void toolPolicy_runAsDisabled_leavesOutTheSessionManagerDocument() {
    assertThat(sids(iamOnly().withRunAs(RunAs.builder().enabled(false).build()).toolPolicy()))
        .doesNotContain("SsmSessionManagerPreferences");
  }

  @Test
  void toolPolicy_stackResources_areAllowed() {
    PolicySet policy = policyOf(everything());

    assertThat(decide(policy, "iam:CreateUser", user("alice")).allowed()).isTrue();
    assertThat(decide(policy, "iam:CreateRole", role("demo-execution-role")).allowed()).isTrue();
    assertThat(decide(policy, "iam:CreatePolicy",
        "arn:aws:iam::" + ACCOUNT + ":policy/hyperpod-prereqs/demo/demo-cluster-user").allowed())
        .isTrue();
    assertThat(decide(policy, "s3:PutObject",
        "arn:aws:s3:::sagemaker-demo-lifecycle/hyperpod/lifecycle/on_create.sh").allowed())
        .isTrue();
    assertThat(decide(request("iam:AttachRolePolicy", role("DataScientists"))
        .contextValue("iam:PolicyARN",
            "arn:aws:iam::" + ACCOUNT + ":policy/hyperpod-prereqs/demo/demo-cluster-user"),
        policy).allowed()).isTrue();
    assertThat(decide(request("iam:DeleteUser", user("alice")).contextValue(STACK_TAG, "demo"),
        policy).allowed()).isTrue();
  }

  @Test
  void toolPolicy_otherUsersRolesAndBuckets_areDenied() {
    PolicySet policy = policyOf(everything());

    assertThat(decide(policy, "iam:CreateUser", user("mallory")).allowed()).isFalse();
    assertThat(decide(policy, "iam:CreateRole", role("Admin")).allowed()).isFalse();
    assertThat(decide(policy, "iam:CreatePolicy",
        "arn:aws:iam::" + ACCOUNT + ":policy/hyperpod-prereqs/other/x").allowed()).isFalse();
    assertThat(decide(policy, "s3:GetObject", "arn:aws:s3:::other-bucket/secret").allowed())
        .isFalse();
    assertThat(decide(policy, "s3:PutObject",
        "arn:aws:s3:::sagemaker-demo-lifecycle/elsewhere/x.sh").allowed()).isFalse();
    assertThat(decide(policy, "s3:DeleteBucket", "arn:aws:s3:::other-bucket").allowed())
        .isFalse();
    assertThat(decide(policy, "iam:PassRole", role("demo-execution-role")).allowed()).isFalse();
  }

  @Test
  void toolPolicy_attachingAnotherPolicyToAStackUser_isDenied() {
    PolicySet policy = policyOf(iamOnly());

    Decision admin = decide(request("iam:AttachUserPolicy", user("alice"))
        .contextValue("iam:PolicyARN", "arn:aws:iam::aws:policy/AdministratorAccess"), policy);

    assertThat(admin.allowed()).isFalse();
  }

  @Test
  void toolPolicy_deletingWhatLacksTheStackTag_isDenied() {
    PolicySet policy = policyOf(iamOnly());

    assertThat(decide(policy, "iam:DeleteUser", user("alice")).allowed()).isFalse();
    assertThat(decide(request("iam:DeleteRole", role("DataScientists"))
        .contextValue(STACK_TAG, "other-stack"), policy).allowed()).isFalse();
    assertThat(decide(request("iam:DetachUserPolicy", user("bob"))
        .contextValue("iam:PolicyARN", "arn:aws:iam::aws:policy/AdministratorAccess"), policy)
        .allowed()).isFalse();
  }

  @Test
  void toolPolicy_taggingAnAdoptedRoleWithTheStackTag_isDenied() {
    PolicySet policy = policyOf(iamOnly());

    assertThat(decide(request("iam:TagRole", role("DataScientists"))
        .contextValue("aws:TagKeys", "SSMSessionRunAs"), policy).allowed()).isTrue();
    assertThat(decide(request("iam:TagRole", role("DataScientists"))
        .contextValue("aws:TagKeys", HyperPodPrerequisites.STACK_TAG), policy).allowed())
        .isFalse();
  }

  @Test
  void toolPolicy_accountInTheSpec_deniesOtherAccounts() {
    PolicySet policy = policyOf(iamOnly().withAccount(ACCOUNT));

    assertThat(decide(policy, "iam:CreateUser", user("alice")).allowed()).isTrue();
    assertThat(decide(policy, "iam:CreateUser", "arn:aws:iam::210987654321:user/alice")
        .allowed()).isFalse();
  }

  @Test
  void toolPolicy_taggingEc2OutsideACreation_isDenied() {
    PolicySet policy = policyOf(everything());
    String vpc = "arn:aws:ec2:us-west-2:" + ACCOUNT + ":vpc/vpc-0123456789abcdef0";

    assertThat(decide(request("ec2:CreateTags", vpc).contextValue("ec2:CreateAction", "CreateVpc"),
        policy).allowed()).isTrue();
    assertThat(decide(policy, "ec2:CreateTags", vpc).allowed()).isFalse();
    assertThat(decide(policy, "ec2:DeleteVpc", vpc).allowed()).isFalse();
  }

  @Test
  void size_iamOnlySpec_fitsAManagedPolicy() {
    String policy = iamOnly().toolPolicy();

    assertThat(PolicyDocument.size(policy)).isLessThan(PolicyDocument.MANAGED_POLICY_SIZE_LIMIT)
        .isEqualTo(Json.write(Json.parse(policy)).length());
  }

  private static List<String> sids(String policy) {
    List<String> sids = new ArrayList<>();
    for (JsonNode statement : Json.parse(policy).get("Statement")) {
      sids.add(statement.get("Sid").asText());
    }
    return sids;
  }

  private static PolicySet policyOf(HyperPodPrerequisites spec) {
    return PolicySet.ofIdentity(LabeledPolicy.parse("tool-policy", spec.toolPolicy()));
  }

  private static AuthorizationRequest.Builder request(String action, String resource) {
    AuthorizationRequest.Builder request = AuthorizationRequest.builder();
    request.principalArn(CALLER).action(action).resource(resource);
    return request;
  }

  private static Decision decide(AuthorizationRequest.Builder request, PolicySet policy) {
    return EVALUATOR.evaluate(request.build(), policy);
  }

  private static Decision decide(PolicySet policy, String action, String resource) {
    return decide(request(action, resource), policy);
  }

  private static String user(String name) {
    return "arn:aws:iam::" + ACCOUNT + ":user/" + name;
  }

  private static String role(String name) {
    return "arn:aws:iam::" + ACCOUNT + ":role/" + name;
  }
}
