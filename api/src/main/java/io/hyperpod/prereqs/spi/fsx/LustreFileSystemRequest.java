package io.hyperpod.prereqs.spi.fsx;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** CreateFileSystem of an FSx for Lustre file system (SSD) in one subnet. */
@Value.Immutable
@ValueStyle
public interface LustreFileSystemRequest {
  /** {@return the one subnet; the file system lives in its availability zone} */
  String subnetId();

  /**
   * {@return the security groups of the file system's network interfaces; they must let Lustre (TCP
   * 988) in}
   */
  List<String> securityGroupIds();

  /** {@return the storage capacity in GiB: 1200, 2400, then steps of 2400 (3600 for SCRATCH_1)} */
  int storageCapacityGiB();

  /**
   * {@return the deployment type: {@code SCRATCH_1}, {@code SCRATCH_2}, {@code PERSISTENT_1} or
   * {@code PERSISTENT_2}}
   */
  String deploymentType();

  /**
   * {@return MB/s per TiB; required for PERSISTENT_1 (50, 100, 200) and PERSISTENT_2 (125-1000)}
   */
  Optional<Integer> perUnitStorageThroughput();

  /** {@return the Lustre version} */
  @Value.Default
  default String fileSystemTypeVersion() {
    return "2.15";
  }

  /**
   * Makes a retried request idempotent: the same token with the same parameters answers the file
   * system made the first time; with other parameters FSx fails with IncompatibleParameterError.
   *
   * @return the token, unique per logical request
   */
  String clientRequestToken();

  /** {@return the tags of the new file system} */
  Map<String, String> tags();

  /** {@return a new builder with no field set} */
  static ImmutableLustreFileSystemRequest.Builder builder() {
    return ImmutableLustreFileSystemRequest.builder();
  }
}
