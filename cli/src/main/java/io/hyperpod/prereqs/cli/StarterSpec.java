package io.hyperpod.prereqs.cli;

import io.hyperpod.prereqs.spec.LifecycleMode;

/** The commented starter spec {@code init} writes. */
final class StarterSpec {
  private StarterSpec() {}

  static String text(String stack, String region, LifecycleMode mode, String instanceType,
      int count) {
    boolean slurm = mode.hyperPodConfiguresSlurm();
    StringBuilder b = new StringBuilder();
    b.append("# A starter spec written by `hyperpod-prereqs init`; every key is in docs/spec.md.\n")
        .append("# Check it with `hyperpod-prereqs validate FILE`, see what it would change with\n")
        .append("# `hyperpod-prereqs plan FILE`, then `hyperpod-prereqs apply FILE`.\n")
        .append("apiVersion: hyperpod-prereqs/v1\n")
        .append("stack: ").append(stack).append("            # names and tags what the tool")
        .append(" creates\n")
        .append("region: ").append(region).append("\n")
        .append("# account: \"123456789012\"   # refuse to run against any other account\n\n")
        .append("clusterAdmins:                # may create and manage clusters\n")
        .append("  - iamUser: ").append(stack).append("-admin   # created if missing\n")
        .append(users(mode))
        .append("cluster:\n")
        .append("  lifecycleMode: ").append(mode.value())
        .append("         # ami | extension | custom (see docs/spec.md)\n\n")
        .append("instanceGroups:\n")
        .append("  - name: controller\n")
        .append("    instanceType: ml.c5.2xlarge\n")
        .append("    count: 1\n");
    if (slurm) {
      b.append("    slurm: {nodeType: Controller}\n");
    }
    b.append("  - name: workers\n")
        .append("    instanceType: ").append(instanceType).append("\n")
        .append("    count: ").append(count).append("\n");
    if (slurm) {
      b.append("    slurm: {nodeType: Compute, partitions: [dev]}\n");
    }
    b.append("\n# quotas:\n")
        .append("#   requestIncreases: true     # ask Service Quotas for what the groups need\n\n")
        .append(mode == LifecycleMode.AMI ? "" : "runAs: {enabled: true, defaultUser: ubuntu}\n");
    if (mode.usesScripts()) {
      b.append("\nlifecycleScripts:\n")
          .append("  bucket: sagemaker-").append(stack).append("-lifecycle")
          .append("   # must start with \"sagemaker-\" and be globally unique\n")
          .append("  prefix: hyperpod/lifecycle\n");
    }
    b.append("\n# network: and fsx: give a VPC and an FSx for Lustre file system; without them\n")
        .append("# the cluster uses HyperPod's default VPC. See docs/spec.md.\n");
    return b.toString();
  }

  /** Cluster users need OS users on the nodes, which only lifecycle scripts create. */
  private static String users(LifecycleMode mode) {
    String users = "clusterUsers:                 # may start sessions on the nodes (Run As)\n"
        + "  - iamUser: alice            # created if missing, tagged SSMSessionRunAs\n"
        + "    osUser: alice\n"
        + "    uid: 2001\n";
    if (mode.usesScripts()) {
      return users + "\n";
    }
    return "# lifecycle mode ami runs no scripts, so no OS users are created on the nodes:\n"
        + "# clusterUsers (and runAs) need mode extension or custom.\n"
        + users.lines().map(l -> "# " + l + "\n").collect(java.util.stream.Collectors.joining())
        + "\n";
  }
}
