package io.hyperpod.prereqs.simulator.internal.sagemaker;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import io.hyperpod.prereqs.simulator.internal.BackendContext;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SageMaker's cluster operations on the store of the context's account and region; run inside a
 * call (the HTTP front reuses them). Clusters move on the clock: Creating to InService (or Failed
 * with the failure the oracle found) after {@link #CREATE_TIME}, Deleting to gone after {@link
 * #DELETE_TIME}.
 */
public final class SageMakerOperations {
  public static final Duration CREATE_TIME = Duration.ofMinutes(20);
  public static final Duration DELETE_TIME = Duration.ofMinutes(10);
  private static final String NAME = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";

  private final BackendContext context;

  public SageMakerOperations(BackendContext context) {
    this.context = context;
  }

  private SageMakerStore store() {
    return context.regionState().sageMaker();
  }

  /** Moves every cluster along the clock. */
  private void advance() {
    store().clusters().values().removeIf(c -> {
      if (c.transitionAt == null || context.now().isBefore(c.transitionAt)) {
        return false;
      }
      switch (ClusterStatus.fromValue(c.status)) {
        case CREATING -> {
          c.status = c.pendingFailure == null ? ClusterStatus.IN_SERVICE.toString() : ClusterStatus.FAILED.toString();
          c.failureMessage = c.pendingFailure;
          if (c.pendingFailure != null) {
            NodeAddresses.release(context, c.networkInterfaceIds, c.transitionAt);
          }
          c.transitionAt = null;
          return false;
        }
        case DELETING -> {
          return true;
        }
        default -> {
          return false;
        }
      }
    });
  }

  /**
   * CreateCluster of a request the oracle let through; {@code lifecycleFailure} is the failure the
   * cluster meets when its lifecycle scripts run.
   */
  public String createCluster(
      CreateClusterRequest request, Optional<String> lifecycleFailure, Map<String, Integer> osUsers) {
    advance();
    if (!request.clusterName().matches(NAME)) {
      throw AwsError.SAGEMAKER_VALIDATION.exception(
          "1 validation error detected: Value '" + request.clusterName()
              + "' at 'clusterName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
              + NAME.replace("{0,62}", "*"));
    }
    if (request.instanceGroups().isEmpty()) {
      throw AwsError.SAGEMAKER_VALIDATION.exception("InstanceGroups must have at least 1 item");
    }
    if (store().clusters().containsKey(request.clusterName())) {
      throw AwsError.SAGEMAKER_RESOURCE_IN_USE.exception(
          "Cluster " + request.clusterName() + " already exists",
          "pick another ClusterName or delete the cluster first");
    }
    Optional<String> keyFailure =
        io.hyperpod.prereqs.simulator.internal.kms.ClusterVolumeKeys.check(context, request);
    ClusterRecord c = new ClusterRecord();
    String id = context.ids().alphanumeric(12).toLowerCase(Locale.ROOT);
    c.clusterName = request.clusterName();
    c.clusterArn = "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":cluster/" + id;
    c.requestJson = Json.write(request);
    c.creationTime = context.now();
    c.transitionAt = context.now().plus(CREATE_TIME);
    c.status = ClusterStatus.CREATING.toString();
    NodeAddresses.Placement placement = NodeAddresses.place(context, request);
    c.networkInterfaceIds.addAll(placement.interfaceIds());
    c.pendingFailure =
        placement.failure().or(() -> keyFailure).or(() -> lifecycleFailure).orElse(null);
    c.osUsers.putAll(osUsers);
    for (CreateClusterRequest.InstanceGroupSpec g : request.instanceGroups()) {
      for (int i = 0; i < g.instanceCount(); i++) {
        ClusterRecord.NodeRecord n = new ClusterRecord.NodeRecord();
        n.instanceGroupName = g.instanceGroupName();
        n.instanceId = context.ids().hexId("i-");
        n.instanceType = g.instanceType();
        n.launchTime = context.now();
        c.nodes.add(n);
      }
    }
    store().clusters().put(c.clusterName, c);
    return c.clusterArn;
  }

  /**
   * CreateCluster as the HTTP front serves it: the {@link ReadinessOracle} judges the context's
   * caller first (reading the account as {@code root}), then the cluster is created or refused.
   */
  public String createCluster(CloudBackend root, CreateClusterRequest request) {
    ReadinessOracle.Verdict verdict = ReadinessOracle.judge(root, context.caller(), request);
    return createCluster(request, verdict.lifecycleFailure(), verdict.osUsers());
  }

  public Optional<Cluster> describeCluster(String nameOrArn) {
    advance();
    return store().find(nameOrArn).map(SageMakerOperations::view);
  }

  public List<Cluster> listClusters() {
    advance();
    return store().clusters().values().stream().map(SageMakerOperations::view).toList();
  }

  public List<ClusterNode> listClusterNodes(String nameOrArn) {
    advance();
    ClusterRecord c = require(nameOrArn);
    String state = switch (ClusterStatus.fromValue(c.status)) {
      case IN_SERVICE -> "Running";
      case FAILED -> "Failure";
      default -> "Pending";
    };
    List<ClusterNode> out = new ArrayList<>();
    for (ClusterRecord.NodeRecord n : c.nodes) {
      out.add(ClusterNode.builder().instanceGroupName(n.instanceGroupName).instanceId(n.instanceId)
          .instanceType(n.instanceType).instanceStatus(state).launchTime(n.launchTime).build());
    }
    return out;
  }

  public void deleteCluster(String nameOrArn) {
    advance();
    ClusterRecord c = require(nameOrArn);
    c.status = ClusterStatus.DELETING.toString();
    c.transitionAt = context.now().plus(DELETE_TIME);
    NodeAddresses.release(context, c.networkInterfaceIds, c.transitionAt);
  }

  /** The cluster and node a Session Manager target names, when it is InService. */
  public Optional<ClusterRecord> sessionCluster(String target) {
    advance();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("sagemaker-cluster:([a-z0-9]{12})_(.+)-(i-[0-9a-f]{17})").matcher(target);
    if (!m.matches()) {
      return Optional.empty();
    }
    return store().byId(m.group(1))
        .filter(c -> c.status.equals(ClusterStatus.IN_SERVICE.toString()))
        .filter(c -> c.nodes.stream().anyMatch(
            n -> n.instanceId.equals(m.group(3)) && n.instanceGroupName.equals(m.group(2))));
  }

  private ClusterRecord require(String nameOrArn) {
    return store().find(nameOrArn).orElseThrow(() -> AwsError.SAGEMAKER_RESOURCE_NOT_FOUND.exception(
        "Cluster " + nameOrArn + " not found",
        "no such cluster in " + context.region() + " of account " + context.accountId()));
  }

  static Cluster view(ClusterRecord c) {
    CreateClusterRequest r;
    try {
      r = Json.mapper().readValue(c.requestJson, CreateClusterRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored cluster request does not read back", e);
    }
    return Cluster.builder().clusterName(c.clusterName).clusterArn(c.clusterArn).clusterStatusAsString(c.status)
        .failureMessage(Optional.ofNullable(c.failureMessage)).creationTime(c.creationTime)
        .instanceGroups(r.instanceGroups()).vpcConfig(r.vpcConfig()).build();
  }

  /** The OS users of a cluster's nodes. */
  public static Map<String, Integer> osUsers(ClusterRecord c) {
    return c.osUsers;
  }
}
