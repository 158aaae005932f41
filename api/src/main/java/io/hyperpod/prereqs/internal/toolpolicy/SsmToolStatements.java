package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.RunAs;
import java.util.List;

/**
 * SSM section (written ahead of the SSM port, from aws-wire-protocols §2.5): the Session Manager
 * preferences document {@code SSM-SessionManagerRunShell} of the region, read and written when
 * the spec enables Run As.
 */
final class SsmToolStatements {
  /** The document in which Session Manager keeps a region's preferences. */
  static final String PREFERENCES_DOCUMENT = "SSM-SessionManagerRunShell";

  private SsmToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    if (!model.spec().runAs().map(RunAs::enabled).orElse(false)) {
      return List.of();
    }
    return List.of(Statements.allow(
        "SsmSessionManagerPreferences",
        List.of("ssm:GetDocument", "ssm:DescribeDocument", "ssm:CreateDocument",
            "ssm:UpdateDocument", "ssm:UpdateDocumentDefaultVersion", "ssm:AddTagsToResource"),
        List.of("arn:aws:ssm:" + model.region() + ":" + model.account() + ":document/"
            + PREFERENCES_DOCUMENT)));
  }
}
