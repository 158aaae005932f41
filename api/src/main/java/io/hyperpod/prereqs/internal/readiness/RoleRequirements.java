package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.policy.Decision;
import io.hyperpod.prereqs.policy.LabeledPolicy;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.iam.IamRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each execution role needs before CreateCluster accepts it: it exists, SageMaker may assume
 * it, and with a custom VPC it may manage the network interfaces HyperPod puts in the subnets.
 */
public final class RoleRequirements {
  public static final String EXISTS = "role.exists";
  public static final String TRUST = "role.trust";
  public static final String VPC_PERMISSIONS = "role.vpc-permissions";

  /** The EC2 actions an execution role needs with a custom VPC (facts §2.4), on {@code *}. */
  static final List<String> VPC_ACTIONS = StackPolicyDocuments.VPC_NETWORK_INTERFACE_ACTIONS;

  private RoleRequirements() {}

  static void check(
      AccountView view, CreateClusterRequest request, NetworkFacts network, Results out) {
    for (String arn : roleArns(request)) {
      Optional<IamRole> role = view.roleByArn(arn);
      out.check(
          role.isPresent(),
          EXISTS,
          arn,
          "the execution role exists",
          role.map(r -> "role " + r.name() + " (" + r.roleId() + ")").orElse("no role has this ARN in account " + view.accountId()),
          "create the role or correct ExecutionRole in the request (hyperpod-prereqs apply creates it)",
          Consequence.VALIDATION);
      if (role.isEmpty()) {
        continue;
      }
      trust(role.get(), out);
      if (network.customVpc()) {
        vpcPermissions(view, role.get(), out);
      }
    }
  }

  static List<String> roleArns(CreateClusterRequest request) {
    return request.instanceGroups().stream()
        .map(CreateClusterRequest.InstanceGroupSpec::executionRole)
        .distinct()
        .toList();
  }

  private static void trust(IamRole role, Results out) {
    Optional<LabeledPolicy> trust =
        AccountView.parse("trust-policy:role/" + role.name(), role.assumeRolePolicyDocument());
    Optional<Decision> d =
        trust.map(t -> Permissions.serviceMayAssume(CallerRequirements.SAGEMAKER, role.arn(), t));
    out.check(
        d.map(Decision::allowed).orElse(false),
        TRUST,
        role.arn(),
        "SageMaker may assume the execution role",
        d.map(x -> "sagemaker.amazonaws.com " + Permissions.say("sts:AssumeRole", role.arn(), x))
            .orElse("the trust policy does not parse"),
        "trust the service principal sagemaker.amazonaws.com (sts:AssumeRole) in role "
            + role.name()
            + "'s trust policy",
        Consequence.VALIDATION);
  }

  private static void vpcPermissions(AccountView view, IamRole role, Results out) {
    Principal p = Principal.of(role, view);
    List<String> denied = new java.util.ArrayList<>();
    StringBuilder evidence = new StringBuilder();
    for (String action : VPC_ACTIONS) {
      Decision d = Permissions.ask(p, action, "*", Optional.empty(), Optional.empty(), Map.of());
      if (!d.allowed()) {
        denied.add(action);
        evidence.append(Permissions.say(action, "*", d)).append("; ");
      }
    }
    String eni = "arn:aws:ec2:" + view.region() + ":" + view.accountId() + ":network-interface/*";
    Decision tags = Permissions.ask(p, "ec2:CreateTags", eni, Optional.empty(), Optional.empty(), Map.of());
    if (!tags.allowed()) {
      denied.add("ec2:CreateTags");
      evidence.append(Permissions.say("ec2:CreateTags", eni, tags));
    }
    out.check(
        denied.isEmpty(),
        VPC_PERMISSIONS,
        role.arn(),
        "the execution role may manage HyperPod's network interfaces in the VPC",
        denied.isEmpty() ? "all " + (VPC_ACTIONS.size() + 1) + " EC2 actions allowed" : evidence.toString().strip(),
        "allow " + String.join(", ", denied) + " to role " + role.name()
            + " (ec2:CreateTags on arn:aws:ec2:*:*:network-interface/*)",
        Consequence.VALIDATION);
  }
}
