package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.policy.PolicyDocument;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code iam-policy-for-tool SPEC}: the IAM policy whoever runs the tool on this spec needs. */
@Command(name = "iam-policy-for-tool", description = "Prints the least-privilege IAM policy"
    + " (JSON) that the person or pipeline running plan, apply and destroy of SPEC needs."
    + " Reads only the spec.")
final class ToolPolicyCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML or JSON)")
  Path specFile;

  @Override
  public Integer call() {
    Terminal t = terminal();
    HyperPodPrerequisites spec = SpecArgument.load(specFile);
    String policy = spec.toolPolicy();
    t.out().println(policy);
    int size = PolicyDocument.size(policy);
    if (size > PolicyDocument.MANAGED_POLICY_SIZE_LIMIT) {
      t.err().println("warning: the policy has " + size + " characters without whitespace, more"
          + " than the " + PolicyDocument.MANAGED_POLICY_SIZE_LIMIT + " of a customer managed policy:"
          + " put it inline on a role (10,240), or split the principals over several policies.");
    }
    if (spec.account().isEmpty()) {
      t.err().println("note: the spec names no account, so the ARNs use ${aws:PrincipalAccount}"
          + " (the caller's own account); add `account:` to the spec to pin it.");
    }
    return ExitCodes.OK;
  }
}
