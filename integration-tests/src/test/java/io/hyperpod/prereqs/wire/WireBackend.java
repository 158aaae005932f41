package io.hyperpod.prereqs.wire;

import io.hyperpod.prereqs.aws.AwsBackend;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.time.Clock;
import java.time.Duration;

/**
 * The AWS backend talking to a served simulator, for the conformance test: every port is the AWS
 * backend's, over the wire; time is the served simulator's clock, as it is for the in-memory run
 * (so waits for FSx and quota requests move simulated time, not the test's).
 */
final class WireBackend implements CloudBackend {
  private final AwsBackend aws;
  private final SimulatorBackend served;

  WireBackend(AwsBackend aws, SimulatorBackend served) {
    this.aws = aws;
    this.served = served;
  }

  @Override
  public String name() {
    return "aws-over-the-wire";
  }

  @Override
  public AccountPort account() {
    return aws.account();
  }

  @Override
  public IamPort iam() {
    return aws.iam();
  }

  @Override
  public S3Port s3() {
    return aws.s3();
  }

  @Override
  public Ec2Port ec2() {
    return aws.ec2();
  }

  @Override
  public FsxPort fsx() {
    return aws.fsx();
  }

  @Override
  public SsmPort ssm() {
    return aws.ssm();
  }

  @Override
  public QuotasPort quotas() {
    return aws.quotas();
  }

  @Override
  public SageMakerPort sageMaker() {
    return aws.sageMaker();
  }

  @Override
  public io.hyperpod.prereqs.spi.kms.KmsPort kms() {
    return aws.kms();
  }

  @Override
  public Clock clock() {
    return served.clock();
  }

  @Override
  public void pause(Duration duration) {
    served.pause(duration);
  }
}
