package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * FSx for OpenZFS, mounted over NFS by every instance group ({@code FsxOpenZfsConfig} of the
 * CreateCluster request; {@code /home} by default): adopted by {@code id} or created in the
 * cluster's first subnet ({@code MULTI_AZ_1}: with a standby in the first subnet of a group in
 * another AZ).
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableOpenZfs.class)
@JsonDeserialize(as = ImmutableOpenZfs.class)
@JsonPropertyOrder({"id", "create", "mountPath"})
public interface OpenZfs {
  /** {@return the id ({@code fs-...}) of the file system to adopt; or {@link #create()}} */
  Optional<String> id();

  /** {@return the file system the stack creates; or {@link #id()}} */
  Optional<OpenZfsCreate> create();

  /** {@return where the nodes mount it ({@code MountPath})} */
  @Value.Default
  default String mountPath() {
    return "/home";
  }

  /** An OpenZFS file system to create. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableOpenZfsCreate.class)
  @JsonDeserialize(as = ImmutableOpenZfsCreate.class)
  @JsonPropertyOrder({"storageCapacityGiB", "deploymentType", "throughputCapacity"})
  interface OpenZfsCreate {
    /** {@return 64 to 524288 GiB} */
    int storageCapacityGiB();

    /**
     * SINGLE_AZ_1, SINGLE_AZ_2, SINGLE_AZ_HA_1, SINGLE_AZ_HA_2 (not offered in every region) or
     * MULTI_AZ_1.
     *
     * @return the deployment type, e.g. {@code SINGLE_AZ_HA_2}
     */
    String deploymentType();

    /**
     * {@return MB/s: 64-4096 for the first generation, 160-10240 for SINGLE_AZ_2, SINGLE_AZ_HA_2,
     * MULTI_AZ_1}
     */
    int throughputCapacity();

    /**
     * {@return a new builder; {@code build()} names each required field left unset as a spec
     * problem}
     */
    static Builder builder() {
      return new Builder();
    }

    /** {@return a builder holding this value's fields, to build a changed copy} */
    default Builder toBuilder() {
      return builder().from(this);
    }

    /** Builds a {@link OpenZfsCreate}. */
    final class Builder extends ImmutableOpenZfsCreate.Builder
        implements SpecBuilder<Builder, OpenZfsCreate> {}
  }

  /**
   * Adopts the file system with this id ({@code fs-...}).
   *
   * @param id the file system id, {@code fs-} and 17 hex digits
   * @return the OpenZFS setting that adopts it
   */
  static OpenZfs id(String id) {
    return builder().id(id).build();
  }

  /**
   * Creates one of this size (GiB), deployment type and throughput (MB/s).
   *
   * @param storageCapacityGiB the storage capacity in GiB
   * @param deploymentType the deployment type, e.g. {@code SINGLE_AZ_HA_2}
   * @param throughputCapacity the throughput capacity in MB/s
   * @return the OpenZFS setting that creates it
   */
  static OpenZfs create(int storageCapacityGiB, String deploymentType, int throughputCapacity) {
    return builder()
        .create(c -> c.storageCapacityGiB(storageCapacityGiB)
            .deploymentType(deploymentType)
            .throughputCapacity(throughputCapacity))
        .build();
  }

  /**
   * {@return a new builder; {@code build()} names each required field left unset as a spec problem}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this value's fields, to build a changed copy} */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link OpenZfs}. */
  final class Builder extends ImmutableOpenZfs.Builder implements SpecBuilder<Builder, OpenZfs> {
    /**
     * Builds the value with {@code OpenZfsCreate.builder()} and sets it.
     *
     * @param value sets the new file system's fields on a fresh builder
     * @return this builder
     */
    public Builder create(Consumer<OpenZfsCreate.Builder> value) {
      return create(OpenZfsCreate.builder().applyMutation(value).build());
    }
  }
}
