package io.hyperpod.prereqs.aws;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.json;
import static io.hyperpod.prereqs.aws.AwsWire.jsonError;
import static io.hyperpod.prereqs.aws.AwsWire.jsonOf;
import static io.hyperpod.prereqs.aws.AwsWire.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableInstanceGroupSpec;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableLifeCycleConfig;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import io.hyperpod.prereqs.spi.AccessDeniedException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ThrottledException;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.ClusterNode;
import io.hyperpod.prereqs.spi.sagemaker.SageMakerPort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsSageMakerPortTest {
  static final String PREFIX = "SageMaker.";
  static final String NAME = "demo";
  static final String ARN = "arn:aws:sagemaker:us-west-2:" + AwsWire.ACCOUNT + ":cluster/ab12cd34ef56";
  static final String ROLE = "arn:aws:iam::" + AwsWire.ACCOUNT + ":role/demo-exec";
  static final String SOURCE = "s3://sagemaker-demo-lifecycle/demo";
  static final long CREATED = 1_700_000_000L;

  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private SageMakerPort sageMaker;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    sageMaker = backend.sageMaker();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void createCluster_sendsInstanceGroupsLifeCycleAndVpc_returnsTheArn() {
    wm.stubFor(target(PREFIX + "CreateCluster").willReturn(json(jsonOf(Map.of("ClusterArn", ARN)))));

    String arn = sageMaker.createCluster(request(true));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("SageMaker.CreateCluster"))
            .withHeader("Content-Type", containing("application/x-amz-json-1.1"))
            .withHeader("Authorization", containing("/us-west-2/sagemaker/aws4_request"))
            .withRequestBody(
                equalToJson(
                    jsonOf(
                        Map.of(
                            "ClusterName", NAME,
                            "InstanceGroups", List.of(groupJson()),
                            "VpcConfig",
                                Map.of(
                                    "SecurityGroupIds", List.of("sg-0123456789abcdef0"),
                                    "Subnets", List.of("subnet-0123456789abcdef0")))))));
    assertThat(arn).isEqualTo(ARN);
    assertThat(backend.callCounts().calls("sagemaker", "CreateCluster")).isEqualTo(1);
  }

  @Test
  void createCluster_withoutVpc_sendsNoVpcConfig() {
    wm.stubFor(target(PREFIX + "CreateCluster").willReturn(json(jsonOf(Map.of("ClusterArn", ARN)))));

    sageMaker.createCluster(request(false));

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(
                equalToJson(
                    jsonOf(Map.of("ClusterName", NAME, "InstanceGroups", List.of(groupJson()))))));
  }

  /** Members the SDK model of BOM 2.40.2 lacks reach SageMaker in the signed body. */
  @Test
  void createCluster_slurmConfigAndOnInitComplete_areInTheBodyBesideTheSdkMembers() {
    wm.stubFor(target(PREFIX + "CreateCluster").willReturn(json(jsonOf(java.util.Map.of("ClusterArn", ARN)))));
    CreateClusterRequest request = io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest.builder()
        .clusterName(NAME)
        .addInstanceGroups(ImmutableInstanceGroupSpec.builder()
            .instanceGroupName("controller").instanceType("ml.c5.2xlarge").instanceCount(1)
            .executionRole(ROLE).threadsPerCore(1)
            .lifeCycleConfig(ImmutableLifeCycleConfig.builder().sourceS3Uri(SOURCE)
                .onInitComplete("on_init_complete.sh").build())
            .slurmConfig(io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmConfig.builder().nodeType("Controller").build())
            .build())
        .addInstanceGroups(ImmutableInstanceGroupSpec.builder()
            .instanceGroupName("gpu").instanceType("ml.p5.48xlarge").instanceCount(2)
            .executionRole(ROLE).threadsPerCore(1)
            .slurmConfig(io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmConfig.builder().nodeType("Compute").addPartitionNames("gpu").build())
            .build())
        .orchestrator(io.hyperpod.prereqs.spi.sagemaker.ImmutableOrchestrator.builder()
            .slurm(io.hyperpod.prereqs.spi.sagemaker.ImmutableSlurmOrchestrator.builder().slurmConfigStrategy("Merge").build()).build())
        .build();

    sageMaker.createCluster(request);

    wm.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("""
        {"ClusterName": "%s",
         "InstanceGroups": [
           {"InstanceGroupName": "controller", "InstanceType": "ml.c5.2xlarge", "InstanceCount": 1,
            "ExecutionRole": "%s", "ThreadsPerCore": 1,
            "LifeCycleConfig": {"SourceS3Uri": "%s", "OnInitComplete": "on_init_complete.sh"},
            "SlurmConfig": {"NodeType": "Controller"}},
           {"InstanceGroupName": "gpu", "InstanceType": "ml.p5.48xlarge", "InstanceCount": 2,
            "ExecutionRole": "%s", "ThreadsPerCore": 1,
            "SlurmConfig": {"NodeType": "Compute", "PartitionNames": ["gpu"]}}],
         "Orchestrator": {"Slurm": {"SlurmConfigStrategy": "Merge"}}}
        """.formatted(NAME, ROLE, SOURCE, ROLE))));
  }

  /** FSx entries of InstanceStorageConfigs (beyond the SDK) and OverrideVpcConfig (in it) reach SageMaker. */
  @Test
  void createCluster_fsxStorageAndOverrideVpc_areInTheBody() {
    wm.stubFor(target(PREFIX + "CreateCluster").willReturn(json(jsonOf(java.util.Map.of("ClusterArn", ARN)))));
    CreateClusterRequest request = io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest.builder()
        .clusterName(NAME)
        .vpcConfig(vpc())
        .addInstanceGroups(ImmutableInstanceGroupSpec.builder()
            .instanceGroupName("gpu").instanceType("ml.p5.48xlarge").instanceCount(2)
            .executionRole(ROLE).threadsPerCore(1)
            .addInstanceStorageConfig(io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig.lustre(
                "fs-1.fsx.us-west-2.amazonaws.com", "abcd1234", "/fsx"))
            .addInstanceStorageConfig(io.hyperpod.prereqs.spi.sagemaker.InstanceStorageConfig.openZfs(
                "fs-2.fsx.us-west-2.amazonaws.com", "/home"))
            .overrideVpcConfig(io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig.builder()
                .addSecurityGroupIds("sg-9").addSubnets("subnet-9").build())
            .build())
        .build();

    sageMaker.createCluster(request);

    wm.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(equalToJson("""
        {"ClusterName": "%s",
         "VpcConfig": %s,
         "InstanceGroups": [
           {"InstanceGroupName": "gpu", "InstanceType": "ml.p5.48xlarge", "InstanceCount": 2,
            "ExecutionRole": "%s", "ThreadsPerCore": 1,
            "InstanceStorageConfigs": [
              {"FsxLustreConfig": {"DnsName": "fs-1.fsx.us-west-2.amazonaws.com",
                                   "MountName": "abcd1234", "MountPath": "/fsx"}},
              {"FsxOpenZfsConfig": {"DnsName": "fs-2.fsx.us-west-2.amazonaws.com",
                                    "MountPath": "/home"}}],
            "OverrideVpcConfig": {"SecurityGroupIds": ["sg-9"], "Subnets": ["subnet-9"]}}]}
        """.formatted(NAME, jsonOf(java.util.Map.of("SecurityGroupIds", vpc().securityGroupIds(),
            "Subnets", vpc().subnets())), ROLE))));
  }

  @Test
  void describeCluster_existing_readsStatusGroupsVpcAndFailure() {
    Map<String, Object> d = describeJson(NAME, ARN, "Failed");
    d.put("FailureMessage", "Lifecycle scripts did not run successfully.");
    wm.stubFor(target(PREFIX + "DescribeCluster").willReturn(json(jsonOf(d))));

    Cluster c = sageMaker.describeCluster(NAME).orElseThrow();

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("SageMaker.DescribeCluster"))
            .withRequestBody(equalToJson(jsonOf(Map.of("ClusterName", NAME)))));
    assertThat(c.clusterName()).isEqualTo(NAME);
    assertThat(c.clusterArn()).isEqualTo(ARN);
    assertThat(c.clusterId()).isEqualTo("ab12cd34ef56");
    assertThat(c.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(c.failureMessage()).contains("Lifecycle scripts did not run successfully.");
    assertThat(c.creationTime()).isEqualTo(Instant.ofEpochSecond(CREATED));
    assertThat(c.instanceGroups()).containsExactly(group());
    assertThat(c.vpcConfig()).contains(vpc());
  }

  @Test
  void describeCluster_blankFailureMessage_hasNone() {
    Map<String, Object> d = describeJson(NAME, ARN, "InService");
    d.put("FailureMessage", "");
    wm.stubFor(target(PREFIX + "DescribeCluster").willReturn(json(jsonOf(d))));

    assertThat(sageMaker.describeCluster(NAME).orElseThrow().failureMessage()).isEmpty();
  }

  @Test
  void describeCluster_whenResourceNotFound_isEmpty() {
    wm.stubFor(
        target(PREFIX + "DescribeCluster")
            .willReturn(jsonError(400, "ResourceNotFound", "Cluster demo not found")));

    assertThat(sageMaker.describeCluster(NAME)).isEmpty();
  }

  @Test
  void listClusters_twoPages_describesEveryListedCluster() {
    String other = "arn:aws:sagemaker:us-west-2:" + AwsWire.ACCOUNT + ":cluster/zz98yy76xx54";
    stubPages(
        "ListClusters",
        Map.of(),
        jsonOf(Map.of("ClusterSummaries", List.of(summary(NAME, ARN)), "NextToken", "page-2")),
        jsonOf(Map.of("ClusterSummaries", List.of(summary("other", other)))));
    wm.stubFor(
        target(PREFIX + "DescribeCluster")
            .withRequestBody(equalToJson(jsonOf(Map.of("ClusterName", ARN))))
            .willReturn(json(jsonOf(describeJson(NAME, ARN, "InService")))));
    wm.stubFor(
        target(PREFIX + "DescribeCluster")
            .withRequestBody(equalToJson(jsonOf(Map.of("ClusterName", other))))
            .willReturn(json(jsonOf(describeJson("other", other, "Creating")))));

    List<Cluster> clusters = sageMaker.listClusters();

    assertThat(clusters).extracting(Cluster::clusterName).containsExactly(NAME, "other");
    assertThat(clusters).extracting(Cluster::clusterStatusAsString).containsExactly("InService", "Creating");
    assertThat(clusters).extracting(Cluster::clusterStatus)
        .containsExactly(ClusterStatus.IN_SERVICE, ClusterStatus.CREATING);
    assertThat(clusters.get(0).instanceGroups()).containsExactly(group());
    assertThat(backend.callCounts().calls("sagemaker", "ListClusters")).isEqualTo(2);
    assertThat(backend.callCounts().calls("sagemaker", "DescribeCluster")).isEqualTo(2);
  }

  @Test
  void listClusters_clusterGoneBeforeItsDescription_isLeftOut() {
    wm.stubFor(
        target(PREFIX + "ListClusters")
            .willReturn(json(jsonOf(Map.of("ClusterSummaries", List.of(summary(NAME, ARN)))))));
    wm.stubFor(
        target(PREFIX + "DescribeCluster")
            .willReturn(jsonError(400, "ResourceNotFound", "Cluster demo not found")));

    assertThat(sageMaker.listClusters()).isEmpty();
  }

  @Test
  void listClusterNodes_twoPages_readsEveryNode() {
    stubPages(
        "ListClusterNodes",
        Map.of("ClusterName", NAME),
        jsonOf(
            Map.of(
                "ClusterNodeSummaries",
                List.of(nodeJson("controller", "i-0123456789abcdef0", "Running")),
                "NextToken",
                "page-2")),
        jsonOf(
            Map.of(
                "ClusterNodeSummaries",
                List.of(nodeJson("worker", "i-0fedcba9876543210", "Pending")))));

    List<ClusterNode> nodes = sageMaker.listClusterNodes(NAME);

    assertThat(nodes)
        .extracting(ClusterNode::instanceGroupName, ClusterNode::instanceId, ClusterNode::instanceStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("controller", "i-0123456789abcdef0", "Running"),
            org.assertj.core.groups.Tuple.tuple("worker", "i-0fedcba9876543210", "Pending"));
    assertThat(nodes.get(0).instanceType()).isEqualTo("ml.c5.2xlarge");
    assertThat(nodes.get(0).launchTime()).isEqualTo(Instant.ofEpochSecond(CREATED));
    assertThat(backend.callCounts().calls("sagemaker", "ListClusterNodes")).isEqualTo(2);
  }

  @Test
  void deleteCluster_sendsTheName() {
    wm.stubFor(target(PREFIX + "DeleteCluster").willReturn(json(jsonOf(Map.of("ClusterArn", ARN)))));

    sageMaker.deleteCluster(NAME);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("SageMaker.DeleteCluster"))
            .withRequestBody(equalToJson(jsonOf(Map.of("ClusterName", NAME)))));
  }

  static Stream<Arguments> errorCodes() {
    Consumer<SageMakerPort> create = sm -> sm.createCluster(request(true));
    Consumer<SageMakerPort> nodes = sm -> sm.listClusterNodes(NAME);
    Consumer<SageMakerPort> delete = sm -> sm.deleteCluster(NAME);
    Consumer<SageMakerPort> describe = sm -> sm.describeCluster(NAME);
    return Stream.of(
        Arguments.of("CreateCluster", create, "ValidationException", MalformedException.class),
        Arguments.of(
            "CreateCluster", create, "ResourceLimitExceeded", LimitExceededException.class),
        Arguments.of("CreateCluster", create, "ResourceInUse", ConflictException.class),
        Arguments.of("CreateCluster", create, "AccessDeniedException", AccessDeniedException.class),
        Arguments.of("ListClusterNodes", nodes, "ResourceNotFound", NotFoundException.class),
        Arguments.of("DeleteCluster", delete, "ResourceNotFound", NotFoundException.class),
        Arguments.of("DeleteCluster", delete, "ResourceInUse", ConflictException.class),
        Arguments.of("DescribeCluster", describe, "ThrottlingException", ThrottledException.class));
  }

  @ParameterizedTest(name = "{0} {2} -> {3}")
  @MethodSource("errorCodes")
  void call_whenSageMakerAnswersErrorCode_throwsTypedExceptionWithCodeStatusAndRequestId(
      String operation,
      Consumer<SageMakerPort> call,
      String code,
      Class<? extends CloudException> type) {
    wm.stubFor(target(PREFIX + operation).willReturn(jsonError(400, code, "details")));

    assertThatThrownBy(() -> call.accept(sageMaker))
        .isExactlyInstanceOf(type)
        .hasMessageContaining("SageMaker " + operation + " for ")
        .hasMessageContaining("cluster '" + NAME + "'")
        .hasMessageContaining(code + ": details")
        .satisfies(
            thrown -> {
              CloudException e = (CloudException) thrown;
              assertThat(e.service()).isEqualTo("sagemaker");
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).contains("req-" + code);
            });
  }

  @Test
  void createCluster_whenAccessDenied_namesTheSageMakerActionToGrant() {
    wm.stubFor(
        target(PREFIX + "CreateCluster")
            .willReturn(jsonError(400, "AccessDeniedException", "not authorized")));

    assertThatThrownBy(() -> sageMaker.createCluster(request(true)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("grant sagemaker:CreateCluster");
  }

  static CreateClusterRequest request(boolean withVpc) {
    var r = CreateClusterRequest.builder().clusterName(NAME).addInstanceGroups(group());
    if (withVpc) {
      r.vpcConfig(vpc());
    }
    return r.build();
  }

  static CreateClusterRequest.InstanceGroupSpec group() {
    return ImmutableInstanceGroupSpec.builder()
        .instanceGroupName("controller")
        .instanceType("ml.c5.2xlarge")
        .instanceCount(1)
        .executionRole(ROLE)
        .lifeCycleConfig(
            ImmutableLifeCycleConfig.builder().sourceS3Uri(SOURCE).onCreate("on_create.sh").build())
        .threadsPerCore(2)
        .build();
  }

  static CreateClusterRequest.VpcConfig vpc() {
    return ImmutableVpcConfig.builder()
        .addSecurityGroupIds("sg-0123456789abcdef0")
        .addSubnets("subnet-0123456789abcdef0")
        .build();
  }

  /** The instance group of {@link #group()} as CreateCluster's JSON. */
  static Map<String, Object> groupJson() {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("InstanceGroupName", "controller");
    g.put("InstanceType", "ml.c5.2xlarge");
    g.put("InstanceCount", 1);
    g.put("ExecutionRole", ROLE);
    g.put("LifeCycleConfig", Map.of("SourceS3Uri", SOURCE, "OnCreate", "on_create.sh"));
    g.put("ThreadsPerCore", 2);
    return g;
  }

  /** A DescribeCluster answer with the group of {@link #group()} and the VPC of {@link #vpc()}. */
  static Map<String, Object> describeJson(String name, String arn, String status) {
    Map<String, Object> g = new LinkedHashMap<>(groupJson());
    g.remove("InstanceCount");
    g.put("CurrentCount", 0);
    g.put("TargetCount", 1);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("ClusterName", name);
    d.put("ClusterArn", arn);
    d.put("ClusterStatus", status);
    d.put("CreationTime", CREATED);
    d.put("InstanceGroups", List.of(g));
    d.put(
        "VpcConfig",
        Map.of(
            "SecurityGroupIds", List.of("sg-0123456789abcdef0"),
            "Subnets", List.of("subnet-0123456789abcdef0")));
    return d;
  }

  static Map<String, Object> summary(String name, String arn) {
    return Map.of(
        "ClusterName", name, "ClusterArn", arn, "ClusterStatus", "InService", "CreationTime", CREATED);
  }

  static Map<String, Object> nodeJson(String group, String instanceId, String status) {
    return Map.of(
        "InstanceGroupName", group,
        "InstanceId", instanceId,
        "InstanceType", "ml.c5.2xlarge",
        "LaunchTime", CREATED,
        "InstanceStatus", Map.of("Status", status, "Message", ""));
  }

  private static void stubPages(
      String operation, Map<String, Object> request, String firstPage, String secondPage) {
    AwsWire.twoPages(wm, PREFIX + operation, request, firstPage, secondPage);
  }
}
