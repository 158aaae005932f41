package io.hyperpod.prereqs.aws;

import io.hyperpod.prereqs.aws.internal.SageMakerMembersBeyondSdk;
import io.hyperpod.prereqs.aws.internal.SageMakerRequests;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A plan's {@link CreateClusterRequest} (from {@code plan.createClusterRequest()}) as the AWS SDK
 * for Java v2's {@link software.amazon.awssdk.services.sagemaker.model.CreateClusterRequest}, to
 * create the cluster with your own {@code SageMakerClient}:
 *
 * <pre>{@code
 * SageMakerClient sageMaker = SageMakerClient.builder()
 *     .overrideConfiguration(
 *         o -> o.addExecutionInterceptor(AwsCreateClusterRequests.membersBeyondSdk()))
 *     .build();
 * sageMaker.createCluster(AwsCreateClusterRequests.toSdk(request));
 * }</pre>
 *
 * <p>The SDK's model of BOM 2.40.2 lacks members SageMaker takes today: {@code
 * InstanceGroups[].SlurmConfig} ({@code NodeType}, {@code PartitionNames}), {@code
 * InstanceGroups[].LifeCycleConfig.OnInitComplete} and {@code Orchestrator.Slurm} ({@code
 * SlurmConfigStrategy}). {@link #toSdk} sets every member the model has and carries the request's
 * JSON on the call; the {@link #membersBeyondSdk()} interceptor adds each member the SDK's body
 * lacks from it before the request is signed, leaving what the SDK wrote as it is. Without the
 * interceptor those members are not sent (a lifecycle mode other than {@code custom} or a Slurm
 * configuration then does not reach SageMaker). The tool's own AWS backend registers it on its
 * SageMaker client.
 */
public final class AwsCreateClusterRequests {
  private AwsCreateClusterRequests() {}

  /**
   * The SDK's request for {@code request}, with every member the SDK models set and the others
   * carried for {@link #membersBeyondSdk()}.
   *
   * @throws IllegalArgumentException when the request is not {@linkplain
   *     CreateClusterRequest#complete() complete} (ids known only after apply are missing)
   * @param request a complete request, as {@code plan.createClusterRequest()} gives it once the
   *     prerequisites exist
   * @return the SDK's CreateCluster request, to send through a client that has {@link
   *     #membersBeyondSdk()}
   */
  public static software.amazon.awssdk.services.sagemaker.model.CreateClusterRequest toSdk(
      CreateClusterRequest request) {
    if (!request.complete()) {
      throw new IllegalArgumentException(
          "the CreateCluster request of "
              + request.clusterName()
              + " is not complete: "
              + request.unknownIds().stream()
                  .map(u -> u.field() + " (" + u.address() + ")")
                  .toList()
              + " will exist only after apply; apply the plan, then plan again");
    }
    return SageMakerRequests.toSdk(request);
  }

  /**
   * The interceptor that adds to a CreateCluster call made from {@link #toSdk} the members the
   * SDK's model lacks; add it to the {@code SageMakerClient}'s override configuration. Other calls
   * pass through unchanged.
   *
   * @return a new interceptor; it keeps no state, so one may serve any number of clients
   */
  public static ExecutionInterceptor membersBeyondSdk() {
    return new SageMakerMembersBeyondSdk();
  }
}
