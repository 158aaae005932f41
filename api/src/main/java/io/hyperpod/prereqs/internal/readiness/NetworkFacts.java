package io.hyperpod.prereqs.internal.readiness;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest.VpcConfig;
import io.hyperpod.prereqs.spi.ec2.Route;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network a CreateCluster request names, as read: its subnets and security groups, their
 * VPC, each subnet's route table, and the S3 gateway endpoint the nodes' S3 requests go through.
 * Without a VpcConfig the nodes sit in SageMaker's platform VPC and reach S3 directly.
 */
record NetworkFacts(
    Optional<VpcConfig> config,
    List<Subnet> subnets,
    List<SecurityGroup> groups,
    Map<String, Optional<RouteTable>> routeTables,
    Optional<String> s3PrefixListId) {

  static NetworkFacts read(AccountView view, Optional<VpcConfig> config) {
    if (config.isEmpty()) {
      return new NetworkFacts(config, List.of(), List.of(), Map.of(), Optional.empty());
    }
    List<Subnet> subnets = view.subnets(config.get().subnets());
    List<SecurityGroup> groups = view.securityGroups(config.get().securityGroupIds());
    Map<String, Optional<RouteTable>> tables = new java.util.LinkedHashMap<>();
    for (Subnet s : subnets) {
      List<RouteTable> all = view.routeTables(s.vpcId());
      Optional<RouteTable> t =
          all.stream()
              .filter(r -> r.associatedWith(s.subnetId()))
              .findFirst()
              .or(() -> all.stream().filter(RouteTable::main).findFirst());
      tables.put(s.subnetId(), t);
    }
    return new NetworkFacts(config, subnets, groups, tables, view.s3PrefixListId());
  }

  boolean customVpc() {
    return config.isPresent();
  }

  Optional<String> vpcId() {
    return subnets.stream().map(Subnet::vpcId).findFirst();
  }

  /** The gateway endpoint that the first subnet's route table sends S3 traffic to. */
  Optional<String> s3EndpointId() {
    return subnets.stream()
        .findFirst()
        .flatMap(s -> routeTables.getOrDefault(s.subnetId(), Optional.empty()))
        .flatMap(
            t ->
                t.routes().stream()
                    .filter(r -> s3PrefixListId.isPresent()
                        && r.destinationPrefixListId().equals(s3PrefixListId))
                    .map(Route::gatewayId)
                    .flatMap(Optional::stream)
                    .filter(g -> g.startsWith("vpce-"))
                    .findFirst());
  }

  /** The request context of the nodes' S3 requests: the endpoint and VPC they come through. */
  Map<String, List<String>> s3Context() {
    Map<String, List<String>> ctx = new java.util.HashMap<>();
    s3EndpointId().ifPresent(e -> ctx.put("aws:SourceVpce", List.of(e)));
    if (customVpc()) {
      vpcId().ifPresent(v -> ctx.put("aws:SourceVpc", List.of(v)));
    }
    return ctx;
  }
}
