package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate SPEC [--json]}: the spec's problems, all at once, without any backend. */
@Command(name = "validate", description = "Checks a spec offline (no AWS account, no"
    + " simulator): its keys, types, names, instance types, CIDRs and the rules between them,"
    + " every problem at once with its line and fix. Exit 0: valid, 1: invalid (or the file is"
    + " missing), 64: wrong usage.")
final class ValidateCommand extends OfflineCommand {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML or JSON)")
  Path specFile;

  @Option(names = "--json", description = "print the result as one JSON document")
  boolean json;

  @Override
  public Integer call() {
    Terminal t = terminal();
    HyperPodPrerequisites spec = SpecArgument.load(specFile);
    if (json) {
      t.json(JsonDocument.object().put("valid", true)
          .put("spec", specFile.toString()).put("stack", spec.stack())
          .put("region", spec.region()));
    } else {
      t.out().println(specFile + " is valid: stack " + spec.stack() + ", region "
          + spec.region() + ", " + spec.instanceGroups().size() + " instance group(s), lifecycle"
          + " mode " + spec.lifecycleMode().value() + ".");
    }
    return ExitCodes.OK;
  }
}
