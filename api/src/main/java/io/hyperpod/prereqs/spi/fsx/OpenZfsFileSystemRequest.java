package io.hyperpod.prereqs.spi.fsx;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CreateFileSystem of an FSx for OpenZFS file system (SSD): one subnet for the single-AZ
 * deployment types, two in different AZs (with the preferred one named) for {@code MULTI_AZ_1}.
 * The root volume is exported over NFS with FSx's default client configuration.
 */
@Value.Immutable
@ValueStyle
public interface OpenZfsFileSystemRequest {
  /** {@return the subnets ({@code subnet-...}): one, or two for {@code MULTI_AZ_1}} */
  List<String> subnetIds();

  /**
   * {@return {@code MULTI_AZ_1}: the subnet of the active file server, one of {@link #subnetIds()}}
   */
  Optional<String> preferredSubnetId();

  /**
   * {@return the security groups of the file system's network interfaces; NFS clients reach it on TCP/UDP 2049}
   */
  List<String> securityGroupIds();

  /** {@return the storage capacity in GiB, 64 to 524288} */
  int storageCapacityGiB();

  /**
   * {@return {@code SINGLE_AZ_1}, {@code SINGLE_AZ_2}, {@code SINGLE_AZ_HA_1}, {@code
   * SINGLE_AZ_HA_2}, {@code MULTI_AZ_1}}
   */
  String deploymentType();

  /** {@return MB/s; the values each deployment type takes are FSx's} */
  int throughputCapacity();

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
  static ImmutableOpenZfsFileSystemRequest.Builder builder() {
    return ImmutableOpenZfsFileSystemRequest.builder();
  }
}
