package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** A custom VPC for the cluster: omit it to use the SageMaker platform VPC (then no FSx). */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableNetwork.class)
@JsonDeserialize(as = ImmutableNetwork.class)
@JsonPropertyOrder({
  "vpc", "availabilityZoneId", "subnets", "securityGroup", "additionalSecurityGroupIds",
  "s3GatewayEndpoint", "restrictBucketToVpc"
})
public interface Network {
  VpcRef vpc();

  /** The AZ id (e.g. {@code usw2-az2}), the same physical zone in every account. */
  String availabilityZoneId();

  List<SubnetRef> subnets();

  SecurityGroupRef securityGroup();

  /**
   * Existing security groups (by id) the cluster also gets, after {@link #securityGroup()}: at most
   * 4, since CreateCluster takes 5. Each needs EFA's self rules; the tool checks them, never
   * changes them.
   */
  java.util.List<String> additionalSecurityGroupIds();

  @Value.Default
  default boolean s3GatewayEndpoint() {
    return true;
  }

  @Value.Default
  default boolean restrictBucketToVpc() {
    return false;
  }

  static ImmutableNetwork.Builder builder() {
    return ImmutableNetwork.builder();
  }
}
