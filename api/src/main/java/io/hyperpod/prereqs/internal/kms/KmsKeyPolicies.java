package io.hyperpod.prereqs.internal.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicySet;
import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The KMS policy text of the stack, in one place: the key policy of a key the stack creates, the
 * execution roles' statements on their groups' keys, and how a key policy is judged (KMS's rule:
 * a statement allowing the account, {@code arn:aws:iam::ACCOUNT:root}, lets IAM policies grant;
 * otherwise only the key policy counts).
 */
public final class KmsKeyPolicies {
  /** What HyperPod does with the group's key through the execution role. */
  public static final String CREATE_GRANT = "kms:CreateGrant";

  public static final String DESCRIBE_KEY = "kms:DescribeKey";
  public static final String VIA_SERVICE = "kms:ViaService";
  public static final String GRANT_FOR_AWS_RESOURCE = "kms:GrantIsForAWSResource";
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();

  private KmsKeyPolicies() {}

  /** {@code sagemaker.REGION.amazonaws.com}: the service through which HyperPod makes grants. */
  public static String sageMakerVia(String region) {
    return "sagemaker." + region + ".amazonaws.com";
  }

  /**
   * The key policy of the group's key: the account root may do everything (so that IAM policies
   * can grant and the key is never locked out), and the group's execution role may describe the
   * key and create grants for AWS resources through SageMaker.
   */
  public static String keyPolicy(StackModel model, InstanceGroup group) {
    String role = model.roleArn(model.executionRoleName(group));
    ObjectNode root = StackPolicyDocuments.statement("EnableIamPolicies", List.of("kms:*"),
        List.of("*"));
    root.set("Principal", Json.object().put("AWS", "arn:aws:iam::" + model.account() + ":root"));
    ObjectNode grant = grantStatement("ExecutionRoleCreatesGrantsThroughSageMaker", model.region(),
        List.of("*"));
    grant.set("Principal", Json.object().put("AWS", role));
    ObjectNode describe = StackPolicyDocuments.statement("ExecutionRoleDescribesKey",
        List.of(DESCRIBE_KEY), List.of("*"));
    describe.set("Principal", Json.object().put("AWS", role));
    return StackPolicyDocuments.document(List.of(root, grant, describe));
  }

  /**
   * The execution roles' statements on these key ARNs: CreateGrant through SageMaker for AWS
   * resources, and DescribeKey.
   */
  public static List<ObjectNode> executionStatements(String region, Collection<String> keyArns) {
    return List.of(grantStatement("CreateGrantsOnVolumeKeys", region, keyArns),
        StackPolicyDocuments.statement("DescribeVolumeKeys", List.of(DESCRIBE_KEY), keyArns));
  }

  private static ObjectNode grantStatement(String sid, String region, Collection<String> resources) {
    ObjectNode s = StackPolicyDocuments.statement(sid, List.of(CREATE_GRANT), resources);
    ObjectNode condition = Json.object();
    condition.set("StringEquals", Json.object().put(VIA_SERVICE, sageMakerVia(region)));
    condition.set("Bool", Json.object().put(GRANT_FOR_AWS_RESOURCE, "true"));
    s.set("Condition", condition);
    return s;
  }

  /** What HyperPod's use of the key asks for, as the policy evaluator's request. */
  static AuthorizationRequest request(String roleArn, String action, String keyArn, String region,
      String account) {
    AuthorizationRequest.Builder b = AuthorizationRequest.builder()
        .principalArn(roleArn).action(action).resource(keyArn).resourceAccount(account)
        .contextValue(VIA_SERVICE, sageMakerVia(region))
        .contextValue("kms:CallerAccount", account);
    if (action.equals(CREATE_GRANT)) {
      b.contextValue(GRANT_FOR_AWS_RESOURCE, "true");
    }
    return b.build();
  }

  /**
   * May the role do the action on the key, under the key policy and (only when the key policy
   * lets the account's IAM policies grant) the role's identity policies?
   */
  public static Decision judge(String roleArn, String action, String keyArn, String keyPolicy,
      List<LabeledPolicy> identityPolicies, String region, String account) {
    AuthorizationRequest request = request(roleArn, action, keyArn, region, account);
    LabeledPolicy key = LabeledPolicy.parse("key policy", keyPolicy);
    boolean delegates = delegatesToIam(request, keyPolicy, roleArn, account);
    return EVALUATOR.evaluate(request, PolicySet.builder()
        .addAllIdentityPolicies(delegates ? identityPolicies : List.of())
        .resourcePolicy(key).build());
  }

  /**
   * Whether a statement allowing the account ({@code ACCOUNT} or {@code arn:aws:iam::ACCOUNT:root})
   * covers this request: those statements alone, their principal put to the role, allow it.
   */
  static boolean delegatesToIam(AuthorizationRequest request, String keyPolicy, String roleArn,
      String account) {
    JsonNode doc = Json.parse(keyPolicy);
    JsonNode statements = doc.path("Statement");
    List<JsonNode> all = new ArrayList<>();
    if (statements.isArray()) {
      statements.forEach(all::add);
    } else if (statements.isObject()) {
      all.add(statements);
    }
    ArrayNode kept = Json.array();
    for (JsonNode s : all) {
      if (!"Allow".equals(s.path("Effect").asText()) || !namesAccount(s.path("Principal"), account)) {
        continue;
      }
      ObjectNode copy = ((ObjectNode) s).deepCopy();
      copy.set("Principal", Json.object().put("AWS", roleArn));
      kept.add(copy);
    }
    if (kept.isEmpty()) {
      return false;
    }
    ObjectNode reduced = Json.object().put("Version", "2012-10-17");
    reduced.set("Statement", kept);
    return EVALUATOR.evaluate(request, PolicySet.builder()
        .resourcePolicy(LabeledPolicy.parse("key policy", Json.write(reduced))).build()).allowed();
  }

  private static boolean namesAccount(JsonNode principal, String account) {
    JsonNode aws = principal.path("AWS");
    List<String> values = new ArrayList<>();
    if (aws.isTextual()) {
      values.add(aws.asText());
    } else if (aws.isArray()) {
      aws.forEach(v -> values.add(v.asText()));
    }
    return values.stream().anyMatch(v -> v.equals(account)
        || v.equals("arn:aws:iam::" + account + ":root"));
  }

  /** The IAM policy that makes the execution-kms statements, for the judge's identity side. */
  public static LabeledPolicy executionPolicy(String label, String region,
      Collection<String> keyArns) {
    return LabeledPolicy.parse(label, StackPolicyDocuments.document(
        executionStatements(region, keyArns)));
  }
}
