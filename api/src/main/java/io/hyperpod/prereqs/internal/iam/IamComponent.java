package io.hyperpod.prereqs.internal.iam;

import io.hyperpod.prereqs.internal.engine.ObserveContext;
import io.hyperpod.prereqs.internal.engine.Resource;
import io.hyperpod.prereqs.internal.engine.StackComponent;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import io.hyperpod.prereqs.spec.ClusterUser;
import io.hyperpod.prereqs.spec.RunAs;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.IamSnapshot;
import io.hyperpod.prereqs.spi.iam.IamUser;
import io.hyperpod.prereqs.spi.iam.ManagedPolicy;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import io.hyperpod.prereqs.internal.engine.Outputs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.BiFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IAM for cluster admins, cluster users and the instance-group execution roles (seed §IAM,
 * facts §2): principals, the stack's two customer-managed policies, attachments and Run As tags.
 */
public final class IamComponent implements StackComponent {
  /** The tag key Session Manager reads for the Run As OS user. */
  public static final String RUN_AS_TAG = "SSMSessionRunAs";

  /**
   * The address of the execution roles' VPC policy, which exists exactly while the stack has a
   * network: what the network leaves behind is deleted before it.
   */
  public static ResourceAddress executionVpcPolicyAddress(StackModel model) {
    return ManagedPolicyResource.address(model.executionVpcPolicyName());
  }

  /** The address of an execution role of the stack. */
  public static ResourceAddress executionRoleAddress(String roleName) {
    return ExecutionRoleResource.address(roleName);
  }

  /**
   * A policy of the stack whose document names other resources' outputs (empty while unknown),
   * attached to these execution roles: for the sections that give the roles more than IAM's own
   * (the KMS keys of docs/kms.md).
   */
  public static List<Resource<?>> executionPolicy(StackModel model, String name,
      String description, BiFunction<StackModel, Outputs, Optional<String>> document,
      List<ResourceAddress> dependsOn, Collection<String> roles) {
    List<Resource<?>> out = new ArrayList<>();
    out.add(new ManagedPolicyResource(model, name, description, document, dependsOn));
    for (String role : roles) {
      out.add(attachment(model, PrincipalRef.role(role), ExecutionRoleResource.address(role), name));
    }
    return out;
  }

  @Override
  public List<Resource<?>> resources(StackModel model) {
    Map<ResourceAddress, Resource<?>> out = new LinkedHashMap<>();
    var spec = model.spec();

    if (!spec.clusterAdmins().isEmpty()) {
      add(out, new ManagedPolicyResource(model, model.clusterAdminPolicyName(),
          "HyperPod cluster administration for stack " + model.stack(),
          StackPolicyDocuments::clusterAdmin));
    }
    for (ClusterAdmin admin : spec.clusterAdmins()) {
      PrincipalRef user = PrincipalRef.user(admin.iamUser());
      add(out, new IamUserResource(model, admin.iamUser()));
      add(out, attachment(model, user, IamUserResource.address(admin.iamUser()),
          model.clusterAdminPolicyName()));
      if (admin.sageMakerFullAccess()) {
        add(out, awsAttachment(model, user, IamUserResource.address(admin.iamUser()),
            StackPolicyDocuments.FULL_ACCESS_POLICY));
      }
    }

    if (!spec.clusterUsers().isEmpty()) {
      add(out, new ManagedPolicyResource(model, model.clusterUserPolicyName(),
          "HyperPod cluster access through SSM for stack " + model.stack(),
          m -> StackPolicyDocuments.clusterUser()));
    }
    boolean runAs = spec.runAs().map(RunAs::enabled).orElse(false);
    for (ClusterUser cu : spec.clusterUsers()) {
      PrincipalRef principal;
      ResourceAddress principalAddress;
      if (cu.iamUser().isPresent()) {
        principal = PrincipalRef.user(cu.iamUser().get());
        principalAddress = IamUserResource.address(principal.name());
        add(out, new IamUserResource(model, principal.name()));
      } else {
        principal = PrincipalRef.role(cu.iamRole().orElseThrow());
        principalAddress = ExecutionRoleResource.address(principal.name());
        add(out, new AdoptedRoleResource(model, principal.name()));
      }
      add(out, attachment(model, principal, principalAddress, model.clusterUserPolicyName()));
      if (runAs) {
        add(out, new PrincipalTagResource(model, principal, principalAddress, RUN_AS_TAG,
            cu.osUser()));
      }
    }

    boolean vpc = spec.network().isPresent();
    if (vpc) {
      add(out, new ManagedPolicyResource(model, model.executionVpcPolicyName(),
          "HyperPod nodes in the custom VPC of stack " + model.stack(),
          StackPolicyDocuments::executionVpc));
    }
    for (String role : model.executionRoleNames()) {
      PrincipalRef principal = PrincipalRef.role(role);
      add(out, new ExecutionRoleResource(model, role));
      add(out, awsAttachment(model, principal, ExecutionRoleResource.address(role),
          StackPolicyDocuments.INSTANCE_ROLE_POLICY));
      if (vpc) {
        add(out, attachment(model, principal, ExecutionRoleResource.address(role),
            model.executionVpcPolicyName()));
      }
    }
    return List.copyOf(out.values());
  }

  @Override
  public List<Resource<?>> leftovers(
      StackModel model, ObserveContext ctx, Set<ResourceAddress> wanted) {
    IamSnapshot snapshot = IamReads.snapshot(ctx);
    List<Resource<?>> out = new ArrayList<>();
    for (IamUser user : snapshot.users()) {
      PrincipalRef ref = PrincipalRef.user(user.name());
      PrincipalMarks.Observed marks =
          new PrincipalMarks.Observed(user.tags(), user.attachedPolicyArns());
      ResourceAddress address = IamUserResource.address(user.name());
      if (PrincipalMarks.deletable(model, marks) && !wanted.contains(address)) {
        out.add(new IamUserResource(model, user.name()));
        continue;
      }
      leftoversOn(model, snapshot, ref, address, marks, wanted, out);
    }
    for (IamRole role : snapshot.roles()) {
      PrincipalRef ref = PrincipalRef.role(role.name());
      PrincipalMarks.Observed marks =
          new PrincipalMarks.Observed(role.tags(), role.attachedPolicyArns());
      ResourceAddress address = ExecutionRoleResource.address(role.name());
      if (PrincipalMarks.deletable(model, marks) && !wanted.contains(address)) {
        out.add(new ExecutionRoleResource(model, role.name()));
        continue;
      }
      leftoversOn(model, snapshot, ref, address, marks, wanted, out);
    }
    for (ManagedPolicy policy : snapshot.policies()) {
      if (model.ownsPolicy(policy) && !wanted.contains(ManagedPolicyResource.address(policy.name()))) {
        out.add(new ManagedPolicyResource(model, policy.name(), "", m -> policy.defaultDocument()));
      }
    }
    return out;
  }

  /**
   * What the stack put on a principal that stays and that it no longer wants: attachments of its
   * own policies (on any principal), of the AWS managed policies it attaches (on principals it
   * created, or where it recorded attaching them), and the Run As tag it set.
   */
  private static void leftoversOn(
      StackModel model,
      IamSnapshot snapshot,
      PrincipalRef principal,
      ResourceAddress principalAddress,
      PrincipalMarks.Observed marks,
      Set<ResourceAddress> wanted,
      List<Resource<?>> out) {
    boolean owned = marks.ownedBy(model);
    for (String arn : marks.attachedPolicyArns()) {
      Optional<ManagedPolicy> own = snapshot.policy(arn).filter(model::ownsPolicy);
      boolean stackAws = (owned
          && (arn.equals(StackModel.awsManagedPolicyArn(StackPolicyDocuments.FULL_ACCESS_POLICY))
              || arn.equals(StackModel.awsManagedPolicyArn(StackPolicyDocuments.INSTANCE_ROLE_POLICY))))
          || marks.tags().containsKey(PrincipalMarks.attachedKey(model.stack(), arn));
      if (own.isEmpty() && !stackAws) {
        continue;
      }
      PolicyAttachmentResource r = new PolicyAttachmentResource(model, principal,
          principalAddress, arn, own.map(p -> ManagedPolicyResource.address(p.name())));
      if (!wanted.contains(r.address())) {
        out.add(r);
      }
    }
    String value = marks.tags().get(RUN_AS_TAG);
    if (value != null && (owned
        || marks.tags().containsKey(PrincipalMarks.tagKey(model.stack(), RUN_AS_TAG)))) {
      PrincipalTagResource tag =
          new PrincipalTagResource(model, principal, principalAddress, RUN_AS_TAG, value);
      if (!wanted.contains(tag.address())) {
        out.add(tag);
      }
    }
  }

  private static PolicyAttachmentResource attachment(
      StackModel model, PrincipalRef principal, ResourceAddress principalAddress, String policy) {
    return new PolicyAttachmentResource(model, principal, principalAddress,
        model.policyArn(policy), Optional.of(ManagedPolicyResource.address(policy)));
  }

  private static PolicyAttachmentResource awsAttachment(
      StackModel model, PrincipalRef principal, ResourceAddress principalAddress, String policy) {
    return new PolicyAttachmentResource(model, principal, principalAddress,
        StackModel.awsManagedPolicyArn(policy), Optional.empty());
  }

  private static void add(Map<ResourceAddress, Resource<?>> out, Resource<?> r) {
    out.putIfAbsent(r.address(), r);
  }
}
