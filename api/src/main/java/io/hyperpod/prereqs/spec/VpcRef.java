package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Names a VPC: adopted by {@code id} or created with {@code create.cidr}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableVpcRef.class)
@JsonDeserialize(as = ImmutableVpcRef.class)
@JsonPropertyOrder({"id", "create"})
public interface VpcRef {
  Optional<String> id();

  Optional<VpcCreate> create();

  /** What to create. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableVpcCreate.class)
  @JsonDeserialize(as = ImmutableVpcCreate.class)
  @JsonPropertyOrder({"cidr"})
  interface VpcCreate {
    String cidr();
  }

  static VpcRef id(String id) {
    return ImmutableVpcRef.builder().id(id).build();
  }

  static VpcRef create(String cidr) {
    return ImmutableVpcRef.builder()
        .create(ImmutableVpcCreate.builder().cidr(cidr).build())
        .build();
  }
}
