package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** FSx for Lustre for /fsx: adopted by {@code id} or created in the cluster subnet. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableFsx.class)
@JsonDeserialize(as = ImmutableFsx.class)
@JsonPropertyOrder({"id", "create"})
public interface Fsx {
  /** An existing file system to adopt ({@code fs-...}); or {@link #create()}. */
  Optional<String> id();

  /** A file system to create; or {@link #id()}. */
  Optional<FsxCreate> create();

  /** A Lustre file system to create. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableFsxCreate.class)
  @JsonDeserialize(as = ImmutableFsxCreate.class)
  @JsonPropertyOrder({"storageCapacityGiB", "deploymentType", "perUnitStorageThroughput"})
  interface FsxCreate {
    /** The capacity in GiB: 1200, 2400, then steps the deployment type allows. */
    int storageCapacityGiB();

    /** The deployment type; {@code PERSISTENT_2} when not given. */
    @Value.Default
    default FsxDeploymentType deploymentType() {
      return FsxDeploymentType.PERSISTENT_2;
    }

    /** MB/s/TiB; required for PERSISTENT_1 and PERSISTENT_2. */
    Optional<Integer> perUnitStorageThroughput();

    /** A new builder; {@code build()} names each required field left unset as a spec problem. */
    static Builder builder() {
      return new Builder();
    }

    /** A builder holding this value's fields, to build a changed copy. */
    default Builder toBuilder() {
      return builder().from(this);
    }

    /** Builds a {@link FsxCreate}. */
    final class Builder extends ImmutableFsxCreate.Builder
        implements SpecBuilder<Builder, FsxCreate> {}
  }

  /** Adopts the file system with this id ({@code fs-...}). */
  static Fsx id(String id) {
    return builder().id(id).build();
  }


  /** A new builder; {@code build()} names each required field left unset as a spec problem. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this value's fields, to build a changed copy. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Fsx}. */
  final class Builder extends ImmutableFsx.Builder implements SpecBuilder<Builder, Fsx> {
    /** Builds the value with {@code FsxCreate.builder()} and sets it. */
    public Builder create(Consumer<FsxCreate.Builder> value) {
      return create(FsxCreate.builder().applyMutation(value).build());
    }
  }
}
