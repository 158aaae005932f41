package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.StackModel;
import java.util.ArrayList;
import java.util.List;

/**
 * KMS section, present when an instance group has {@code kms} (docs/kms.md): listing aliases and
 * keys, reading a key, its policy and tags (an adopted key is checked before apply); with {@code
 * create}, making keys (tagged with the stack's tag) and the stack's aliases, and changing and
 * scheduling the deletion of only keys that carry the stack tag.
 */
final class KmsToolStatements {
  private KmsToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    if (model.instanceGroups().stream().noneMatch(g -> g.kms().isPresent())) {
      return List.of();
    }
    String arn = "arn:aws:kms:" + model.region() + ":" + model.account() + ":";
    List<ObjectNode> out = new ArrayList<>();
    out.add(Statements.allow("KmsList", List.of("kms:ListAliases", "kms:ListKeys"),
        List.of("*")));
    out.add(Statements.allow("KmsReadKeys",
        List.of("kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListResourceTags"),
        List.of(arn + "key/*")));
    boolean creates = model.instanceGroups().stream()
        .anyMatch(g -> g.kms().flatMap(k -> k.create()).isPresent());
    if (creates) {
      String aliases = arn + "alias/hyperpod-prereqs/" + model.stack() + "/*";
      out.add(Statements.allow("KmsCreateKeys", List.of("kms:CreateKey"), List.of("*")));
      out.add(Statements.when(Statements.allow("KmsTagNewKeys", List.of("kms:TagResource"),
          List.of(arn + "key/*")), "StringEquals",
          "aws:RequestTag/" + HyperPodPrerequisites.STACK_TAG, List.of(model.stack())));
      out.add(Statements.allow("KmsStackAliases", List.of("kms:CreateAlias", "kms:DeleteAlias"),
          List.of(aliases)));
      out.add(Statements.taggedWithStack(Statements.allow("KmsStackKeys",
          List.of("kms:CreateAlias", "kms:DeleteAlias", "kms:PutKeyPolicy",
              "kms:ScheduleKeyDeletion", "kms:TagResource"),
          List.of(arn + "key/*")), model.stack()));
    }
    return out;
  }
}
