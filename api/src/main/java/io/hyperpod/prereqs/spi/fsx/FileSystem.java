package io.hyperpod.prereqs.spi.fsx;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An FSx file system (DescribeFileSystems), Lustre or OpenZFS, with the settings the cluster
 * needs: where it lives (VPC, its subnets), how nodes mount it (DNS name, Lustre's mount name) and
 * its lifecycle.
 */
@Value.Immutable
@ValueStyle
public interface FileSystem {
  /** Lifecycle of a file system that serves clients. */
  String AVAILABLE = "AVAILABLE";

  /** Lifecycle while it is being made. */
  String CREATING = "CREATING";

  /** Lifecycle of a file system that could not be made. */
  String FAILED = "FAILED";

  /** Lifecycle while it is being deleted. */
  String DELETING = "DELETING";

  /** {@link #fileSystemType()} of FSx for Lustre. */
  String LUSTRE = "LUSTRE";

  /** {@link #fileSystemType()} of FSx for OpenZFS. */
  String OPENZFS = "OPENZFS";

  /** {@return {@code fs-} and 17 hex digits} */
  String fileSystemId();

  /**
   * {@link #LUSTRE}, {@link #OPENZFS}, ...
   *
   * @return the file system type, e.g. {@code LUSTRE}
   */
  String fileSystemType();

  /**
   * {@code AVAILABLE}, {@code CREATING}, {@code FAILED}, {@code DELETING}, {@code MISCONFIGURED},
   * {@code UPDATING}, {@code MISCONFIGURED_UNAVAILABLE}.
   *
   * @return the lifecycle, e.g. {@link #AVAILABLE}
   */
  String lifecycle();

  /**
   * Why it FAILED, when it did.
   *
   * @return the failure message, or empty
   */
  Optional<String> failureMessage();

  /** {@return the storage capacity in GiB} */
  int storageCapacity();

  /** {@return {@code SSD}, {@code HDD}, {@code INTELLIGENT_TIERING}} */
  String storageType();

  /** {@return the id of the file system's VPC, {@code vpc-...}} */
  String vpcId();

  /**
   * {@return the subnets: a Lustre or single-AZ OpenZFS file system has one, MULTI_AZ_1 two}
   */
  List<String> subnetIds();

  /**
   * @return the ids of the network interfaces, {@code eni-...}
   */
  List<String> networkInterfaceIds();

  /** {@return {@code fs-....fsx.REGION.amazonaws.com}} */
  String dnsName();

  /** {@return the 12-digit id of the account that owns the file system} */
  String ownerId();

  /** {@return the file system's ARN, {@code arn:aws:fsx:REGION:ACCOUNT:file-system/fs-...}} */
  String resourceArn();

  /** {@return when the file system was created} */
  Instant creationTime();

  /** {@return the file system's tags} */
  Map<String, String> tags();

  /**
   * Lustre: {@code SCRATCH_1}, {@code SCRATCH_2}, {@code PERSISTENT_1}, {@code PERSISTENT_2};
   * OpenZFS: {@code SINGLE_AZ_1}, {@code SINGLE_AZ_2}, {@code SINGLE_AZ_HA_1}, {@code
   * SINGLE_AZ_HA_2}, {@code MULTI_AZ_1}.
   *
   * @return the deployment type
   */
  String deploymentType();

  /** {@return MB/s per TiB, for PERSISTENT deployment types} */
  Optional<Integer> perUnitStorageThroughput();

  /** {@return what {@code mount -t lustre DNS@tcp:/MOUNTNAME /fsx} takes; empty for OpenZFS} */
  String mountName();

  /** {@return OpenZFS: the file servers' throughput, MB/s ({@code ThroughputCapacity})} */
  Optional<Integer> throughputCapacity();

  /**
   * {@return OpenZFS MULTI_AZ_1: the subnet of the active file server ({@code PreferredSubnetId})}
   */
  Optional<String> preferredSubnetId();

  /**
   * {@return OpenZFS: the root volume ({@code fsvol-} and 17 hex digits), exported over NFS at
   * {@code /fsx}}
   */
  Optional<String> rootVolumeId();

  /** {@return whether it is an FSx for OpenZFS file system} */
  default boolean openZfs() {
    return OPENZFS.equals(fileSystemType());
  }

  /** {@return whether its lifecycle is {@link #AVAILABLE}} */
  default boolean available() {
    return AVAILABLE.equals(lifecycle());
  }

  /** {@return a new builder with no field set} */
  static ImmutableFileSystem.Builder builder() {
    return ImmutableFileSystem.builder();
  }
}
