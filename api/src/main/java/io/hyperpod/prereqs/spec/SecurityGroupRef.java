package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** Names a security group: adopted by {@code id} or created with {@code create.name}. */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableSecurityGroupRef.class)
@JsonDeserialize(as = ImmutableSecurityGroupRef.class)
@JsonPropertyOrder({"id", "create"})
public interface SecurityGroupRef {
  /** {@return an existing security group to adopt ({@code sg-...}); or {@link #create()}} */
  Optional<String> id();

  /** {@return a security group to create; or {@link #id()}} */
  Optional<SecurityGroupCreate> create();

  /** What to create. */
  @Value.Immutable
  @SpecStyle
  @JsonSerialize(as = ImmutableSecurityGroupCreate.class)
  @JsonDeserialize(as = ImmutableSecurityGroupCreate.class)
  @JsonPropertyOrder({"name"})
  interface SecurityGroupCreate {
    /** {@return the group's name} */
    String name();

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

    /** Builds a {@link SecurityGroupCreate}. */
    final class Builder extends ImmutableSecurityGroupCreate.Builder
        implements SpecBuilder<Builder, SecurityGroupCreate> {}
  }

  /**
   * Adopts the security group with this id.
   *
   * @param id the security group id, {@code sg-} and 17 hex digits
   * @return the reference that adopts it
   */
  static SecurityGroupRef id(String id) {
    return builder().id(id).build();
  }

  /**
   * Creates a security group with this name.
   *
   * @param name the new security group's name
   * @return the reference that creates it
   */
  static SecurityGroupRef create(String name) {
    return builder()
        .create(SecurityGroupCreate.builder().name(name).build())
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

  /** Builds a {@link SecurityGroupRef}. */
  final class Builder extends ImmutableSecurityGroupRef.Builder
      implements SpecBuilder<Builder, SecurityGroupRef> {
    /**
     * Builds the value with {@code SecurityGroupCreate.builder()} and sets it.
     *
     * @param value sets the new security group's fields on a fresh builder
     * @return this builder
     */
    public Builder create(Consumer<SecurityGroupCreate.Builder> value) {
      return create(SecurityGroupCreate.builder().applyMutation(value).build());
    }
  }
}
