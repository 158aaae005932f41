package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Names a subnet: adopted by {@code id} or created with {@code create.cidr} in the network's AZ id. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableSubnetRef.class)
@JsonDeserialize(as = ImmutableSubnetRef.class)
@JsonPropertyOrder({"id", "create"})
public interface SubnetRef {
  /** {@return an existing subnet to adopt ({@code subnet-...}); or {@link #create()}} */
  Optional<String> id();

  /** {@return a subnet to create; or {@link #id()}} */
  Optional<SubnetCreate> create();

  /** What to create. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableSubnetCreate.class)
  @JsonDeserialize(as = ImmutableSubnetCreate.class)
  @JsonPropertyOrder({"cidr"})
  interface SubnetCreate {
    /** {@return the subnet's IPv4 CIDR, inside the VPC's} */
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

    /** Builds a {@link SubnetCreate}. */
    final class Builder extends ImmutableSubnetCreate.Builder
        implements SpecBuilder<Builder, SubnetCreate> {}
  }

  /**
   * Adopts the subnet with this id.
   *
   * @param id the subnet id, {@code subnet-} and 17 hex digits
   * @return the reference that adopts it
   */
  static SubnetRef id(String id) {
    return builder().id(id).build();
  }

  /**
   * Creates a subnet with this CIDR.
   *
   * @param cidr the new subnet's IPv4 CIDR, e.g. {@code 10.0.0.0/20}
   * @return the reference that creates it
   */
  static SubnetRef create(String cidr) {
    return builder()
        .create(SubnetCreate.builder().cidr(cidr).build())
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

  /** Builds a {@link SubnetRef}. */
  final class Builder extends ImmutableSubnetRef.Builder
      implements SpecBuilder<Builder, SubnetRef> {
    /**
     * Builds the value with {@code SubnetCreate.builder()} and sets it.
     *
     * @param value sets the new subnet's fields on a fresh builder
     * @return this builder
     */
    public Builder create(Consumer<SubnetCreate.Builder> value) {
      return create(SubnetCreate.builder().applyMutation(value).build());
    }
  }
}
