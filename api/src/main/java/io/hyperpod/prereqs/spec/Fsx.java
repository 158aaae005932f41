package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * FSx for Lustre for /fsx: adopted by {@code id} or created in the cluster subnet. In the {@code ami}
 * and {@code extension} lifecycle modes HyperPod mounts it ({@code FsxLustreConfig}); in {@code
 * custom} mode the lifecycle scripts do.
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableFsx.class)
@JsonDeserialize(as = ImmutableFsx.class)
@JsonPropertyOrder({"id", "create", "mountPath"})
public interface Fsx {
  /** {@return an existing file system to adopt ({@code fs-...}); or {@link #create()}} */
  Optional<String> id();

  /** {@return a file system to create; or {@link #id()}} */
  Optional<FsxCreate> create();

  /** {@return where the nodes mount it ({@code MountPath})} */
  @Value.Default
  default String mountPath() {
    return "/fsx";
  }

  /** A Lustre file system to create. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableFsxCreate.class)
  @JsonDeserialize(as = ImmutableFsxCreate.class)
  @JsonPropertyOrder({"storageCapacityGiB", "deploymentType", "perUnitStorageThroughput"})
  interface FsxCreate {
    /** {@return the capacity in GiB: 1200, 2400, then steps the deployment type allows} */
    int storageCapacityGiB();

    /** {@return the deployment type; {@code PERSISTENT_2} when not given} */
    @Value.Default
    default FsxDeploymentType deploymentType() {
      return FsxDeploymentType.PERSISTENT_2;
    }

    /** {@return MB/s/TiB; required for PERSISTENT_1 and PERSISTENT_2} */
    Optional<Integer> perUnitStorageThroughput();

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

    /** Builds a {@link FsxCreate}. */
    final class Builder extends ImmutableFsxCreate.Builder
        implements SpecBuilder<Builder, FsxCreate> {}
  }

  /**
   * Adopts the file system with this id ({@code fs-...}).
   *
   * @param id the file system id, {@code fs-} and 17 hex digits
   * @return the FSx setting that adopts it
   */
  static Fsx id(String id) {
    return builder().id(id).build();
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

  /** Builds a {@link Fsx}. */
  final class Builder extends ImmutableFsx.Builder implements SpecBuilder<Builder, Fsx> {
    /**
     * Builds the value with {@code FsxCreate.builder()} and sets it.
     *
     * @param value sets the new file system's fields on a fresh builder
     * @return this builder
     */
    public Builder create(Consumer<FsxCreate.Builder> value) {
      return create(FsxCreate.builder().applyMutation(value).build());
    }
  }
}
