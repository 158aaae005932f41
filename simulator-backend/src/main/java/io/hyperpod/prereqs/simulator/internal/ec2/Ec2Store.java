package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The EC2 state of one account in one region (serialised with the simulator's state): VPCs,
 * subnets, security groups, route tables, endpoints and other services' network interfaces, by
 * id. The region's default VPC is made the first time EC2 is used there ({@link #initialized}).
 */
public final class Ec2Store {
  boolean initialized;
  TreeMap<String, VpcRecord> vpcs = new TreeMap<>();
  TreeMap<String, SubnetRecord> subnets = new TreeMap<>();
  TreeMap<String, SecurityGroupRecord> securityGroups = new TreeMap<>();
  TreeMap<String, RouteTableRecord> routeTables = new TreeMap<>();
  TreeMap<String, EndpointRecord> endpoints = new TreeMap<>();
  TreeMap<String, NetworkInterfaceRecord> networkInterfaces = new TreeMap<>();

  public Collection<VpcRecord> vpcs() {
    return Collections.unmodifiableCollection(vpcs.values());
  }

  public Collection<SubnetRecord> subnets() {
    return Collections.unmodifiableCollection(subnets.values());
  }

  public Collection<SecurityGroupRecord> securityGroups() {
    return Collections.unmodifiableCollection(securityGroups.values());
  }

  public Collection<RouteTableRecord> routeTables() {
    return Collections.unmodifiableCollection(routeTables.values());
  }

  public Collection<EndpointRecord> endpoints() {
    return Collections.unmodifiableCollection(endpoints.values());
  }

  public Collection<NetworkInterfaceRecord> networkInterfaces() {
    return Collections.unmodifiableCollection(networkInterfaces.values());
  }

  public Optional<VpcRecord> vpc(String id) {
    return Optional.ofNullable(vpcs.get(id));
  }

  public Optional<SubnetRecord> subnet(String id) {
    return Optional.ofNullable(subnets.get(id));
  }

  public Optional<SecurityGroupRecord> securityGroup(String id) {
    return Optional.ofNullable(securityGroups.get(id));
  }

  /** Every record that can carry tags, security group rules included. */
  Stream<Ec2Record> taggable() {
    return Stream.of(
            vpcs.values().stream(),
            subnets.values().stream(),
            securityGroups.values().stream(),
            securityGroups.values().stream().flatMap(g -> g.rules.stream()),
            routeTables.values().stream(),
            endpoints.values().stream(),
            networkInterfaces.values().stream())
        .flatMap(s -> s.map(r -> (Ec2Record) r));
  }
}
