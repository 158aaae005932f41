package io.hyperpod.prereqs.aws.internal;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import software.amazon.awssdk.services.sagemaker.model.ClusterEbsVolumeConfig;
import software.amazon.awssdk.services.sagemaker.model.ClusterInstanceGroupSpecification;
import software.amazon.awssdk.services.sagemaker.model.ClusterInstanceStorageConfig;
import software.amazon.awssdk.services.sagemaker.model.ClusterLifeCycleConfig;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

/**
 * The SDK's CreateCluster request for a {@link CreateClusterRequest}: every member the SDK's model
 * of BOM 2.40.2 has, and the request's own JSON as an execution attribute, from which {@link
 * SageMakerMembersBeyondSdk} adds the members the model lacks when the call is sent.
 */
public final class SageMakerRequests {
  private SageMakerRequests() {}

  /** The SDK request; sent through a client with {@link SageMakerMembersBeyondSdk}, it is whole. */
  public static software.amazon.awssdk.services.sagemaker.model.CreateClusterRequest toSdk(
      CreateClusterRequest request) {
    return software.amazon.awssdk.services.sagemaker.model.CreateClusterRequest.builder()
        .applyMutation(
            r -> {
              r.clusterName(request.clusterName())
                  .instanceGroups(
                      request.instanceGroups().stream().map(SageMakerRequests::group).toList());
              request.vpcConfig().ifPresent(v -> r.vpcConfig(vpc(v)));
              request.nodeRecovery().ifPresent(r::nodeRecovery);
              request.nodeProvisioningMode().ifPresent(r::nodeProvisioningMode);
              request.clusterRole().ifPresent(r::clusterRole);
              r.overrideConfiguration(
                  o ->
                      o.putExecutionAttribute(
                          SageMakerMembersBeyondSdk.REQUEST_JSON,
                          SageMakerMembersBeyondSdk.json(request)));
            })
        .build();
  }

  private static ClusterInstanceGroupSpecification group(
      CreateClusterRequest.InstanceGroupSpec g) {
    ClusterInstanceGroupSpecification.Builder b =
        ClusterInstanceGroupSpecification.builder()
            .instanceGroupName(g.instanceGroupName())
            .instanceType(g.instanceType())
            .instanceCount(g.instanceCount())
            .executionRole(g.executionRole())
            .threadsPerCore(g.threadsPerCore())
            .trainingPlanArn(g.trainingPlanArn().orElse(null));
    if (!g.onStartDeepHealthChecks().isEmpty()) {
      b.onStartDeepHealthChecksWithStrings(g.onStartDeepHealthChecks());
    }
    // OnInitComplete and SlurmConfig are beyond the SDK's model: SageMakerMembersBeyondSdk
    g.lifeCycleConfig()
        .ifPresent(
            l ->
                b.lifeCycleConfig(
                    ClusterLifeCycleConfig.builder()
                        .sourceS3Uri(l.sourceS3Uri())
                        .onCreate(l.onCreate().orElse(null))
                        .build()));
    if (!g.instanceStorageConfigs().isEmpty()) {
      // A member the SDK lacks leaves an empty config at its index: SageMakerMembersBeyondSdk
      // fills it
      b.instanceStorageConfigs(
          g.instanceStorageConfigs().stream()
              .map(
                  c ->
                      c.ebsVolumeConfig()
                          .map(
                              e ->
                                  ClusterInstanceStorageConfig.fromEbsVolumeConfig(
                                      ClusterEbsVolumeConfig.builder()
                                          .volumeSizeInGB(e.volumeSizeInGB().orElse(null))
                                          .volumeKmsKeyId(e.volumeKmsKeyId().orElse(null))
                                          .rootVolume(e.rootVolume().orElse(null))
                                          .build()))
                          .orElseGet(() -> ClusterInstanceStorageConfig.builder().build()))
              .toList());
    }
    return b.build();
  }

  private static VpcConfig vpc(CreateClusterRequest.VpcConfig v) {
    return VpcConfig.builder().securityGroupIds(v.securityGroupIds()).subnets(v.subnets()).build();
  }
}
