package io.hyperpod.prereqs.engine;

import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.account.AccountPort;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.iam.IamPort;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.quotas.QuotasPort;
import io.hyperpod.prereqs.spi.quotas.ServiceQuota;
import io.hyperpod.prereqs.spi.s3.S3Port;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import io.hyperpod.prereqs.spi.ssm.SsmPort;
import java.util.List;
import java.util.Optional;

/** A backend whose Service Quotas know no SageMaker quota (a region without HyperPod). */
final class NoQuotasBackend implements CloudBackend {
  private final CloudBackend delegate;

  NoQuotasBackend(CloudBackend delegate) {
    this.delegate = delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public AccountPort account() {
    return delegate.account();
  }

  @Override
  public IamPort iam() {
    return delegate.iam();
  }

  @Override
  public S3Port s3() {
    return delegate.s3();
  }

  @Override
  public Ec2Port ec2() {
    return delegate.ec2();
  }

  @Override
  public FsxPort fsx() {
    return delegate.fsx();
  }

  @Override
  public SsmPort ssm() {
    return delegate.ssm();
  }

  @Override
  public SageMakerPort sageMaker() {
    return delegate.sageMaker();
  }

  @Override
  public QuotasPort quotas() {
    return new QuotasPort() {
      @Override
      public List<ServiceQuota> listServiceQuotas(String serviceCode) {
        return List.of();
      }

      @Override
      public List<ServiceQuota> listDefaultServiceQuotas(String serviceCode) {
        return List.of();
      }

      @Override
      public QuotaChangeRequest requestIncrease(String s, String q, double v) {
        throw new AssertionError("no quota to request");
      }

      @Override
      public List<QuotaChangeRequest> listRequestHistory(String s, String q) {
        return List.of();
      }

      @Override
      public List<QuotaChangeRequest> listRequestHistory(String s) {
        return List.of();
      }

      @Override
      public Optional<QuotaChangeRequest> findRequest(String id) {
        return Optional.empty();
      }
    };
  }
}
