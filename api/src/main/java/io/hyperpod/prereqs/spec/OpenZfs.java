package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * FSx for OpenZFS, mounted over NFS by every instance group ({@code FsxOpenZfsConfig} of the
 * CreateCluster request; {@code /home} by default): adopted by {@code id} or created in the
 * cluster's first subnet ({@code MULTI_AZ_1}: with a standby in the first subnet of a group in
 * another AZ).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableOpenZfs.class)
@JsonDeserialize(as = ImmutableOpenZfs.class)
@JsonPropertyOrder({"id", "create", "mountPath"})
public interface OpenZfs {
  Optional<String> id();

  Optional<OpenZfsCreate> create();

  /** Where the nodes mount it ({@code MountPath}). */
  @Value.Default
  default String mountPath() {
    return "/home";
  }

  /** An OpenZFS file system to create. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableOpenZfsCreate.class)
  @JsonDeserialize(as = ImmutableOpenZfsCreate.class)
  @JsonPropertyOrder({"storageCapacityGiB", "deploymentType", "throughputCapacity"})
  interface OpenZfsCreate {
    /** 64 to 524288 GiB. */
    int storageCapacityGiB();

    /**
     * SINGLE_AZ_1, SINGLE_AZ_2, SINGLE_AZ_HA_1, SINGLE_AZ_HA_2 (not offered in every region) or
     * MULTI_AZ_1.
     */
    String deploymentType();

    /** MB/s: 64-4096 for the first generation, 160-10240 for SINGLE_AZ_2, SINGLE_AZ_HA_2, MULTI_AZ_1. */
    int throughputCapacity();
  }

  static OpenZfs id(String id) {
    return ImmutableOpenZfs.builder().id(id).build();
  }

  static OpenZfs create(int storageCapacityGiB, String deploymentType, int throughputCapacity) {
    return ImmutableOpenZfs.builder()
        .create(ImmutableOpenZfsCreate.builder()
            .storageCapacityGiB(storageCapacityGiB)
            .deploymentType(deploymentType)
            .throughputCapacity(throughputCapacity)
            .build())
        .build();
  }
}
