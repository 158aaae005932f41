package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.plan.Plan;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outputs SPEC [--create-cluster-json]}: what CreateCluster needs, as set up now. */
@Command(name = "outputs", description = "Prints what SageMaker CreateCluster needs from the"
    + " prepared account (read-only).")
final class OutputsCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SPEC", description = "the spec file (YAML or JSON)")
  Path specFile;

  @Option(names = "--create-cluster-json", description = "print only the CreateCluster request,"
      + " for `aws sagemaker create-cluster --cli-input-json`")
  boolean createClusterJson;

  @Override
  public Integer call() {
    Terminal t = terminal();
    HyperPodPrerequisites spec = SpecArgument.load(specFile);
    try (BackendSession session = Backends.open(global, spec.region())) {
      t.target(session, createClusterJson);
      Plan plan = spec.plan(session.backend());
      CreateClusterRequest request = plan.createClusterRequest().orElseThrow();
      if (plan.hasChanges() || plan.hasErrors()) {
        t.err().println("warning: the account does not match the spec yet ("
            + plan.summary().create() + " to create, " + plan.summary().update()
            + " to update); run `hyperpod-prereqs apply " + specFile + "` first.");
      }
      String unknown = request.unknownIds().stream()
          .map(u -> u.field() + " (" + u.address() + ")")
          .collect(java.util.stream.Collectors.joining(", "));
      if (createClusterJson) {
        if (!request.complete()) {
          t.err().println("error: the CreateCluster request is not complete: " + unknown
              + " will exist only after apply. Run `hyperpod-prereqs apply " + specFile
              + "` first, then print the request again.");
          return ExitCodes.ERROR;
        }
        t.out().println(request.toJson());
        return ExitCodes.OK;
      }
      t.out().println("Stack " + spec.stack() + ":");
      t.out().println("  lifecycle mode " + spec.lifecycleMode().value() + ": "
          + request.instanceGroups().get(0).lifeCycleConfig()
              .map(l -> l.sourceS3Uri() + " ("
                  + (l.onCreate().isPresent() ? "OnCreate " : "OnInitComplete ")
                  + l.entryScript().orElse("") + ")")
              .orElse("no lifecycle scripts (HyperPod's image sets up Slurm)"));
      request.instanceGroups().forEach(g -> t.out().println("  instance group " 
          + g.instanceGroupName() + ": " + g.instanceCount() + " x " + g.instanceType()
          + ", execution role " + g.executionRole()
          + g.slurmConfig().map(s -> ", Slurm " + s.nodeType()
              + (s.partitionNames().isEmpty() ? "" : " " + s.partitionNames())).orElse("")));
      request.vpcConfig().ifPresent(v -> t.out().println("  VpcConfig: subnets "
          + v.subnets() + ", security groups " + v.securityGroupIds()
          + (request.complete() ? "" : "; known after apply: " + unknown)));
      t.out().println("CreateCluster request: hyperpod-prereqs outputs " + specFile
          + " --create-cluster-json");
      return ExitCodes.OK;
    }
  }
}
