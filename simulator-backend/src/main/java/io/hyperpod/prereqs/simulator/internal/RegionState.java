package io.hyperpod.prereqs.simulator.internal;

import io.hyperpod.prereqs.simulator.internal.ec2.Ec2Store;
import io.hyperpod.prereqs.simulator.internal.fsx.FsxStore;
import io.hyperpod.prereqs.simulator.internal.kms.KmsStore;
import io.hyperpod.prereqs.simulator.internal.quotas.QuotasStore;
import io.hyperpod.prereqs.simulator.internal.sagemaker.SageMakerStore;
import io.hyperpod.prereqs.simulator.internal.ssm.SsmStore;

/**
 * The regional services of one account in one region. Each service keeps its state in its own store
 * class in {@code internal.<service>}; a service fills its store without touching this one.
 */
public final class RegionState {
  private Ec2Store ec2 = new Ec2Store();
  private FsxStore fsx = new FsxStore();
  private SsmStore ssm = new SsmStore();
  private QuotasStore quotas = new QuotasStore();
  private SageMakerStore sageMaker = new SageMakerStore();
  private KmsStore kms = new KmsStore();

  public Ec2Store ec2() {
    return ec2;
  }

  public FsxStore fsx() {
    return fsx;
  }

  public SsmStore ssm() {
    return ssm;
  }

  public QuotasStore quotas() {
    return quotas;
  }

  public SageMakerStore sageMaker() {
    return sageMaker;
  }

  public KmsStore kms() {
    return kms;
  }

  /**
   * The next instant after {@code now} at which something in the region changes by itself (a file
   * system becomes AVAILABLE, a quota request is decided, a cluster leaves Creating).
   */
  public java.util.Optional<java.time.Instant> nextTransition(java.time.Instant now) {
    return java.util.stream.Stream.of(
            fsx.nextTransition(now), quotas.nextTransition(now), sageMaker.nextTransition(now))
        .flatMap(java.util.Optional::stream)
        .min(java.util.Comparator.naturalOrder());
  }
}
