package io.hyperpod.prereqs.internal.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a key policy is judged (KMS's rule: a statement allowing the account root lets IAM policies
 * grant, otherwise only the key policy counts), and that the key policy the stack writes lets the
 * group's execution role do what HyperPod does with the key, for each of the two actions.
 */
class KmsKeyPoliciesTest {
  private static final String ACCOUNT = "123456789012";
  private static final String REGION = "us-west-2";
  private static final String KEY = "arn:aws:kms:us-west-2:123456789012:key/"
      + "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final InstanceGroup GROUP = InstanceGroup.builder()
      .from(InstanceGroup.of("workers", "ml.p5.48xlarge", 2)).executionRole("workers-role")
      .build();
  private static final StackModel MODEL = new StackModel(HyperPodPrerequisites.builder()
      .stack("demo").region(REGION).addInstanceGroup(GROUP).build(), ACCOUNT, REGION);
  private static final String ROLE = MODEL.roleArn("workers-role");
  private static final List<LabeledPolicy> STACK_IAM =
      List.of(KmsKeyPolicies.executionPolicy("demo-execution-kms", REGION, List.of(KEY)));

  private static boolean allowed(String action, String keyPolicy, List<LabeledPolicy> iam) {
    return KmsKeyPolicies.judge(ROLE, action, KEY, keyPolicy, iam, REGION, ACCOUNT).allowed();
  }

  private static String policy(String... statements) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
  }

  private static String allow(String principal, String action, String condition) {
    return "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":\""
        + action + "\",\"Resource\":\"*\"" + (condition.isEmpty() ? "" : ",\"Condition\":"
        + condition) + "}";
  }

  private static final String ROOT = "arn:aws:iam::" + ACCOUNT + ":root";

  @ParameterizedTest
  @ValueSource(strings = {"kms:CreateGrant", "kms:DescribeKey"})
  void stackKeyPolicy_letsTheGroupsRoleUseTheKey_withoutAnyIamPolicy(String action) {
    String written = KmsKeyPolicies.keyPolicy(MODEL, GROUP);

    assertThat(allowed(action, written, List.of())).isTrue();
    assertThat(KmsKeyPolicies.judge(MODEL.roleArn("other-role"), action, KEY, written, List.of(),
        REGION, ACCOUNT).allowed()).as("another role of the account").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kms:CreateGrant", "kms:DescribeKey"})
  void rootStatement_delegatesToIam_soTheStacksPolicyDecides(String action) {
    String delegating = policy(allow(ROOT, "kms:*", ""));

    assertThat(allowed(action, delegating, STACK_IAM)).isTrue();
    assertThat(allowed(action, delegating, List.of())).as("no IAM policy").isFalse();
    assertThat(allowed(action, policy(allow(ACCOUNT, "kms:*", "")), STACK_IAM))
        .as("the account by its id").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kms:CreateGrant", "kms:DescribeKey"})
  void noRootStatement_iamPoliciesDoNotCount(String action) {
    String other = policy(allow("arn:aws:iam::" + ACCOUNT + ":role/admin", "kms:*", ""));

    assertThat(allowed(action, other, STACK_IAM)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kms:CreateGrant", "kms:DescribeKey"})
  void rootStatementForOtherActions_doesNotDelegateThisOne(String action) {
    String other = action.equals("kms:CreateGrant") ? "kms:DescribeKey" : "kms:CreateGrant";

    assertThat(allowed(action, policy(allow(ROOT, other, "")), STACK_IAM)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ec2", "s3"})
  void createGrantThroughAnotherService_isRefused(String service) {
    String viaOther = policy(allow(ROLE, "kms:CreateGrant", "{\"StringEquals\":{\"kms:ViaService\":\""
        + service + "." + REGION + ".amazonaws.com\"}}"));

    assertThat(allowed("kms:CreateGrant", viaOther, List.of())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kms:CreateGrant", "kms:DescribeKey"})
  void explicitDenyInTheKeyPolicy_wins(String action) {
    String denying = policy(allow(ROOT, "kms:*", ""),
        "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"" + ROLE + "\"},\"Action\":\"kms:*\","
            + "\"Resource\":\"*\"}");

    assertThat(allowed(action, denying, STACK_IAM)).isFalse();
  }
}
