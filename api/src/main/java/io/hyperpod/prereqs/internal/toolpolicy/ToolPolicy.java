package io.hyperpod.prereqs.internal.toolpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.internal.engine.StackModel;
import io.hyperpod.prereqs.internal.iam.StackPolicyDocuments;
import io.hyperpod.prereqs.internal.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The least-privilege IAM policy for whoever runs {@code plan}, {@code apply} and {@code destroy}
 * of one spec (a person or a pipeline): one section of statements per service, each statement's
 * {@code Sid} starting with its section ({@code Account}, {@code Iam}, {@code S3}, {@code Ec2},
 * {@code Fsx}, {@code Ssm}, {@code Quotas}), so that a section is easy to find and adjust.
 *
 * <p>Names and ARNs are the engine's own ({@link StackModel}). The account is the spec's {@code
 * account} when it has one, else the policy variable {@code ${aws:PrincipalAccount}} (the caller's
 * own account). What the tool may delete, IAM limits to what carries the stack tag or lives under
 * the stack's IAM path. The tool never passes a role, so the policy has no {@code iam:PassRole}.
 */
public final class ToolPolicy {
  /** The account in ARNs when the spec names none: the caller's own. */
  static final String CALLERS_ACCOUNT = "${aws:PrincipalAccount}";

  private ToolPolicy() {}

  /** The policy document, indented JSON. */
  public static String document(HyperPodPrerequisites spec) {
    return Json.pretty(Json.parse(StackPolicyDocuments.document(statements(spec))));
  }

  static List<ObjectNode> statements(HyperPodPrerequisites spec) {
    StackModel model =
        new StackModel(spec, spec.account().orElse(CALLERS_ACCOUNT), spec.region());
    List<ObjectNode> out = new ArrayList<>();
    out.add(
        Statements.allow(
            "AccountRead",
            List.of(
                "sts:GetCallerIdentity",
                "iam:GetAccountAuthorizationDetails",
                "s3:ListAllMyBuckets"),
            List.of("*")));
    out.addAll(IamToolStatements.of(model));
    out.addAll(S3ToolStatements.of(model));
    out.addAll(QuotasToolStatements.of(model));
    out.addAll(SsmToolStatements.of(model));
    out.addAll(Ec2ToolStatements.of(model));
    out.addAll(FsxToolStatements.of(model));
    out.addAll(KmsToolStatements.of(model));
    return out;
  }
}
