package io.hyperpod.prereqs.simulator.internal.sagemaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One cluster as the simulator keeps it (serialised field by field with the state). */
public final class ClusterRecord {
  String clusterName;
  String clusterArn;
  /** The request as SageMaker JSON ({@code CreateClusterRequest}). */
  String requestJson;
  Instant creationTime;
  /** When Creating ends (InService or Failed), or Deleting ends (gone). */
  Instant transitionAt;
  /** Creating, InService, Failed, Deleting. */
  String status;
  /** The failure the cluster meets at {@link #transitionAt}, if its lifecycle scripts fail. */
  String pendingFailure;
  String failureMessage;
  /** The OS users of the nodes (from shared_users.txt and the image): name to uid. */
  Map<String, Integer> osUsers = new LinkedHashMap<>();
  List<NodeRecord> nodes = new ArrayList<>();
  /** The network interfaces its nodes hold in its subnets (released when it fails or goes). */
  List<String> networkInterfaceIds = new ArrayList<>();

  public String clusterArn() {
    return clusterArn;
  }

  /** One node of a cluster. */
  public static final class NodeRecord {
    String instanceGroupName;
    String instanceId;
    String instanceType;
    Instant launchTime;
  }
}
