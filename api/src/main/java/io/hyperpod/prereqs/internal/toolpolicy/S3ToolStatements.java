package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.spec.LifecycleScripts;
import java.util.List;

/**
 * S3 section: the lifecycle bucket (create, tag, its policy, list, delete), the objects under
 * the lifecycle prefix, and the stack's lock object ({@code .hyperpod-prereqs/lock/STACK.json}),
 * nothing else.
 */
final class S3ToolStatements {
  private S3ToolStatements() {}

  static List<ObjectNode> of(StackModel model) {
    if (model.spec().lifecycleScripts().isEmpty()) {
      return List.of();
    }
    LifecycleScripts scripts = model.spec().lifecycleScripts().get();
    String bucket = "arn:aws:s3:::" + scripts.bucket();
    return List.of(
        Statements.allow(
            "S3LifecycleBucket",
            List.of("s3:CreateBucket", "s3:DeleteBucket", "s3:ListBucket",
                "s3:GetBucketTagging", "s3:PutBucketTagging", "s3:GetBucketPolicy",
                "s3:PutBucketPolicy", "s3:DeleteBucketPolicy"),
            List.of(bucket)),
        Statements.allow(
            "S3LifecycleScripts",
            List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
            List.of(bucket + "/" + scripts.key("*"),
                bucket + "/.hyperpod-prereqs/lock/" + model.stack() + ".json")));
  }
}
