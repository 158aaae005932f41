package io.hyperpod.prereqs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.aws.moto.MotoExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --backend aws} end to end against a local moto server: the example quickstart planned,
 * applied, re-planned, destroyed. The CLI takes its credentials from the AWS SDK's default chain,
 * as it does for a user; the test gives it the dummy ones through the chain's system properties
 * ({@code aws.accessKeyId}, {@code aws.secretAccessKey}; the environment variables
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are the same link of the chain), which win over
 * anything in the environment.
 */
class CliAwsBackendTest {
  static final Path QUICKSTART = Path.of("..", "examples", "specs", "quickstart.yaml");

  @RegisterExtension static final MotoExtension MOTO = new MotoExtension();

  @RegisterExtension static final DummyAwsCredentials CREDENTIALS = new DummyAwsCredentials();

  @Test
  void planApplyPlanDestroyPlan_quickstartOnMoto_followTheExitCodes() {
    CliRun plan = aws("plan", QUICKSTART.toString());
    assertThat(plan.code).as(plan.toString()).isEqualTo(2);
    assertThat(plan.out).contains("+ iam_user.alice").contains("to create");

    CliRun apply = aws("apply", QUICKSTART.toString(), "--yes");
    assertThat(apply.code).as(apply.toString()).isZero();
    assertThat(apply.err).contains("Apply complete");

    CliRun again = aws("plan", QUICKSTART.toString());
    assertThat(again.code).as(again.toString()).isZero();
    assertThat(again.out).contains("No changes");

    CliRun destroy = aws("destroy", QUICKSTART.toString(), "--yes");
    assertThat(destroy.code).as(destroy.toString()).isZero();

    CliRun after = aws("plan", QUICKSTART.toString());
    assertThat(after.code).as(after.toString()).isEqualTo(2);
  }

  @Test
  void verify_quickstartAppliedOnMoto_reportsTheUnreadableQuotasAsNotReady() {
    CliRun apply = aws("apply", QUICKSTART.toString(), "--yes");
    assertThat(apply.code).as(apply.toString()).isZero();

    CliRun verify = aws("verify", QUICKSTART.toString());

    // moto has no SageMaker quotas (ListAWSDefaultServiceQuotas: NoSuchResourceException)
    assertThat(verify.code).as(verify.toString()).isEqualTo(3);
    assertThat(verify.out)
        .contains("PASS role.trust")
        .contains("FAIL quotas.cluster-usage ml.c5.2xlarge")
        .contains("the SageMaker quotas could not be read")
        .contains("NOT READY");
    assertThat(verify.err).doesNotContain("Exception");
    aws("destroy", QUICKSTART.toString(), "--yes");
  }

  @Test
  void plan_endpointUrlWithoutHost_exitsOneNamingTheOption() {
    CliRun plan = CliRun.run(null, "plan", QUICKSTART.toString(), "--backend", "aws",
        "--endpoint-url", "localhost:5000");

    assertThat(plan.code).isEqualTo(1);
    assertThat(plan.err).contains("localhost:5000").contains("http://127.0.0.1:5000")
        .doesNotContain("Exception");
  }

  private static CliRun aws(String... args) {
    return CliRun.aws(MOTO.server().endpoint(), args);
  }

}
