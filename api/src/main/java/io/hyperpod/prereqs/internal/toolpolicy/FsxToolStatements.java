package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.Fsx;
import java.util.ArrayList;
import java.util.List;

/**
 * FSx section (written ahead of the FSx port, from aws-wire-protocols §2.7), present when the
 * spec has a file system: describing file systems; creating one (with its tags, its network
 * interfaces in the subnet, and FSx's service-linked role the first time in an account); deleting
 * only a file system that carries the stack tag ({@code destroy --delete-data}).
 */
final class FsxToolStatements {
  private FsxToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    if (model.spec().fsx().isEmpty() && model.spec().openZfs().isEmpty()) {
      return List.of();
    }
    boolean creates = model.spec().fsx().flatMap(Fsx::create).isPresent()
        || model.spec().openZfs().flatMap(z -> z.create()).isPresent();
    String fileSystems =
        "arn:aws:fsx:" + model.region() + ":" + model.account() + ":file-system/*";
    List<ObjectNode> out = new ArrayList<>();
    out.add(Statements.allow(
        "FsxDescribe",
        List.of("fsx:DescribeFileSystems", "ec2:DescribeNetworkInterfaces"),
        List.of("*")));
    if (creates) {
      out.add(Statements.allow(
          "FsxCreate", List.of("fsx:CreateFileSystem", "fsx:TagResource"),
          List.of(fileSystems)));
      String ec2 = "arn:aws:ec2:" + model.region() + ":" + model.account() + ":";
      out.add(Statements.allow(
          "FsxNetworkInterfaces",
          List.of("ec2:CreateNetworkInterface"),
          List.of(ec2 + "network-interface/*", ec2 + "subnet/*", ec2 + "security-group/*")));
      out.add(Statements.when(
          Statements.allow(
              "FsxServiceLinkedRole",
              List.of("iam:CreateServiceLinkedRole"),
              List.of("arn:aws:iam::" + model.account()
                  + ":role/aws-service-role/fsx.amazonaws.com/*")),
          "StringEquals", "iam:AWSServiceName", List.of("fsx.amazonaws.com")));
      out.add(Statements.taggedWithStack(
          Statements.allow("FsxDeleteStackTagged", List.of("fsx:DeleteFileSystem"),
              List.of(fileSystems)),
          model.stack()));
    }
    return out;
  }
}
