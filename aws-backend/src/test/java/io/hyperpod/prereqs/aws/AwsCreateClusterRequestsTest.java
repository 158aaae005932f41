package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.json;
import static io.hyperpod.prereqs.aws.AwsWire.jsonOf;
import static io.hyperpod.prereqs.aws.AwsWire.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableOrchestrator;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmOrchestrator;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClientBuilder;

/**
 * A plan's CreateCluster request sent with the user's own SageMakerClient: the SDK request from
 * {@link AwsCreateClusterRequests#toSdk}, and what the {@link
 * AwsCreateClusterRequests#membersBeyondSdk()} interceptor adds to its body.
 */
class AwsCreateClusterRequestsTest {
  static final String ROLE = "arn:aws:iam::" + AwsWire.ACCOUNT + ":role/demo-exec";
  static final String ARN =
      "arn:aws:sagemaker:us-west-2:" + AwsWire.ACCOUNT + ":cluster/ab12cd34ef56";

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  @Test
  void toSdk_everyMemberTheSdkModels_isSet() {
    var sdk = AwsCreateClusterRequests.toSdk(request());

    assertThat(sdk.clusterName()).isEqualTo("demo");
    assertThat(sdk.instanceGroups()).hasSize(2);
    assertThat(sdk.instanceGroups().get(0).instanceGroupName()).isEqualTo("controller");
    assertThat(sdk.instanceGroups().get(0).lifeCycleConfig().sourceS3Uri())
        .isEqualTo("s3://sagemaker-demo/lifecycle");
    assertThat(sdk.instanceGroups().get(1).instanceCount()).isEqualTo(2);
    assertThat(sdk.vpcConfig().subnets()).containsExactly("subnet-0123456789abcdef0");
    assertThat(sdk.nodeRecoveryAsString()).isEqualTo("None");
  }

  @Test
  void toSdk_withTheInterceptor_sendsTheRequestsWholeJson() {
    wm.stubFor(
        target("SageMaker.CreateCluster").willReturn(json(jsonOf(Map.of("ClusterArn", ARN)))));
    CreateClusterRequest request = request();

    try (SageMakerClient sageMaker =
        client()
            .overrideConfiguration(
                o -> o.addExecutionInterceptor(AwsCreateClusterRequests.membersBeyondSdk()))
            .build()) {
      assertThat(sageMaker.createCluster(AwsCreateClusterRequests.toSdk(request)).clusterArn())
          .isEqualTo(ARN);
    }

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("SageMaker.CreateCluster"))
            .withRequestBody(equalToJson(request.toJson())));
  }

  @Test
  void toSdk_withoutTheInterceptor_leavesOutWhatTheSdkDoesNotModel() {
    wm.stubFor(
        target("SageMaker.CreateCluster").willReturn(json(jsonOf(Map.of("ClusterArn", ARN)))));

    try (SageMakerClient sageMaker = client().build()) {
      sageMaker.createCluster(AwsCreateClusterRequests.toSdk(request()));
    }

    String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(body)
        .contains("\"ClusterName\":\"demo\"")
        .doesNotContain("SlurmConfig")
        .doesNotContain("OnInitComplete")
        .doesNotContain("Orchestrator");
  }

  @Test
  void toSdk_incompleteRequest_namesTheIdsKnownOnlyAfterApply() {
    CreateClusterRequest incomplete =
        request().toBuilder()
            .addUnknownIds(
                CreateClusterRequest.UnknownId.of(
                    "VpcConfig.Subnets", "subnet.demo-10-0-0-0-17"))
            .build();

    assertThatThrownBy(() -> AwsCreateClusterRequests.toSdk(incomplete))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VpcConfig.Subnets (subnet.demo-10-0-0-0-17)");
  }

  private static SageMakerClientBuilder client() {
    return SageMakerClient.builder()
        .region(Region.US_WEST_2)
        .endpointOverride(URI.create("http://127.0.0.1:" + wm.getPort()))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIATEST", "secret")))
        .httpClient(ApacheHttpClient.create());
  }

  private static CreateClusterRequest request() {
    return CreateClusterRequest.builder()
        .clusterName("demo")
        .addInstanceGroups(
            ImmutableInstanceGroupSpec.builder()
                .instanceGroupName("controller")
                .instanceType("ml.c5.2xlarge")
                .instanceCount(1)
                .executionRole(ROLE)
                .threadsPerCore(1)
                .lifeCycleConfig(
                    ImmutableLifeCycleConfig.builder()
                        .sourceS3Uri("s3://sagemaker-demo/lifecycle")
                        .onInitComplete("on_init_complete.sh")
                        .build())
                .slurmConfig(ImmutableSlurmConfig.builder().nodeType("Controller").build())
                .build())
        .addInstanceGroups(
            ImmutableInstanceGroupSpec.builder()
                .instanceGroupName("gpu")
                .instanceType("ml.p5.48xlarge")
                .instanceCount(2)
                .executionRole(ROLE)
                .threadsPerCore(1)
                .slurmConfig(
                    ImmutableSlurmConfig.builder()
                        .nodeType("Compute")
                        .addPartitionNames("gpu")
                        .build())
                .build())
        .vpcConfig(
            ImmutableVpcConfig.builder()
                .addSecurityGroupIds("sg-0123456789abcdef0")
                .addSubnets("subnet-0123456789abcdef0")
                .build())
        .orchestrator(
            ImmutableOrchestrator.builder()
                .slurm(ImmutableSlurmOrchestrator.builder().slurmConfigStrategy("Merge").build())
                .build())
        .nodeRecovery("None")
        .build();
  }
}
