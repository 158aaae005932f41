package io.hyperpod.prereqs.spec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hyperpod.prereqs.internal.SpecStyle;
import java.util.List;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A custom VPC for the cluster: omit it to use the SageMaker platform VPC (then no FSx). */
@Value.Immutable
@SpecStyle
@JsonSerialize(as = ImmutableNetwork.class)
@JsonDeserialize(as = ImmutableNetwork.class)
@JsonPropertyOrder({
  "vpc", "availabilityZoneId", "subnets", "securityGroup", "additionalSecurityGroupIds",
  "s3GatewayEndpoint", "restrictBucketToVpc"
})
public interface Network {
  /** {@return the VPC, adopted or created} */
  VpcRef vpc();

  /**
   * The AZ id (e.g. {@code usw2-az2}), the same physical zone in every account.
   *
   * @return the AZ id, e.g. {@code usw2-az2}
   */
  String availabilityZoneId();

  /** {@return the cluster's subnets in {@link #availabilityZoneId()}, adopted or created} */
  List<SubnetRef> subnets();

  /**
   * {@return the security group of the nodes (EFA: all traffic within itself), adopted or created}
   */
  SecurityGroupRef securityGroup();

  /**
   * Existing security groups (by id) the cluster also gets, after {@link #securityGroup()}: at most
   * 4, since CreateCluster takes 5. Each needs EFA's self rules; the tool checks them, never
   * changes them.
   *
   * @return the security group ids ({@code sg-...}), at most 4; empty for none
   */
  java.util.List<String> additionalSecurityGroupIds();

  /**
   * {@return whether to add an S3 gateway endpoint (the nodes have no internet); true when not
   * given}
   */
  @Value.Default
  default boolean s3GatewayEndpoint() {
    return true;
  }

  /**
   * Whether the lifecycle bucket admits only requests through the endpoint; false when not given.
   *
   * @return whether the bucket policy denies requests that do not come through the endpoint
   */
  @Value.Default
  default boolean restrictBucketToVpc() {
    return false;
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

  /** Builds a {@link Network}. */
  final class Builder extends ImmutableNetwork.Builder implements SpecBuilder<Builder, Network> {
    /**
     * Builds the value with {@code VpcRef.builder()} and sets it.
     *
     * @param value sets the VPC's fields on a fresh builder
     * @return this builder
     */
    public Builder vpc(Consumer<VpcRef.Builder> value) {
      return vpc(VpcRef.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code SubnetRef.builder()} and adds one.
     *
     * @param value sets the subnet's fields on a fresh builder
     * @return this builder
     */
    public Builder addSubnet(Consumer<SubnetRef.Builder> value) {
      return addSubnet(SubnetRef.builder().applyMutation(value).build());
    }

    /**
     * Builds the value with {@code SecurityGroupRef.builder()} and sets it.
     *
     * @param value sets the security group's fields on a fresh builder
     * @return this builder
     */
    public Builder securityGroup(Consumer<SecurityGroupRef.Builder> value) {
      return securityGroup(SecurityGroupRef.builder().applyMutation(value).build());
    }
  }
}
