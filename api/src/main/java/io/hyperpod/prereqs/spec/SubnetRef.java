package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Names a subnet: adopted by {@code id} or created with {@code create.cidr} in the network's AZ id. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSubnetRef.class)
@JsonDeserialize(as = ImmutableSubnetRef.class)
@JsonPropertyOrder({"id", "create"})
public interface SubnetRef {
  Optional<String> id();

  Optional<SubnetCreate> create();

  /** What to create. */
  @Value.Immutable
  @ValueStyle
  @JsonSerialize(as = ImmutableSubnetCreate.class)
  @JsonDeserialize(as = ImmutableSubnetCreate.class)
  @JsonPropertyOrder({"cidr"})
  interface SubnetCreate {
    String cidr();
  }

  static SubnetRef id(String id) {
    return ImmutableSubnetRef.builder().id(id).build();
  }

  static SubnetRef create(String cidr) {
    return ImmutableSubnetRef.builder()
        .create(ImmutableSubnetCreate.builder().cidr(cidr).build())
        .build();
  }
}
