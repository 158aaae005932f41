package io.hyperpod.prereqs.internal.network;

import io.hyperpod.prereqs.spec.InstanceGroup;
import java.util.List;

/**
 * The network interfaces HyperPod's nodes take in the cluster's VPC: one per network card of an
 * instance, so as many as the addresses they take ({@link AddressBudget}), e.g. 32 for a P5.
 */
public final class NetworkInterfaces {
  private NetworkInterfaces() {}

  /** The interfaces the instance groups' nodes take together. */
  public static int ofInstances(List<InstanceGroup> groups) {
    return AddressBudget.instances(groups);
  }

  /** The interfaces {@code count} instances of one type take. */
  public static int of(String instanceType, int count) {
    return count * AddressBudget.perInstance(instanceType);
  }
}
