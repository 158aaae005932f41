package io.hyperpod.prereqs.benchmarks;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The specs the benchmarks run: the repository's examples and generated cluster-user specs. */
final class BenchSpecs {
  private BenchSpecs() {}

  /** An example spec by name ({@code quickstart}, {@code full}) from {@code examples/specs/}. */
  static HyperPodPrerequisites example(String name) {
    return HyperPodPrerequisites.load(root().resolve("examples/specs/" + name + ".yaml"));
  }

  /**
   * An example spec as moto can hold it: without the VPC-only bucket policy (moto has no {@code
   * aws:PrincipalArn}, so the policy would shut the caller out too).
   */
  static HyperPodPrerequisites exampleOnMoto(String name) {
    try {
      String yaml = Files.readString(root().resolve("examples/specs/" + name + ".yaml"));
      return HyperPodPrerequisites.fromYaml(
          yaml.replace("restrictBucketToVpc: true", "restrictBucketToVpc: false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The quickstart's shape with {@code users} cluster users (uids from 3000). */
  static HyperPodPrerequisites users(int users) {
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: hyperpod-prereqs/v1\n"
                + "stack: scale\n"
                + "region: us-west-2\n"
                + "clusterAdmins:\n"
                + "  - iamUser: scale-admin\n"
                + "clusterUsers:\n");
    for (int i = 0; i < users; i++) {
      String name = String.format("user%05d", i);
      yaml.append("  - iamUser: ").append(name).append('\n')
          .append("    osUser: ").append(name).append('\n')
          .append("    uid: ").append(3000 + i).append('\n');
    }
    yaml.append(
        "instanceGroups:\n"
            + "  - name: controller-machine\n"
            + "    instanceType: ml.c5.2xlarge\n"
            + "    count: 1\n"
            + "runAs: {enabled: true, defaultUser: ubuntu}\n"
            + "lifecycleScripts:\n"
            + "  bucket: sagemaker-scale-lifecycle-7f3a9c\n"
            + "  prefix: hyperpod/lifecycle\n");
    return HyperPodPrerequisites.fromYaml(yaml.toString());
  }

  /** The repository root: the first folder upwards from the working directory with examples/. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples/specs"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "run the benchmarks from inside the repository (no examples/specs/ above "
            + Path.of("").toAbsolutePath() + ")");
  }
}
