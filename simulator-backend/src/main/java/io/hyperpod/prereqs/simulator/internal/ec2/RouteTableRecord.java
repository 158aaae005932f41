package io.hyperpod.prereqs.simulator.internal.ec2;

import java.util.ArrayList;
import java.util.List;

/** A route table in the store: routes and associations (main or with a subnet). */
public final class RouteTableRecord extends Ec2Record {
  String vpcId;
  String ownerId;
  List<RouteRecord> routes = new ArrayList<>();
  List<AssociationRecord> associations = new ArrayList<>();

  public String vpcId() {
    return vpcId;
  }

  public String ownerId() {
    return ownerId;
  }

  public List<RouteRecord> routes() {
    return routes;
  }

  public List<AssociationRecord> associations() {
    return associations;
  }

  public boolean main() {
    return associations.stream().anyMatch(a -> a.main);
  }

  @Override
  String resourceType() {
    return "route-table";
  }

  /** One route: a destination (block or prefix list) and a target. */
  public static final class RouteRecord {
    String destinationCidrBlock;
    String destinationPrefixListId;
    String gatewayId;
    String natGatewayId;
    String origin;

    public String destinationCidrBlock() {
      return destinationCidrBlock;
    }

    public String destinationPrefixListId() {
      return destinationPrefixListId;
    }

    public String gatewayId() {
      return gatewayId;
    }

    public String natGatewayId() {
      return natGatewayId;
    }

    public String origin() {
      return origin;
    }
  }

  /** One association: the VPC's main one, or one with a subnet. */
  public static final class AssociationRecord {
    String associationId;
    String subnetId;
    boolean main;

    public String associationId() {
      return associationId;
    }

    /** Null for the main association. */
    public String subnetId() {
      return subnetId;
    }

    public boolean main() {
      return main;
    }
  }
}
