package io.hyperpod.prereqs.spi.sagemaker;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code ClusterInstanceStorageConfig}, one entry of an instance group's {@code
 * InstanceStorageConfigs}: a union, so exactly one member is set: an EBS volume, or an FSx file
 * system HyperPod mounts on the group's nodes when they are provisioned (at most one of each FSx
 * kind per group).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableInstanceStorageConfig.class)
@JsonDeserialize(as = ImmutableInstanceStorageConfig.class)
@JsonPropertyOrder({"EbsVolumeConfig", "FsxLustreConfig", "FsxOpenZfsConfig"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface InstanceStorageConfig {
  /** {@return {@code EbsVolumeConfig}: an EBS volume of the group's instances} */
  @JsonProperty("EbsVolumeConfig")
  Optional<CreateClusterRequest.EbsVolumeConfig> ebsVolumeConfig();

  /** {@return {@code FsxLustreConfig}: an FSx for Lustre file system to mount} */
  @JsonProperty("FsxLustreConfig")
  Optional<FsxLustreConfig> fsxLustreConfig();

  /** {@return {@code FsxOpenZfsConfig}: an FSx for OpenZFS file system to mount} */
  @JsonProperty("FsxOpenZfsConfig")
  Optional<FsxOpenZfsConfig> fsxOpenZfsConfig();

  /** {@return how many members are set (1 in a well-formed entry)} */
  @JsonIgnore
  @Value.Derived
  default int members() {
    return (ebsVolumeConfig().isPresent() ? 1 : 0) + (fsxLustreConfig().isPresent() ? 1 : 0)
        + (fsxOpenZfsConfig().isPresent() ? 1 : 0);
  }

  /**
   * An entry with an EBS volume.
   *
   * @param config the volume
   * @return the entry
   */
  static InstanceStorageConfig ebs(CreateClusterRequest.EbsVolumeConfig config) {
    return ImmutableInstanceStorageConfig.builder().ebsVolumeConfig(config).build();
  }

  /**
   * An entry that mounts an FSx for Lustre file system.
   *
   * @param dnsName the file system's DNS name, e.g. {@code fs-0123.fsx.us-west-2.amazonaws.com}
   * @param mountName the file system's mount name, e.g. {@code abcdefgh}
   * @param mountPath where the nodes mount it, e.g. {@code /fsx}
   * @return the entry
   */
  static InstanceStorageConfig lustre(String dnsName, String mountName, String mountPath) {
    return ImmutableInstanceStorageConfig.builder()
        .fsxLustreConfig(ImmutableFsxLustreConfig.builder()
            .dnsName(dnsName).mountName(mountName).mountPath(mountPath).build())
        .build();
  }

  /**
   * An entry that mounts an FSx for OpenZFS file system.
   *
   * @param dnsName the file system's DNS name
   * @param mountPath where the nodes mount it, e.g. {@code /home}
   * @return the entry
   */
  static InstanceStorageConfig openZfs(String dnsName, String mountPath) {
    return ImmutableInstanceStorageConfig.builder()
        .fsxOpenZfsConfig(ImmutableFsxOpenZfsConfig.builder()
            .dnsName(dnsName).mountPath(mountPath).build())
        .build();
  }

  /** {@code FSxLustreConfig}: {@code mount -t lustre DNS@tcp:/MOUNTNAME MOUNTPATH}. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableFsxLustreConfig.class)
  @JsonDeserialize(as = ImmutableFsxLustreConfig.class)
  @JsonPropertyOrder({"DnsName", "MountName", "MountPath"})
  interface FsxLustreConfig {
    /** {@return {@code DnsName}: the file system's DNS name} */
    @JsonProperty("DnsName")
    String dnsName();

    /** {@return {@code MountName}: the Lustre mount name} */
    @JsonProperty("MountName")
    String mountName();

    /** {@return {@code MountPath}: where the nodes mount it, e.g. {@code /fsx}} */
    @JsonProperty("MountPath")
    String mountPath();
  }

  /** {@code FSxOpenZfsConfig}: an NFS mount of the file system's root volume at MOUNTPATH. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableFsxOpenZfsConfig.class)
  @JsonDeserialize(as = ImmutableFsxOpenZfsConfig.class)
  @JsonPropertyOrder({"DnsName", "MountPath"})
  interface FsxOpenZfsConfig {
    /** {@return {@code DnsName}: the file system's DNS name} */
    @JsonProperty("DnsName")
    String dnsName();

    /** {@return {@code MountPath}: where the nodes mount it, e.g. {@code /home}} */
    @JsonProperty("MountPath")
    String mountPath();
  }
}
