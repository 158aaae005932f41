package io.hyperpod.prereqs.spi.contract;

import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.iam.IamRole;
import io.hyperpod.prereqs.spi.iam.PrincipalRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * What the SageMaker cluster groups share: the least an account needs for a HyperPod cluster to
 * come up (an execution role SageMaker may assume with AmazonSageMakerClusterInstanceRolePolicy, a
 * {@code sagemaker-} bucket holding {@code on_create.sh}; no VPC of its own), a one-node CPU
 * cluster on it, and the clusters' deletion afterwards.
 */
abstract class ClusterContractGroup extends ContractGroup {
  /** Longer than HyperPod takes to create a small cluster or to delete one. */
  static final Duration CLUSTER_TRANSITION = Duration.ofMinutes(30);

  static final String GROUP = "controller";
  static final String INSTANCE_TYPE = "ml.c5.2xlarge";

  private final List<String> created = new ArrayList<>();

  ClusterContractGroup(CloudBackendContractTest suite) {
    super(suite);
  }

  /** A CreateCluster request of one ml.c5.2xlarge node whose role and scripts exist. */
  final CreateClusterRequest readyRequest() {
    IamRole role = backend().iam().createRole(unique("exec"), SAGEMAKER_TRUST, null, Map.of());
    backend().iam().attachPolicy(PrincipalRef.role(role.name()), CLUSTER_INSTANCE_POLICY);
    String bucket = "sagemaker-" + unique("lifecycle");
    backend().s3().createBucket(bucket);
    backend().s3().putObject(bucket, "scripts/on_create.sh", bytes("#!/bin/bash\n"), "text/x-sh");
    return CreateClusterRequest.builder()
        .clusterName(unique("cluster"))
        .addInstanceGroups(
            ImmutableInstanceGroupSpec.builder()
                .instanceGroupName(GROUP)
                .instanceType(INSTANCE_TYPE)
                .instanceCount(1)
                .executionRole(role.arn())
                .lifeCycleConfig(
                    ImmutableLifeCycleConfig.builder()
                        .sourceS3Uri("s3://" + bucket + "/scripts")
                        .onCreate("on_create.sh")
                        .build())
                .threadsPerCore(1)
                .build())
        .build();
  }

  /** Creates the cluster of {@link #readyRequest()}, deleted after the test; its ARN. */
  final String createCluster(CreateClusterRequest request) {
    String arn = backend().sageMaker().createCluster(request);
    created.add(request.clusterName());
    return arn;
  }

  /** Lets the clusters' transitions end; false for a backend whose time cannot be moved. */
  final boolean letClustersSettle() {
    return suite.advanceClock(CLUSTER_TRANSITION);
  }

  @AfterEach
  void deleteClusters() {
    for (String name : created) {
      try {
        backend().sageMaker().deleteCluster(name);
      } catch (CloudException e) {
        // deleted by the test already, or on its way out
      }
    }
  }
}
