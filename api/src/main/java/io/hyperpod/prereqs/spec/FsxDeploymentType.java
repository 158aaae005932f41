package io.hyperpod.prereqs.spec;

/** The FSx for Lustre deployment types ({@code fsx.create.deploymentType}), as AWS names them. */
public enum FsxDeploymentType {
  /** Temporary storage, no replication, 200 MB/s/TiB. */
  SCRATCH_1,
  /** Temporary storage, no replication, burst throughput. */
  SCRATCH_2,
  /** Long-lived, replicated in one AZ; throughput 50, 100 or 200 MB/s/TiB. */
  PERSISTENT_1,
  /** Long-lived, replicated in one AZ, SSD; throughput 125, 250, 500 or 1000 MB/s/TiB. */
  PERSISTENT_2
}
