package io.hyperpod.prereqs.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.hyperpod.prereqs.aws.AwsWire.FSX_TARGET_PREFIX;
import static io.hyperpod.prereqs.aws.AwsWire.fsx;
import static io.hyperpod.prereqs.aws.AwsWire.inTurn;
import static io.hyperpod.prereqs.aws.AwsWire.json;
import static io.hyperpod.prereqs.aws.AwsWire.jsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.LimitExceededException;
import io.hyperpod.prereqs.spi.MalformedException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import io.hyperpod.prereqs.spi.fsx.FsxPort;
import io.hyperpod.prereqs.spi.fsx.LustreFileSystemRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AwsFsxPortTest {
  @RegisterExtension static final WireMockExtension wm = AwsWire.server();

  private final AwsWire wire = AwsWire.create();
  private AwsBackend backend;
  private FsxPort fsxPort;

  @BeforeEach
  void setUp() {
    backend = wire.backend(wm).build();
    fsxPort = backend.fsx();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private static String fileSystem(String id, String lifecycle) {
    return "{\"FileSystemId\":\""
        + id
        + "\",\"FileSystemType\":\"LUSTRE\",\"Lifecycle\":\""
        + lifecycle
        + "\",\"StorageCapacity\":1200,\"StorageType\":\"SSD\",\"VpcId\":\"vpc-1\","
        + "\"SubnetIds\":[\"subnet-1\"],\"NetworkInterfaceIds\":[\"eni-1\",\"eni-2\"],"
        + "\"DNSName\":\""
        + id
        + ".fsx.us-west-2.amazonaws.com\",\"OwnerId\":\"123456789012\",\"ResourceARN\":"
        + "\"arn:aws:fsx:us-west-2:123456789012:file-system/"
        + id
        + "\",\"CreationTime\":1714557600,\"Tags\":[{\"Key\":\"stack\",\"Value\":\"demo\"}],"
        + "\"LustreConfiguration\":{\"DeploymentType\":\"PERSISTENT_2\","
        + "\"PerUnitStorageThroughput\":250,\"MountName\":\"abcd1234\"}}";
  }

  @Test
  void createLustreFileSystem_sendsJsonWithTokenAndLustreSettings_returnsCreating() {
    wm.stubFor(
        fsx("CreateFileSystem")
            .willReturn(json("{\"FileSystem\":" + fileSystem("fs-0123456789abcdef0", "CREATING") + "}")));

    FileSystem fs =
        fsxPort.createLustreFileSystem(
            LustreFileSystemRequest.builder()
                .subnetId("subnet-1")
                .addSecurityGroupIds("sg-1")
                .storageCapacityGiB(1200)
                .deploymentType("PERSISTENT_2")
                .perUnitStorageThroughput(250)
                .clientRequestToken("token-1")
                .tags(Map.of("stack", "demo"))
                .build());

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(FSX_TARGET_PREFIX + "CreateFileSystem"))
            .withHeader("Content-Type", containing("application/x-amz-json-1.1"))
            .withHeader("Authorization", containing("/us-west-2/fsx/aws4_request"))
            .withRequestBody(
                equalToJson(
                    "{\"ClientRequestToken\":\"token-1\",\"FileSystemType\":\"LUSTRE\","
                        + "\"StorageCapacity\":1200,\"StorageType\":\"SSD\","
                        + "\"SubnetIds\":[\"subnet-1\"],\"SecurityGroupIds\":[\"sg-1\"],"
                        + "\"Tags\":[{\"Key\":\"stack\",\"Value\":\"demo\"}],"
                        + "\"LustreConfiguration\":{\"DeploymentType\":\"PERSISTENT_2\","
                        + "\"PerUnitStorageThroughput\":250},\"FileSystemTypeVersion\":\"2.15\"}")));
    assertThat(fs.lifecycle()).isEqualTo(FileSystem.CREATING);
    assertThat(fs.vpcId()).isEqualTo("vpc-1");
    assertThat(fs.subnetIds()).containsExactly("subnet-1");
    assertThat(fs.networkInterfaceIds()).containsExactly("eni-1", "eni-2");
    assertThat(fs.mountName()).isEqualTo("abcd1234");
    assertThat(fs.perUnitStorageThroughput()).hasValue(250);
    assertThat(fs.creationTime()).isEqualTo(Instant.ofEpochSecond(1714557600));
    assertThat(fs.tags()).containsEntry("stack", "demo");
  }

  @Test
  void describeFileSystems_twoPages_answersBothAndCountsTwoCalls() {
    wm.stubFor(
        fsx("DescribeFileSystems")
            .withRequestBody(matchingJsonPath("$.NextToken", com.github.tomakehurst.wiremock.client.WireMock.absent()))
            .willReturn(
                json(
                    "{\"FileSystems\":["
                        + fileSystem("fs-1", "AVAILABLE")
                        + "],\"NextToken\":\"page-2\"}")));
    wm.stubFor(
        fsx("DescribeFileSystems")
            .withRequestBody(matchingJsonPath("$.NextToken", equalTo("page-2")))
            .willReturn(json("{\"FileSystems\":[" + fileSystem("fs-2", "DELETING") + "]}")));

    List<FileSystem> all = fsxPort.describeFileSystems(List.of());

    assertThat(all).extracting(FileSystem::fileSystemId).containsExactly("fs-1", "fs-2");
    assertThat(all.get(0).available()).isTrue();
    assertThat(backend.callCounts().calls()).containsEntry("fsx:DescribeFileSystems", 2L);
  }

  @Test
  void describeFileSystems_byId_sendsTheIds() {
    wm.stubFor(fsx("DescribeFileSystems").willReturn(json("{\"FileSystems\":[" + fileSystem("fs-1", "FAILED") + "]}")));

    assertThat(fsxPort.describeFileSystems(List.of("fs-1"))).hasSize(1);

    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(matchingJsonPath("$.FileSystemIds[0]", equalTo("fs-1"))));
  }

  @Test
  void describeFileSystems_unknown_failsWithNotFound() {
    wm.stubFor(
        fsx("DescribeFileSystems")
            .willReturn(jsonError(400, "FileSystemNotFound", "File system 'fs-9' does not exist.")));

    assertThatThrownBy(() -> fsxPort.describeFileSystems(List.of("fs-9")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("FileSystemNotFound");
              assertThat(e.getMessage()).contains("FSx DescribeFileSystems for file systems fs-9");
            });
  }

  @Test
  void createLustreFileSystem_fsxErrors_becomeTheirSpiExceptions() {
    LustreFileSystemRequest request =
        LustreFileSystemRequest.builder()
            .subnetId("subnet-1")
            .storageCapacityGiB(3000)
            .deploymentType("PERSISTENT_2")
            .perUnitStorageThroughput(Optional.of(250))
            .clientRequestToken("t")
            .build();
    inTurn(
        wm,
        () -> fsx("CreateFileSystem"),
        jsonError(400, "BadRequest", "capacity"),
        jsonError(400, "IncompatibleParameterError", "token"),
        jsonError(400, "ServiceLimitExceeded", "quota"));

    assertThatThrownBy(() -> fsxPort.createLustreFileSystem(request)).isInstanceOf(MalformedException.class);
    assertThatThrownBy(() -> fsxPort.createLustreFileSystem(request)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> fsxPort.createLustreFileSystem(request))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void deleteFileSystem_throttledThenAnswered_succeeds() {
    inTurn(
        wm,
        () -> fsx("DeleteFileSystem"),
        jsonError(400, "ThrottlingException", "Rate exceeded"),
        json("{\"FileSystemId\":\"fs-1\",\"Lifecycle\":\"DELETING\"}"));

    fsxPort.deleteFileSystem("fs-1");

    assertThat(backend.callCounts().attempts()).containsEntry("fsx:DeleteFileSystem", 2L);
    wm.verify(
        postRequestedFor(urlEqualTo("/"))
            .withRequestBody(matchingJsonPath("$.FileSystemId", equalTo("fs-1"))));
  }

  @Test
  void describeFileSystems_answerWithoutLifecycleOrVpc_readsAvailableAndTheSubnetsVpc() {
    wm.stubFor(
        fsx("DescribeFileSystems")
            .willReturn(
                json(
                    "{\"FileSystems\":[{\"FileSystemId\":\"fs-1\",\"FileSystemType\":\"LUSTRE\","
                        + "\"StorageCapacity\":1200,\"SubnetIds\":[\"subnet-1\"],\"ResourceARN\":"
                        + "\"arn:aws:fsx:us-west-2:123456789012:file-system/fs-1\"}]}")));
    wm.stubFor(
        AwsWire.action("DescribeSubnets")
            .willReturn(
                AwsWire.ec2Result(
                    "DescribeSubnets",
                    "<subnetSet><item><subnetId>subnet-1</subnetId><vpcId>vpc-7</vpcId>"
                        + "<cidrBlock>10.0.0.0/24</cidrBlock><availabilityZone>us-west-2a"
                        + "</availabilityZone><state>available</state></item></subnetSet>")));

    FileSystem fs = fsxPort.describeFileSystems(List.of("fs-1")).get(0);

    assertThat(fs.lifecycle()).isEqualTo(FileSystem.AVAILABLE);
    assertThat(fs.vpcId()).isEqualTo("vpc-7");
    assertThat(fs.ownerId()).isEqualTo("123456789012");
  }
}
