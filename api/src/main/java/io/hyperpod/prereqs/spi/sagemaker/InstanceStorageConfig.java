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
  @JsonProperty("EbsVolumeConfig")
  Optional<CreateClusterRequest.EbsVolumeConfig> ebsVolumeConfig();

  @JsonProperty("FsxLustreConfig")
  Optional<FsxLustreConfig> fsxLustreConfig();

  @JsonProperty("FsxOpenZfsConfig")
  Optional<FsxOpenZfsConfig> fsxOpenZfsConfig();

  /** {@return how many members are set (1 in a well-formed entry)} */
  @JsonIgnore
  @Value.Derived
  default int members() {
    return (ebsVolumeConfig().isPresent() ? 1 : 0) + (fsxLustreConfig().isPresent() ? 1 : 0)
        + (fsxOpenZfsConfig().isPresent() ? 1 : 0);
  }

  static InstanceStorageConfig ebs(CreateClusterRequest.EbsVolumeConfig config) {
    return ImmutableInstanceStorageConfig.builder().ebsVolumeConfig(config).build();
  }

  static InstanceStorageConfig lustre(String dnsName, String mountName, String mountPath) {
    return ImmutableInstanceStorageConfig.builder()
        .fsxLustreConfig(ImmutableFsxLustreConfig.builder()
            .dnsName(dnsName).mountName(mountName).mountPath(mountPath).build())
        .build();
  }

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
    @JsonProperty("DnsName")
    String dnsName();

    @JsonProperty("MountName")
    String mountName();

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
    @JsonProperty("DnsName")
    String dnsName();

    @JsonProperty("MountPath")
    String mountPath();
  }
}
