package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * FSx for Lustre for /fsx: adopted by {@code id} or created in the cluster subnet. In the {@code ami}
 * and {@code extension} lifecycle modes HyperPod mounts it ({@code FsxLustreConfig}); in {@code
 * custom} mode the lifecycle scripts do.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFsx.class)
@JsonDeserialize(as = ImmutableFsx.class)
@JsonPropertyOrder({"id", "create", "mountPath"})
public interface Fsx {
  Optional<String> id();

  Optional<FsxCreate> create();

  /** Where the nodes mount it ({@code MountPath}). */
  @Value.Default
  default String mountPath() {
    return "/fsx";
  }

  /** A Lustre file system to create. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableFsxCreate.class)
  @JsonDeserialize(as = ImmutableFsxCreate.class)
  @JsonPropertyOrder({"storageCapacityGiB", "deploymentType", "perUnitStorageThroughput"})
  interface FsxCreate {
    int storageCapacityGiB();

    /** SCRATCH_1, SCRATCH_2, PERSISTENT_1 or PERSISTENT_2. */
    @Value.Default
    default String deploymentType() {
      return "PERSISTENT_2";
    }

    /** MB/s/TiB; required for PERSISTENT_1 and PERSISTENT_2. */
    Optional<Integer> perUnitStorageThroughput();
  }

  static Fsx id(String id) {
    return ImmutableFsx.builder().id(id).build();
  }

  static Fsx create(int storageCapacityGiB, String deploymentType, Integer perUnitThroughput) {
    return ImmutableFsx.builder()
        .create(
            ImmutableFsxCreate.builder()
                .storageCapacityGiB(storageCapacityGiB)
                .deploymentType(deploymentType)
                .perUnitStorageThroughput(Optional.ofNullable(perUnitThroughput))
                .build())
        .build();
  }
}
