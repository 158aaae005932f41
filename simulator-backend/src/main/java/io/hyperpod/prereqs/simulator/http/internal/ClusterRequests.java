package io.hyperpod.prereqs.simulator.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import io.hyperpod.prereqs.simulator.internal.AwsError;
import java.util.ArrayList;
import java.util.List;

/**
 * SageMaker CreateCluster's JSON input read into a {@link CreateClusterRequest}; members the
 * simulator does not model (tags, orchestrator, node recovery, ...) are ignored, missing required
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
      JsonNode lifecycle = g.path("LifeCycleConfig");
      request.addInstanceGroups(
          ImmutableInstanceGroupSpec.builder()
              .instanceGroupName(required(g, "InstanceGroupName", at + "instanceGroupName"))
              .instanceType(required(g, "InstanceType", at + "instanceType"))
              .instanceCount(Integer.parseInt(required(g, "InstanceCount", at + "instanceCount")))
              .executionRole(required(g, "ExecutionRole", at + "executionRole"))
              .lifeCycleConfig(
                  ImmutableLifeCycleConfig.builder()
                      .sourceS3Uri(required(lifecycle, "SourceS3Uri", at + "lifeCycleConfig.sourceS3Uri"))
                      .onCreate(required(lifecycle, "OnCreate", at + "lifeCycleConfig.onCreate"))
                      .build())
              .threadsPerCore(g.path("ThreadsPerCore").asInt(1))
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

  private static String required(JsonNode node, String name, String path) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw AwsError.SAGEMAKER_VALIDATION.exception(
          "1 validation error detected: Value null at '" + path
              + "' failed to satisfy constraint: Member must not be null; set " + name);
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
