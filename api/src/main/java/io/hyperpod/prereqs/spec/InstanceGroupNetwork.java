package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group's own subnets ({@code OverrideVpcConfig} of the CreateCluster request), for a cluster
 * over several AZs: 1 to 16 subnets of the cluster's VPC in one AZ id, adopted or created; the
 * group keeps the cluster's security groups. EFA traffic does not cross AZs: keep the Compute
 * groups of one partition in one AZ.
 */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableInstanceGroupNetwork.class)
@JsonDeserialize(as = ImmutableInstanceGroupNetwork.class)
@JsonPropertyOrder({"availabilityZoneId", "subnets"})
public interface InstanceGroupNetwork {
  /**
   * The AZ id of the group's subnets (e.g. {@code usw2-az1}).
   *
   * @return the AZ id, the same physical zone in every account
   */
  String availabilityZoneId();

  /** {@return the group's subnets in {@link #availabilityZoneId()}, adopted or created} */
  List<SubnetRef> subnets();

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

  /** Builds a {@link InstanceGroupNetwork}. */
  final class Builder extends ImmutableInstanceGroupNetwork.Builder
      implements SpecBuilder<Builder, InstanceGroupNetwork> {}
}
