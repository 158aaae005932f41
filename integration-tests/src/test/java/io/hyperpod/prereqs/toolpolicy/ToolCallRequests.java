package io.hyperpod.prereqs.toolpolicy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles;
import io.hyperpod.prereqs.policy.AuthorizationRequest;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.policy.PolicyEvaluator;
import io.hyperpod.prereqs.policy.PolicySet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What IAM authorizes when the tool makes one AWS call on one spec's stack: the IAM action of the
 * operation (S3's differ from its operation names), every resource of the stack the call may be
 * about, and the request context AWS adds (the policy being attached, the tag keys being set, the
 * stack tag of a principal the stack created). A recorded call names its operation but not its
 * resource, so a call stands for all the resources of its kind: each must be allowed.
 */
final class ToolCallRequests {
  static final String CALLER = "arn:aws:iam::123456789012:role/pipeline";
  private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.create();
  private static final String STACK_TAG = "aws:ResourceTag/" + HyperPodPrerequisites.STACK_TAG;

  /** S3 operations whose IAM action has another name. */
  private static final Map<String, String> S3_ACTIONS = Map.of(
      "HeadBucket", "s3:ListBucket",
      "ListObjectsV2", "s3:ListBucket",
      "ListObjects", "s3:ListBucket",
      "ListBuckets", "s3:ListAllMyBuckets",
      "DeleteBucketTagging", "s3:PutBucketTagging",
      "HeadObject", "s3:GetObject");

  /** IAM creations that carry tags, which IAM authorizes as a second action. */
  private static final Map<String, String> TAG_ON_CREATE = Map.of(
      "CreateUser", "iam:TagUser",
      "CreateRole", "iam:TagRole",
      "CreatePolicy", "iam:TagPolicy");

  private final StackModel model;
  /** Principal ARN to the policies the stack attaches to it. */
  private final Map<String, List<String>> ownPrincipals = new LinkedHashMap<>();
  private final Map<String, List<String>> adoptedRoles = new LinkedHashMap<>();

  ToolCallRequests(HyperPodPrerequisites spec, String account) {
    this.model = new StackModel(spec, account, spec.region());
    String adminPolicy = model.policyArn(model.clusterAdminPolicyName());
    String userPolicy = model.policyArn(model.clusterUserPolicyName());
    spec.clusterAdmins().forEach(a -> {
      List<String> policies = attached(ownPrincipals, model.userArn(a.iamUser()));
      policies.add(adminPolicy);
      if (a.sageMakerFullAccess()) {
        policies.add(StackModel.awsManagedPolicyArn(StackPolicyDocuments.FULL_ACCESS_POLICY));
      }
    });
    spec.clusterUsers().forEach(u -> {
      u.iamUser().ifPresent(n -> attached(ownPrincipals, model.userArn(n)).add(userPolicy));
      u.iamRole().ifPresent(n -> attached(adoptedRoles, model.roleArn(n)).add(userPolicy));
    });
    model.executionRoleNames().forEach(r -> attached(ownPrincipals, model.roleArn(r))
        .add(StackModel.awsManagedPolicyArn(StackPolicyDocuments.INSTANCE_ROLE_POLICY)));
  }

  /**
   * The calls ({@code service:Operation}) that the policy does not allow, each with the request
   * IAM denies and why; empty when it allows them all.
   */
  List<String> denied(Collection<String> calls, String policyJson) {
    PolicySet policy = PolicySet.ofIdentity(LabeledPolicy.parse("tool-policy", policyJson));
    List<String> denied = new ArrayList<>();
    for (String call : new TreeSet<>(calls)) {
      String[] parts = call.split(":", 2);
      for (AuthorizationRequest request : of(parts[0], parts[1])) {
        Decision decision = EVALUATOR.evaluate(request, policy);
        if (!decision.allowed()) {
          denied.add(call + " needs " + request.action() + " on " + request.resource() + " "
              + request.context() + ": " + decision.explanation());
        }
      }
    }
    return denied;
  }

  /** The requests IAM authorizes for one call. */
  List<AuthorizationRequest> of(String service, String operation) {
    String action = service.equals("s3")
        ? S3_ACTIONS.getOrDefault(operation, "s3:" + operation)
        : service + ":" + operation;
    List<AuthorizationRequest> out = new ArrayList<>();
    switch (service) {
      case "iam":
        iam(action, operation, out);
        break;
      case "s3":
        s3(action, out);
        break;
      case "sts":
        out.add(request(action, "*").build());
        break;
      case "ssm":
        out.add(request(action, "arn:aws:ssm:" + model.region() + ":" + model.account()
            + ":document/SSM-SessionManagerRunShell").build());
        break;
      case "servicequotas":
        out.add(request(action, operation.equals("RequestServiceQuotaIncrease")
            ? "arn:aws:servicequotas:" + model.region() + ":" + model.account()
                + ":sagemaker/L-00000000"
            : "*").build());
        break;
      case "ec2":
        out.add(tagged(operation, request(action, operation.startsWith("Describe") ? "*"
            : "arn:aws:ec2:" + model.region() + ":" + model.account()
                + ":vpc/vpc-0123456789abcdef0")).build());
        break;
      case "fsx":
        out.add(tagged(operation, request(action, operation.startsWith("Describe") ? "*"
            : "arn:aws:fsx:" + model.region() + ":" + model.account()
                + ":file-system/fs-0123456789abcdef0")).build());
        break;
      case "kms":
        kms(action, operation, out);
        break;
      default:
        out.add(request(action, "*").build());
    }
    return out;
  }

  /**
   * KMS authorizes a key operation on the key's ARN (the stack's keys carry its tag) and an alias
   * operation on both the alias and the key it names; listing and CreateKey on "*".
   */
  private void kms(String action, String operation, List<AuthorizationRequest> out) {
    String arn = "arn:aws:kms:" + model.region() + ":" + model.account() + ":";
    String key = arn + "key/1234abcd-12ab-34cd-56ef-1234567890ab";
    switch (operation) {
      case "ListAliases", "ListKeys", "CreateKey" -> out.add(request(action, "*").build());
      case "DescribeKey", "GetKeyPolicy", "ListResourceTags" -> out.add(request(action, key).build());
      case "CreateAlias", "DeleteAlias" -> {
        out.add(request(action, arn + "alias/hyperpod-prereqs/" + model.stack() + "/group").build());
        out.add(request(action, key).contextValue(STACK_TAG, model.stack()).build());
      }
      default -> out.add(request(action, key).contextValue(STACK_TAG, model.stack()).build());
    }
  }

  private void iam(String action, String operation, List<AuthorizationRequest> out) {
    Map<String, List<String>> principals;
    if (operation.contains("User")) {
      principals = filter(ownPrincipals, ":user/");
    } else if (operation.contains("Role")) {
      boolean ownOnly = Set.of("CreateRole", "DeleteRole", "UpdateAssumeRolePolicy",
          "PutRolePolicy", "DeleteRolePolicy").contains(operation);
      principals = new LinkedHashMap<>(filter(ownPrincipals, ":role/"));
      if (!ownOnly) {
        principals.putAll(adoptedRoles);
      }
    } else if (operation.contains("Polic")) {
      for (String policy : List.of(model.policyArn(model.clusterAdminPolicyName()),
          model.policyArn(model.clusterUserPolicyName()))) {
        out.add(request(action, policy).build());
        if (TAG_ON_CREATE.containsKey(operation)) {
          out.add(request(TAG_ON_CREATE.get(operation), policy).build());
        }
      }
      return;
    } else {
      out.add(request(action, "*").build());
      return;
    }
    principals.forEach((arn, policies) -> {
      boolean own = ownPrincipals.containsKey(arn);
      for (AuthorizationRequest.Builder r : principalRequests(action, operation, arn, policies)) {
        if (own && (operation.startsWith("Delete") || operation.startsWith("Detach"))) {
          r.contextValue(STACK_TAG, model.stack());
        }
        if (!own && (operation.startsWith("Tag") || operation.startsWith("Untag"))) {
          r.contextValue("aws:TagKeys", "SSMSessionRunAs");
        }
        out.add(r.build());
      }
    });
  }

  private List<AuthorizationRequest.Builder> principalRequests(
      String action, String operation, String arn, List<String> policies) {
    List<AuthorizationRequest.Builder> requests = new ArrayList<>();
    if (operation.startsWith("Attach") || operation.startsWith("Detach")) {
      policies.forEach(p -> requests.add(request(action, arn).contextValue("iam:PolicyARN", p)));
      return requests;
    }
    requests.add(request(action, arn));
    if (TAG_ON_CREATE.containsKey(operation)) {
      requests.add(request(TAG_ON_CREATE.get(operation), arn));
    }
    return requests;
  }

  private void s3(String action, List<AuthorizationRequest> out) {
    String bucket = model.lifecycleScripts().bucket();
    if (action.equals("s3:ListAllMyBuckets")) {
      out.add(request(action, "*").build());
    } else if (action.endsWith("Object")) {
      for (String file : LifecycleFiles.ALL) {
        out.add(request(action, "arn:aws:s3:::" + bucket + "/"
            + model.lifecycleScripts().key(file)).build());
      }
    } else {
      out.add(request(action, "arn:aws:s3:::" + bucket).build());
    }
  }

  /** EC2 and FSx changes other than creations are on resources that carry the stack tag. */
  private AuthorizationRequest.Builder tagged(String operation, AuthorizationRequest.Builder r) {
    if (!operation.startsWith("Describe") && !operation.startsWith("Create")
        && !operation.equals("TagResource")) {
      r.contextValue(STACK_TAG, model.stack());
    }
    return r;
  }

  private static AuthorizationRequest.Builder request(String action, String resource) {
    AuthorizationRequest.Builder request = AuthorizationRequest.builder();
    request.principalArn(CALLER).action(action).resource(resource);
    return request;
  }

  private static List<String> attached(Map<String, List<String>> principals, String arn) {
    return principals.computeIfAbsent(arn, k -> new ArrayList<>());
  }

  private static Map<String, List<String>> filter(Map<String, List<String>> all, String kind) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    all.forEach((arn, policies) -> {
      if (arn.contains(kind)) {
        out.put(arn, policies);
      }
    });
    return out;
  }
}
