package io.hyperpod.prereqs.spi.ec2;

import io.hyperpod.prereqs.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VPC endpoint (DescribeVpcEndpoints). A gateway endpoint for S3 ({@code
 * com.amazonaws.REGION.s3}) puts a route to S3's prefix list into each of its route tables.
 */
@Value.Immutable
@ValueStyle
public interface VpcEndpoint {
  /**
   * The service name of S3 in a region: the gateway endpoint the nodes reach S3 through.
   *
   * @param region the region's name, e.g. {@code us-west-2}
   * @return the service name, e.g. {@code com.amazonaws.us-west-2.s3}
   */
  static String s3ServiceName(String region) {
    return "com.amazonaws." + region + ".s3";
  }

  /** {@return {@code vpce-...}} */
  String vpcEndpointId();

  /** {@return the VPC's id, {@code vpc-...}} */
  String vpcId();

  /** {@return the service's name, e.g. {@code com.amazonaws.us-west-2.s3}} */
  String serviceName();

  /**
   * {@code Gateway}, {@code Interface}, ...
   *
   * @return the endpoint's type
   */
  String vpcEndpointType();

  /**
   * {@code available}, {@code pending}, {@code deleting}, ...
   *
   * @return the endpoint's state
   */
  String state();

  /** {@return the route tables ({@code rtb-...}) a gateway endpoint has routes in} */
  List<String> routeTableIds();

  /** {@return the endpoint policy, JSON; absent when AWS answered none} */
  Optional<String> policyDocument();

  /** {@return when the endpoint was created} */
  Instant creationTimestamp();

  /** {@return the endpoint's tags} */
  Map<String, String> tags();

  /** {@return a new builder with no field set} */
  static ImmutableVpcEndpoint.Builder builder() {
    return ImmutableVpcEndpoint.builder();
  }
}
