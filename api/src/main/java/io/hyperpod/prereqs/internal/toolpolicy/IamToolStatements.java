package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.IamComponent;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.spec.ClusterAdmin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM section: the spec's users, execution roles and adopted roles by name, the stack's policies
 * by their IAM path, attachments only of the policies the stack attaches, and deletion only of
 * principals that carry the stack tag.
 */
final class IamToolStatements {
  private IamToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    String account = model.account();
    Set<String> users = new LinkedHashSet<>();
    model.spec().clusterAdmins().forEach(a -> users.add(model.userArn(a.iamUser())));
    model.spec().clusterUsers().forEach(u -> u.iamUser().ifPresent(n -> users.add(model.userArn(n))));
    Set<String> executionRoles = new LinkedHashSet<>();
    model.executionRoleNames().forEach(r -> executionRoles.add(model.roleArn(r)));
    Set<String> adoptedRoles = new LinkedHashSet<>();
    model.spec().clusterUsers().forEach(u -> u.iamRole().ifPresent(n -> adoptedRoles.add(model.roleArn(n))));
    String stackPolicies = "arn:aws:iam::" + account + ":policy" + model.policyPath() + "*";

    List<ObjectNode> out = new ArrayList<>();
    if (!users.isEmpty()) {
      out.add(Statements.allow(
          "IamStackUsers",
          List.of("iam:GetUser", "iam:CreateUser", "iam:TagUser", "iam:UntagUser",
              "iam:ListUserTags", "iam:ListAttachedUserPolicies", "iam:ListUserPolicies",
              "iam:GetUserPolicy"),
          users));
    }
    out.add(Statements.allow(
        "IamExecutionRoles",
        List.of("iam:GetRole", "iam:CreateRole", "iam:TagRole", "iam:UntagRole",
            "iam:ListRoleTags", "iam:UpdateAssumeRolePolicy", "iam:ListAttachedRolePolicies",
            "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:PutRolePolicy"),
        executionRoles));
    if (!adoptedRoles.isEmpty()) {
      out.add(Statements.allow(
          "IamAdoptedRolesRead",
          List.of("iam:GetRole", "iam:ListRoleTags", "iam:ListAttachedRolePolicies",
              "iam:ListRolePolicies", "iam:GetRolePolicy"),
          adoptedRoles));
      out.add(Statements.when(
          Statements.allow("IamAdoptedRolesRunAsTag", List.of("iam:TagRole", "iam:UntagRole"),
              adoptedRoles),
          "ForAllValues:StringEquals", "aws:TagKeys", List.of(IamComponent.RUN_AS_TAG)));
    }
    out.add(Statements.allow(
        "IamStackPolicies",
        List.of("iam:GetPolicy", "iam:CreatePolicy", "iam:DeletePolicy", "iam:TagPolicy",
            "iam:UntagPolicy", "iam:ListPolicyTags", "iam:GetPolicyVersion",
            "iam:ListPolicyVersions", "iam:CreatePolicyVersion", "iam:DeletePolicyVersion",
            "iam:SetDefaultPolicyVersion"),
        List.of(stackPolicies)));

    Set<String> principals = new LinkedHashSet<>(users);
    principals.addAll(executionRoles);
    principals.addAll(adoptedRoles);
    out.add(Statements.when(
        Statements.allow("IamAttachStackPolicies",
            List.of("iam:AttachUserPolicy", "iam:AttachRolePolicy"), principals),
        "ArnEquals", "iam:PolicyARN", attachedPolicies(model)));
    out.add(Statements.when(
        Statements.allow("IamDetachStackPolicies",
            List.of("iam:DetachUserPolicy", "iam:DetachRolePolicy"),
            List.of("arn:aws:iam::" + account + ":user/*", "arn:aws:iam::" + account + ":role/*")),
        "ArnLike", "iam:PolicyARN", List.of(stackPolicies)));
    out.add(Statements.taggedWithStack(
        Statements.allow("IamDeleteStackTaggedPrincipals",
            List.of("iam:GetUser", "iam:ListAttachedUserPolicies", "iam:ListUserPolicies",
                "iam:GetUserPolicy", "iam:DetachUserPolicy", "iam:DeleteUserPolicy",
                "iam:UntagUser", "iam:DeleteUser", "iam:GetRole", "iam:ListAttachedRolePolicies",
                "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:DetachRolePolicy",
                "iam:DeleteRolePolicy", "iam:UntagRole", "iam:DeleteRole"),
            List.of("arn:aws:iam::" + account + ":user/*", "arn:aws:iam::" + account + ":role/*")),
        model.stack()));
    return out;
  }

  /** The stack's own policies and the AWS managed policies the spec attaches. */
  private static List<String> attachedPolicies(StackModel model) {
    List<String> arns = new ArrayList<>();
    if (!model.spec().clusterAdmins().isEmpty()) {
      arns.add(model.policyArn(model.clusterAdminPolicyName()));
    }
    if (!model.spec().clusterUsers().isEmpty()) {
      arns.add(model.policyArn(model.clusterUserPolicyName()));
    }
    arns.add(StackModel.awsManagedPolicyArn(StackPolicyDocuments.INSTANCE_ROLE_POLICY));
    if (model.spec().clusterAdmins().stream().anyMatch(ClusterAdmin::sageMakerFullAccess)) {
      arns.add(StackModel.awsManagedPolicyArn(StackPolicyDocuments.FULL_ACCESS_POLICY));
    }
    return arns;
  }
}
