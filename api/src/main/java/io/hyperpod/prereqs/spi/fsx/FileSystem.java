package io.hyperpod.prereqs.spi.fsx;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An FSx file system (DescribeFileSystems), with the Lustre settings the cluster needs: where it
 * lives (VPC, its one subnet), how nodes mount it (DNS name, mount name) and its lifecycle.
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

  /** {@code fs-} and 17 hex digits. */
  String fileSystemId();

  /** {@code LUSTRE}, ... */
  String fileSystemType();

  /**
   * {@code AVAILABLE}, {@code CREATING}, {@code FAILED}, {@code DELETING}, {@code MISCONFIGURED},
   * {@code UPDATING}, {@code MISCONFIGURED_UNAVAILABLE}.
   */
  String lifecycle();

  /** Why it FAILED, when it did. */
  Optional<String> failureMessage();

  /** GiB. */
  int storageCapacity();

  /** {@code SSD}, {@code HDD}, {@code INTELLIGENT_TIERING}. */
  String storageType();

  String vpcId();

  /** A Lustre file system has exactly one. */
  List<String> subnetIds();

  List<String> networkInterfaceIds();

  /** {@code fs-....fsx.REGION.amazonaws.com}. */
  String dnsName();

  String ownerId();

  String resourceArn();

  Instant creationTime();

  Map<String, String> tags();

  /** {@code SCRATCH_1}, {@code SCRATCH_2}, {@code PERSISTENT_1}, {@code PERSISTENT_2}. */
  String deploymentType();

  /** MB/s per TiB, for PERSISTENT deployment types. */
  Optional<Integer> perUnitStorageThroughput();

  /** What {@code mount -t lustre DNS@tcp:/MOUNTNAME /fsx} takes. */
  String mountName();

  default boolean available() {
    return AVAILABLE.equals(lifecycle());
  }

  static ImmutableFileSystem.Builder builder() {
    return ImmutableFileSystem.builder();
  }
}
