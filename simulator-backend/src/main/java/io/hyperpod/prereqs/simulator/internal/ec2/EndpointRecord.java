package io.hyperpod.prereqs.simulator.internal.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A VPC endpoint in the store, with the client token it was made with. */
public final class EndpointRecord extends Ec2Record {
  String vpcId;
  String serviceName;
  String type;
  String state;
  List<String> routeTableIds = new ArrayList<>();
  String policyDocument;
  String clientToken;
  Instant creationTimestamp;
  String ownerId;

  public String vpcId() {
    return vpcId;
  }

  public String serviceName() {
    return serviceName;
  }

  public String type() {
    return type;
  }

  public String state() {
    return state;
  }

  public List<String> routeTableIds() {
    return routeTableIds;
  }

  public String policyDocument() {
    return policyDocument;
  }

  public String clientToken() {
    return clientToken;
  }

  public Instant creationTimestamp() {
    return creationTimestamp;
  }

  public String ownerId() {
    return ownerId;
  }

  @Override
  String resourceType() {
    return "vpc-endpoint";
  }
}
