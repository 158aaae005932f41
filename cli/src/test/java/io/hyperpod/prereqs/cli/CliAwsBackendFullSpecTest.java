package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.aws.moto.MotoExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --backend aws} end to end against its own moto server with the full example: IAM, the
 * custom VPC, the EFA security group, the S3 gateway endpoint, FSx for Lustre, Run As and the
 * lifecycle scripts applied, re-planned to no changes, and destroyed with the file system. Its
 * own moto server: the quickstart test's account state stays apart.
 */
class CliAwsBackendFullSpecTest {
  static final Path FULL = Path.of("..", "examples", "specs", "full.yaml");

  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  @RegisterExtension static final DummyAwsCredentials CREDENTIALS = new DummyAwsCredentials();

  @Test
  void applyPlanDestroyPlan_fullSpecOnMoto_convergesAndCleansUp(@TempDir Path dir)
      throws IOException {
    // moto 5.2.1 enforces the lifecycle bucket's Deny unless aws:SourceVpce but not the policy's
    // exemption of the caller (ArnNotLike aws:PrincipalArn: moto has no aws:PrincipalArn), so the
    // tool's own uploads after the policy would be refused; AWS lets them through (the simulator's
    // tests and the policy evaluator's cases prove the exemption). The spec runs here without
    // restrictBucketToVpc; everything else is the example as it is.
    Path copy = dir.resolve("full.yaml");
    String text = Files.readString(FULL);
    assertThat(text).contains("restrictBucketToVpc: true");
    Files.writeString(copy, text.replace("restrictBucketToVpc: true", "restrictBucketToVpc: false"));
    String spec = copy.toString();
    CliRun apply = aws("apply", spec, "--yes");
    assertThat(apply.code).as(apply.toString()).isZero();
    assertThat(apply.err).contains("Apply complete");

    CliRun again = aws("plan", spec);
    assertThat(again.code).as(again.toString()).isZero();
    assertThat(again.out).contains("No changes");

    CliRun destroy = aws("destroy", spec, "--yes", "--delete-data");
    assertThat(destroy.code).as(destroy.toString()).isZero();

    CliRun after = aws("plan", spec);
    assertThat(after.code).as(after.toString()).isEqualTo(2);
  }

  private static CliRun aws(String... args) {
    return CliRun.aws(MOTO.server().endpoint(), args);
  }

}
