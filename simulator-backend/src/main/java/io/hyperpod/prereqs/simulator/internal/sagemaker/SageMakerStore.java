package io.hyperpod.prereqs.simulator.internal.sagemaker;

import java.util.Optional;
import java.util.TreeMap;

/** The SageMaker state of one account in one region (serialised with the simulator's state). */
public final class SageMakerStore {
  private TreeMap<String, ClusterRecord> clusters = new TreeMap<>();

  /** Clusters by name. */
  public TreeMap<String, ClusterRecord> clusters() {
    return clusters;
  }

  /** The next instant after {@code now} at which a cluster leaves Creating or Deleting. */
  public Optional<java.time.Instant> nextTransition(java.time.Instant now) {
    return clusters.values().stream()
        .map(c -> c.transitionAt)
        .filter(t -> t != null && t.isAfter(now))
        .min(java.util.Comparator.naturalOrder());
  }

  /** The cluster of this name or ARN. */
  public Optional<ClusterRecord> find(String nameOrArn) {
    if (nameOrArn.startsWith("arn:")) {
      return clusters.values().stream().filter(c -> c.clusterArn.equals(nameOrArn)).findFirst();
    }
    return Optional.ofNullable(clusters.get(nameOrArn));
  }

  /** Whether a node of a cluster here has this EC2 instance id. */
  public boolean hasNode(String instanceId) {
    return clusters.values().stream()
        .flatMap(c -> c.nodes.stream())
        .anyMatch(n -> n.instanceId.equals(instanceId));
  }

  /** The cluster whose id is this (the 12 characters of its ARN). */
  public Optional<ClusterRecord> byId(String clusterId) {
    return clusters.values().stream()
        .filter(c -> c.clusterArn.endsWith("/" + clusterId))
        .findFirst();
  }
}
