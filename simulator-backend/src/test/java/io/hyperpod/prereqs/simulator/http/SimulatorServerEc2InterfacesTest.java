package io.hyperpod.prereqs.simulator.http;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.simulator.internal.sagemaker.SageMakerOperations;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** EC2 network interfaces served to the AWS SDK, and the addresses HyperPod nodes take. */
class SimulatorServerEc2InterfacesTest {
  AwsSimulator simulator;
  SimulatorServer server;
  Ec2Client ec2;

  @BeforeEach
  void start() {
    simulator = AwsSimulator.create();
    server = SimulatorServer.builder(simulator).start();
    ec2 = SdkClients.ec2(server.endpoint());
  }

  @AfterEach
  void stop() {
    ec2.close();
    server.stop();
  }

  String subnet(String cidr) {
    String vpc = ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
    return ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr)).subnet().subnetId();
  }

  int available(String subnetId) {
    return ec2.describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount();
  }

  static String code(Runnable call) {
    try {
      call.run();
    } catch (Ec2Exception e) {
      return e.awsErrorDetails().errorCode() + " " + e.awsErrorDetails().errorMessage();
    }
    throw new AssertionError("the call was accepted");
  }

  @Test
  void interfaces_takeTheSubnetsAddressesUntilNoneIsLeft() {
    String subnet = subnet("10.9.0.0/28");
    assertThat(available(subnet)).isEqualTo(11);

    NetworkInterface first =
        ec2.createNetworkInterface(r -> r.subnetId(subnet).description("one")).networkInterface();
    assertThat(first.networkInterfaceId()).matches("eni-[0-9a-f]{17}");
    assertThat(first.privateIpAddress()).isEqualTo("10.9.0.4");
    assertThat(first.statusAsString()).isEqualTo("available");
    assertThat(first.groups()).extracting(g -> g.groupName()).containsExactly("default");
    assertThat(first.macAddress()).matches("02(:[0-9a-f]{2}){5}");
    assertThat(available(subnet)).isEqualTo(10);
    assertThat(code(() -> ec2.createNetworkInterface(r -> r.subnetId(subnet).privateIpAddress("10.9.0.4"))))
        .isEqualTo("InvalidIPAddress.InUse The specified address is already in use.");
    for (int i = 0; i < 10; i++) {
      ec2.createNetworkInterface(r -> r.subnetId(subnet));
    }
    assertThat(available(subnet)).isZero();
    assertThat(code(() -> ec2.createNetworkInterface(r -> r.subnetId(subnet))))
        .isEqualTo("InsufficientFreeAddressesInSubnet The specified subnet does not have enough"
            + " free addresses to satisfy the request.");

    assertThat(ec2.describeNetworkInterfaces(r -> r.filters(f -> f.name("description").values("one")))
            .networkInterfaces())
        .extracting(NetworkInterface::networkInterfaceId)
        .containsExactly(first.networkInterfaceId());
    assertThat(code(() -> ec2.deleteSubnet(r -> r.subnetId(subnet)))).startsWith("DependencyViolation");
    ec2.deleteNetworkInterface(r -> r.networkInterfaceId(first.networkInterfaceId()));
    assertThat(available(subnet)).isEqualTo(1);
    assertThat(code(() -> ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(first.networkInterfaceId()))))
        .isEqualTo("InvalidNetworkInterfaceID.NotFound The networkInterface ID '"
            + first.networkInterfaceId() + "' does not exist");
  }

  @Test
  void clusterNodes_takeAddressesAndASubnetWithoutRoomFailsTheCluster() {
    HyperPodPrerequisites spec =
        HyperPodPrerequisites.load(Path.of("..", "examples", "specs", "full.yaml"));
    SimulatorBackend root = simulator.backend(spec.region());
    ApplyResult applied = spec.apply(root);
    assertThat(applied.succeeded()).as(applied.failures().toString()).isTrue();
    simulator.clock().advance(Duration.ofDays(3));
    CreateClusterRequest request = spec.plan(root).createClusterRequest().orElseThrow();
    String subnet = request.vpcConfig().orElseThrow().subnets().get(0);
    int before = available(subnet);
    int needed = 1 + 1 + 2 * 32; // controller, login, two P5s of 32 addresses each

    root.sageMaker().createCluster(request);

    assertThat(available(subnet)).isEqualTo(before - needed);
    assertThat(ec2.describeNetworkInterfaces(r -> r.filters(f -> f.name("subnet-id").values(subnet),
            f -> f.name("requester-managed").values("true"))).networkInterfaces())
        .filteredOn(n -> n.description().startsWith("SageMaker HyperPod cluster"))
        .hasSize(needed)
        .allSatisfy(n -> assertThat(n.statusAsString()).isEqualTo("in-use"));
    root.sageMaker().deleteCluster(request.clusterName());
    simulator.clock().advance(SageMakerOperations.DELETE_TIME);
    assertThat(available(subnet)).isEqualTo(before);

    Subnet small = ec2.createSubnet(r -> r.vpcId(
            ec2.describeSubnets(s -> s.subnetIds(subnet)).subnets().get(0).vpcId())
        .cidrBlock("10.0.255.0/28")
        .availabilityZoneId("usw2-az2")).subnet();
    ImmutableCreateClusterRequest tight =
        ImmutableCreateClusterRequest.copyOf(request)
            .withClusterName("tight")
            .withVpcConfig(ImmutableVpcConfig.copyOf(request.vpcConfig().orElseThrow())
                .withSubnets(small.subnetId()));
    root.sageMaker().createCluster(tight);
    simulator.clock().advance(SageMakerOperations.CREATE_TIME);
    Cluster failed = root.sageMaker().describeCluster("tight").orElseThrow();

    assertThat(failed.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(failed.clusterStatusAsString()).isEqualTo("Failed");
    assertThat(failed.failureMessage()).contains(
        "InsufficientFreeAddressesInSubnet: There are not enough free addresses in subnet '"
            + small.subnetId() + "' to satisfy the requested number of instances.");
    assertThat(available(small.subnetId())).isEqualTo(11);
  }
}
