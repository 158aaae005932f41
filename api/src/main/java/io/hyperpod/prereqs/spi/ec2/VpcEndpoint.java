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
  /** The service name of S3 in a region: the gateway endpoint the nodes reach S3 through. */
  static String s3ServiceName(String region) {
    return "com.amazonaws." + region + ".s3";
  }

  /** {@return {@code vpce-...}} */
  String vpcEndpointId();

  String vpcId();

  String serviceName();

  /** {@code Gateway}, {@code Interface}, ... */
  String vpcEndpointType();

  /** {@code available}, {@code pending}, {@code deleting}, ... */
  String state();

  List<String> routeTableIds();

  Optional<String> policyDocument();

  Instant creationTimestamp();

  Map<String, String> tags();

  static ImmutableVpcEndpoint.Builder builder() {
    return ImmutableVpcEndpoint.builder();
  }
}
