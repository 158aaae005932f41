package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableFsxLustreConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableFsxOpenZfsConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceStorageConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableOrchestrator;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmOrchestrator;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.ArrayList;
import java.util.List;

/**
 * SageMaker CreateCluster's JSON input read into a {@link CreateClusterRequest} (with each group's
 * FSx InstanceStorageConfigs and OverrideVpcConfig); members the simulator does not model (tags,
 * EBS volume configs, ...) are ignored, missing required
 * ones refused with SageMaker's {@code ValidationException}.
 */
final class ClusterRequests {
  private ClusterRequests() {}

  static CreateClusterRequest read(JsonNode in) {
    var request = CreateClusterRequest.builder().clusterName(required(in, "ClusterName", "clusterName"));
    int index = 0;
    for (JsonNode g : in.path("InstanceGroups")) {
      index++;
      String at = "instanceGroups." + index + ".";
      JsonNode lifecycle = g.get("LifeCycleConfig");
      var group =
          ImmutableInstanceGroupSpec.builder()
              .instanceGroupName(required(g, "InstanceGroupName", at + "instanceGroupName"))
              .instanceType(required(g, "InstanceType", at + "instanceType"))
              .instanceCount(Integer.parseInt(required(g, "InstanceCount", at + "instanceCount")))
              .executionRole(required(g, "ExecutionRole", at + "executionRole"))
              .threadsPerCore(g.path("ThreadsPerCore").asInt(1))
              .trainingPlanArn(optional(g, "TrainingPlanArn"));
      int check = 0;
      for (JsonNode c : g.path("OnStartDeepHealthChecks")) {
        check++;
        group.addOnStartDeepHealthChecks(oneOf(c.asText(), at + "onStartDeepHealthChecks." + check,
            List.of("InstanceStress", "InstanceConnectivity")));
      }
      if (lifecycle != null && lifecycle.isObject()) {
        group.lifeCycleConfig(
            ImmutableLifeCycleConfig.builder()
                .sourceS3Uri(required(lifecycle, "SourceS3Uri", at + "lifeCycleConfig.sourceS3Uri"))
                .onCreate(optional(lifecycle, "OnCreate"))
                .onInitComplete(optional(lifecycle, "OnInitComplete"))
                .build());
      }
      JsonNode slurm = g.get("SlurmConfig");
      if (slurm != null && slurm.isObject()) {
        group.slurmConfig(
            ImmutableSlurmConfig.builder()
                .nodeType(oneOf(slurm, "NodeType", at + "slurmConfig.nodeType", NODE_TYPES))
                .partitionNames(strings(slurm.path("PartitionNames")))
                .build());
      }
      int storage = 0;
      for (JsonNode c : g.path("InstanceStorageConfigs")) {
        storage++;
        String cat = at + "instanceStorageConfigs." + storage + ".";
        var entry = ImmutableInstanceStorageConfig.builder();
        JsonNode lustre = c.get("FsxLustreConfig");
        if (lustre != null && lustre.isObject()) {
          entry.fsxLustreConfig(ImmutableFsxLustreConfig.builder()
              .dnsName(required(lustre, "DnsName", cat + "fsxLustreConfig.dnsName"))
              .mountName(required(lustre, "MountName", cat + "fsxLustreConfig.mountName"))
              .mountPath(optional(lustre, "MountPath").orElse("/fsx"))
              .build());
        }
        JsonNode zfs = c.get("FsxOpenZfsConfig");
        if (zfs != null && zfs.isObject()) {
          entry.fsxOpenZfsConfig(ImmutableFsxOpenZfsConfig.builder()
              .dnsName(required(zfs, "DnsName", cat + "fsxOpenZfsConfig.dnsName"))
              .mountPath(optional(zfs, "MountPath").orElse("/home"))
              .build());
        }
        JsonNode ebs = c.get("EbsVolumeConfig");
        if (ebs != null && ebs.isObject()) {
          entry.ebsVolumeConfig(io.hyperpod.prereqs.internal.json.Json.mapper()
              .convertValue(ebs, CreateClusterRequest.EbsVolumeConfig.class));
        }
        if (entry.build().members() > 0) {
          group.addInstanceStorageConfig(entry.build());
        }
      }
      JsonNode override = g.get("OverrideVpcConfig");
      if (override != null && override.isObject()) {
        group.overrideVpcConfig(ImmutableVpcConfig.builder()
            .securityGroupIds(strings(override.path("SecurityGroupIds")))
            .subnets(strings(override.path("Subnets")))
            .build());
      }
      request.addInstanceGroups(group.build());
    }
    optional(in, "NodeRecovery").ifPresent(v ->
        request.nodeRecovery(oneOf(v, "nodeRecovery", List.of("Automatic", "None"))));
    optional(in, "NodeProvisioningMode").ifPresent(v ->
        request.nodeProvisioningMode(oneOf(v, "nodeProvisioningMode", List.of("Continuous"))));
    request.clusterRole(optional(in, "ClusterRole"));
    JsonNode slurmOrchestrator = in.path("Orchestrator").get("Slurm");
    if (slurmOrchestrator != null && slurmOrchestrator.isObject()) {
      request.orchestrator(
          ImmutableOrchestrator.builder()
              .slurm(
                  ImmutableSlurmOrchestrator.builder()
                      .slurmConfigStrategy(
                          optional(slurmOrchestrator, "SlurmConfigStrategy")
                              .map(v -> oneOf(slurmOrchestrator, "SlurmConfigStrategy",
                                  "orchestrator.slurm.slurmConfigStrategy", STRATEGIES)))
                      .build())
              .build());
    }
    JsonNode vpc = in.get("VpcConfig");
    if (vpc != null && vpc.isObject()) {
      request.vpcConfig(
          ImmutableVpcConfig.builder()
              .securityGroupIds(strings(vpc.path("SecurityGroupIds")))
              .subnets(strings(vpc.path("Subnets")))
              .build());
    }
    return request.build();
  }

  private static final List<String> NODE_TYPES = List.of("Controller", "Login", "Compute");
  private static final List<String> STRATEGIES = List.of("Managed", "Overwrite", "Merge");

  private static java.util.Optional<String> optional(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isEmpty()
        ? java.util.Optional.empty() : java.util.Optional.of(value.asText());
  }

  /** A member of an enum: SageMaker refuses another value with its enum-constraint message. */
  private static String oneOf(JsonNode node, String name, String path, List<String> values) {
    return oneOf(required(node, name, path), path, values);
  }

  private static String oneOf(String value, String path, List<String> values) {
    if (!values.contains(value)) {
      throw AwsError.SAGEMAKER_VALIDATION.exception(
          "1 validation error detected: Value '" + value + "' at '" + path
              + "' failed to satisfy constraint: Member must satisfy enum value set: ["
              + String.join(", ", values) + "]");
    }
    return value;
  }

  private static String required(JsonNode node, String name, String path) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw AwsError.SAGEMAKER_VALIDATION.exception(
          "1 validation error detected: Value null at '" + path
              + "' failed to satisfy constraint: Member must not be null",
          "set " + name);
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
