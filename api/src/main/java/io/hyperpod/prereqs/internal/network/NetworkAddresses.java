package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.plan.ResourceAddress;
import io.hyperpod.prereqs.spec.SubnetRef;

/**
 * The addresses of the network's resources in a plan. The stack has one VPC, one security group and
 * one S3 endpoint; a subnet is named by its block when the stack creates it and by its id when the
 * stack adopts it. Leftovers of earlier runs are named by their ids.
 */
public final class NetworkAddresses {
  public static final ResourceAddress VPC = ResourceAddress.of("ec2_vpc", "main");
  public static final ResourceAddress SECURITY_GROUP =
      ResourceAddress.of(SecurityGroupResource.TYPE, "efa");
  public static final ResourceAddress S3_ENDPOINT = ResourceAddress.of("ec2_vpc_endpoint", "s3");

  /** The created group's rule letting all traffic in from itself. */
  public static final ResourceAddress INGRESS_SELF_RULE =
      rule(SecurityGroupRuleResource.Kind.INGRESS_SELF);

  /** The created group's rule letting all traffic out to itself. */
  public static final ResourceAddress EGRESS_SELF_RULE =
      rule(SecurityGroupRuleResource.Kind.EGRESS_SELF);

  private NetworkAddresses() {}

  /** An additional (adopted) security group of the cluster, by its id. */
  public static ResourceAddress additionalGroup(String groupId) {
    return ResourceAddress.of(SecurityGroupResource.TYPE, groupId);
  }

  public static ResourceAddress subnet(SubnetRef ref) {
    return ResourceAddress.of(
        SubnetResource.TYPE, ref.id().orElseGet(() -> ref.create().orElseThrow().cidr()));
  }

  /** One of the stack's rules on its security group: {@code efa/ingress-self}, ... */
  static ResourceAddress rule(SecurityGroupRuleResource.Kind kind) {
    return ResourceAddress.of(SecurityGroupRuleResource.TYPE, "efa/" + kind.label());
  }
}
