package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Names a VPC: adopted by {@code id} or created with {@code create.cidr}. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableVpcRef.class)
@JsonDeserialize(as = ImmutableVpcRef.class)
@JsonPropertyOrder({"id", "create"})
public interface VpcRef {
  /** {@return an existing VPC to adopt ({@code vpc-...}); or {@link #create()}} */
  Optional<String> id();

  /** {@return a VPC to create; or {@link #id()}} */
  Optional<VpcCreate> create();

  /** What to create. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableVpcCreate.class)
  @JsonDeserialize(as = ImmutableVpcCreate.class)
  @JsonPropertyOrder({"cidr"})
  interface VpcCreate {
    /** {@return the VPC's IPv4 CIDR, e.g. {@code 10.0.0.0/16}} */
    String cidr();

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

    /** Builds a {@link VpcCreate}. */
    final class Builder extends ImmutableVpcCreate.Builder
        implements SpecBuilder<Builder, VpcCreate> {}
  }

  /**
   * Adopts the VPC with this id.
   *
   * @param id the VPC id, {@code vpc-} and 17 hex digits
   * @return the reference that adopts it
   */
  static VpcRef id(String id) {
    return builder().id(id).build();
  }

  /**
   * Creates a VPC with this CIDR.
   *
   * @param cidr the new VPC's IPv4 CIDR, e.g. {@code 10.0.0.0/16}
   * @return the reference that creates it
   */
  static VpcRef create(String cidr) {
    return builder()
        .create(VpcCreate.builder().cidr(cidr).build())
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

  /** Builds a {@link VpcRef}. */
  final class Builder extends ImmutableVpcRef.Builder implements SpecBuilder<Builder, VpcRef> {
    /**
     * Builds the value with {@code VpcCreate.builder()} and sets it.
     *
     * @param value sets the new VPC's fields on a fresh builder
     * @return this builder
     */
    public Builder create(Consumer<VpcCreate.Builder> value) {
      return create(VpcCreate.builder().applyMutation(value).build());
    }
  }
}
