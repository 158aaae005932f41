package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Names a security group: adopted by {@code id} or created with {@code create.name}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSecurityGroupRef.class)
@JsonDeserialize(as = ImmutableSecurityGroupRef.class)
@JsonPropertyOrder({"id", "create"})
public interface SecurityGroupRef {
  Optional<String> id();

  Optional<SecurityGroupCreate> create();

  /** What to create. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableSecurityGroupCreate.class)
  @JsonDeserialize(as = ImmutableSecurityGroupCreate.class)
  @JsonPropertyOrder({"name"})
  interface SecurityGroupCreate {
    String name();
  }

  static SecurityGroupRef id(String id) {
    return ImmutableSecurityGroupRef.builder().id(id).build();
  }

  static SecurityGroupRef create(String name) {
    return ImmutableSecurityGroupRef.builder()
        .create(ImmutableSecurityGroupCreate.builder().name(name).build())
        .build();
  }
}
