package io.hyperpod.prereqs.spi;

import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.kms.KmsPort;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;

/**
 * The seam between the engine and an AWS account: one small port per service, speaking the
 * project's own types and failing with {@link CloudException}s. Implemented by the in-memory
 * simulator and by the AWS SDK backend; both pass the same contract suite.
 */
public interface CloudBackend {
  /** {@return a short name for messages: {@code simulator}, {@code aws}} */
  String name();

  /** {@return STS: who the credentials are, in which account} */
  AccountPort account();

  /** {@return IAM: users, roles, policies, instance profiles and policy simulation} */
  IamPort iam();

  /** {@return S3: the lifecycle bucket, its policy and the lifecycle scripts} */
  S3Port s3();

  /** {@return EC2: VPC, subnets, route tables, security groups, endpoints and AZs} */
  Ec2Port ec2();

  /** {@return FSx: Lustre and OpenZFS file systems} */
  FsxPort fsx();

  /** {@return SSM: documents (Run As preferences) and sessions} */
  SsmPort ssm();

  /** {@return Service Quotas: quotas and increase requests} */
  QuotasPort quotas();

  /** {@return SageMaker: HyperPod clusters and their nodes} */
  SageMakerPort sageMaker();

  /**
   * KMS, for the customer managed keys of instance groups' EBS volumes. A backend without it
   * keeps this default, which fails with a message naming the backend; the simulator and the AWS
   * backend both have it.
   *
   * @return the KMS port
   * @throws UnsupportedOperationException when the backend has no KMS port
   */
  default KmsPort kms() {
    throw new UnsupportedOperationException(
        "backend " + name() + " has no KMS port; customer managed keys (instanceGroups[].kms) need one");
  }

  /**
   * How many independent reads the engine may have in flight at once while it plans. The default,
   * 1, reads one resource after the other (the in-memory simulator answers one call at a time, and
   * its seeded faults stay reproducible that way); the AWS backend allows more, so that reads
   * that do not depend on each other overlap their round trips.
   *
   * @return the reads in flight at once, 1 or more
   */
  default int readConcurrency() {
    return 1;
  }

  /**
   * {@return the backend's notion of now: the wall clock on AWS, the simulated clock in the
   * simulator}
   */
  default java.time.Clock clock() {
    return java.time.Clock.systemUTC();
  }

  /**
   * Waits between polls of asynchronous work (a file system becoming AVAILABLE). The simulator
   * advances its clock instead of sleeping.
   *
   * @param duration how long to wait between two polls
   */
  default void pause(java.time.Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
