package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyListener;
import io.hyperpod.prereqs.apply.ApplyOptions;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.apply.ChangeOutcome;
import io.hyperpod.prereqs.apply.ChangeResult;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.internal.fsx.FsxOperations;
import io.hyperpod.prereqs.spi.CloudBackend;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.ec2.VpcAttribute;
import io.hyperpod.prereqs.spi.ec2.VpcEndpoint;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A spec with a network the stack creates and a new FSx file system: planned, applied (waiting for
 * FSx on the simulated clock), re-planned to no changes, and destroyed with and without its data.
 */
class NetworkLifecycleTest {
  AwsSimulator simulator;
  CloudBackend backend;
  HyperPodPrerequisites spec = Specs.withNetworkAndFsx();

  @BeforeEach
  void fresh() {
    simulator = AwsSimulator.create();
    backend = simulator.backend(Specs.REGION);
  }

  private List<String> addresses(Plan plan, ChangeAction action) {
    return plan.changes().stream()
        .filter(c -> c.action() == action)
        .map(c -> c.address().toString())
        .toList();
  }

  private Vpc stackVpc() {
    return backend.ec2().describeVpcs(Ec2Query.tagged("hyperpod-prereqs:stack", "demo")).get(0);
  }

  private List<FileSystem> fileSystems() {
    return backend.fsx().describeFileSystems(List.of());
  }

  @Test
  void plan_freshAccount_plansNetworkFsxAndVpcPolicyAndWritesNothing() {
    Plan plan = spec.plan(backend);

    assertThat(Specs.networkFindings(plan)).isEmpty();
    assertThat(addresses(plan, ChangeAction.CREATE))
        .contains(
            "ec2_vpc.main",
            "ec2_subnet.10.0.0.0/20",
            "ec2_security_group.efa",
            "ec2_security_group_rule.efa/ingress-self",
            "ec2_security_group_rule.efa/egress-self",
            "ec2_security_group_rule.efa/egress-s3",
            "ec2_vpc_endpoint.s3",
            "fsx_file_system.lustre",
            "iam_policy.demo-execution-vpc",
            "iam_policy_attachment.role/demo-worker-role/demo-execution-vpc",
            "s3_bucket_policy." + Specs.BUCKET);
    CreateClusterRequest planned = plan.createClusterRequest().orElseThrow();
    assertThat(planned.complete()).isFalse();
    assertThat(planned.vpcConfig().orElseThrow().subnets()).isEmpty();
    assertThat(planned.vpcConfig().orElseThrow().securityGroupIds()).isEmpty();
    assertThat(planned.unknownIds())
        .extracting(u -> u.field() + " " + u.address())
        .containsExactly("VpcConfig.SecurityGroupIds[0] ec2_security_group.efa",
            "VpcConfig.Subnets[0] ec2_subnet.10.0.0.0/20");
    ResourceChange vpc = plan.changes().stream()
        .filter(c -> c.address().toString().equals("ec2_vpc.main")).findFirst().orElseThrow();
    assertThat(vpc.after()).containsEntry("id", null).containsEntry("cidr", "10.0.0.0/16");
    assertThat(vpc.afterUnknown()).containsExactly("/id");
    assertThat(backend.ec2().describeVpcs(Ec2Query.all()))
        .extracting(Vpc::isDefault)
        .containsOnly(true);
    assertThat(fileSystems()).isEmpty();
  }

  @Test
  void apply_freshAccount_createsTheNetworkAsPlannedAndReplansToNoChanges() {
    ApplyResult result = spec.apply(backend);

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    Vpc vpc = stackVpc();
    assertThat(vpc.cidrBlock()).isEqualTo("10.0.0.0/16");
    assertThat(backend.ec2().vpcAttribute(vpc.vpcId(), VpcAttribute.ENABLE_DNS_HOSTNAMES)).isTrue();
    Subnet subnet =
        backend.ec2().describeSubnets(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))).get(0);
    assertThat(subnet.availabilityZoneId()).isEqualTo("usw2-az2");
    assertThat(subnet.tags())
        .containsEntry("hyperpod-prereqs:stack", "demo")
        .containsEntry("team", "ml");

    Plan again = spec.plan(backend);
    assertThat(addresses(again, ChangeAction.NOOP)).hasSameSizeAs(again.changes());
    assertThat(Specs.networkFindings(again)).isEmpty();
    assertThat(spec.apply(backend).changes())
        .extracting(ChangeResult::outcome)
        .containsOnly(ChangeOutcome.UNCHANGED);
  }

  @Test
  void apply_securityGroup_allowsAllWithinItselfAndHttpsToS3AndNothingToAnywhere() {
    spec.apply(backend);

    SecurityGroup g =
        backend
            .ec2()
            .describeSecurityGroups(
                Ec2Query.filter("vpc-id", List.of(stackVpc().vpcId()))
                    .and("group-name", List.of("demo-efa")))
            .get(0);
    String s3List =
        backend
            .ec2()
            .describePrefixLists(
                Ec2Query.filter(
                    "prefix-list-name", List.of(VpcEndpoint.s3ServiceName(Specs.REGION))))
            .get(0)
            .prefixListId();
    assertThat(g.ingress())
        .extracting(r -> r.permission())
        .containsExactly(IpPermission.allWithGroup(g.groupId()));
    assertThat(g.egress())
        .extracting(r -> r.permission())
        .containsExactlyInAnyOrder(
            IpPermission.allWithGroup(g.groupId()),
            IpPermission.tcpWithPrefixList(443, 443, s3List));
  }

  @Test
  void apply_s3Endpoint_routesTheSubnetsTableToS3() {
    spec.apply(backend);

    Vpc vpc = stackVpc();
    VpcEndpoint endpoint =
        backend.ec2().describeVpcEndpoints(Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))).get(0);
    RouteTable main =
        backend
            .ec2()
            .describeRouteTables(
                Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                    .and("association.main", List.of("true")))
            .get(0);
    assertThat(endpoint.serviceName()).isEqualTo("com.amazonaws.us-west-2.s3");
    assertThat(endpoint.routeTableIds()).containsExactly(main.routeTableId());
    assertThat(main.routes())
        .anySatisfy(r -> assertThat(r.gatewayId()).hasValue(endpoint.vpcEndpointId()));
  }

  @Test
  void apply_fileSystem_waitsForAvailableOnTheSimulatedClockWithProgress() {
    Instant start = simulator.clock().instant();
    List<String> progress = new ArrayList<>();
    ApplyListener listener =
        new ApplyListener() {
          @Override
          public void progress(ResourceChange change, String message) {
            progress.add(change.address() + ": " + message);
          }
        };

    ApplyResult result =
        spec.plan(backend).apply(ApplyOptions.builder().listener(listener).build());

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    FileSystem fs = fileSystems().get(0);
    assertThat(fs.lifecycle()).isEqualTo(FileSystem.AVAILABLE);
    assertThat(Duration.between(start, simulator.clock().instant()))
        .isGreaterThanOrEqualTo(FsxOperations.CREATION_TIME);
    assertThat(progress)
        .anyMatch(p -> p.startsWith("fsx_file_system.lustre: ") && p.contains("CREATING"));
    assertThat(progress).anyMatch(p -> p.contains("is AVAILABLE after"));
  }

  @Test
  void apply_fileSystem_isInTheClusterSubnetAndNamedInTheProvisioningParameters() {
    CreateClusterRequest request = spec.apply(backend).createClusterRequest().orElseThrow();

    FileSystem fs = fileSystems().get(0);
    String subnetId = request.vpcConfig().orElseThrow().subnets().get(0);
    assertThat(fs.subnetIds()).containsExactly(subnetId);
    String params =
        new String(
            backend
                .s3()
                .getObject(Specs.BUCKET, "hyperpod/lifecycle/provisioning_parameters.json")
                .orElseThrow(),
            StandardCharsets.UTF_8);
    assertThat(params)
        .contains("\"fsx_dns_name\" : \"" + fs.dnsName() + "\"")
        .contains("\"fsx_mountname\" : \"" + fs.mountName() + "\"");
  }

  @Test
  void apply_createClusterRequest_hasVpcConfigWithTheStacksSubnetAndGroup() {
    CreateClusterRequest request = spec.apply(backend).createClusterRequest().orElseThrow();

    Vpc vpc = stackVpc();
    String subnet =
        backend
            .ec2()
            .describeSubnets(Ec2Query.filter("vpc-id", List.of(vpc.vpcId())))
            .get(0)
            .subnetId();
    String group =
        backend
            .ec2()
            .describeSecurityGroups(
                Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                    .and("group-name", List.of("demo-efa")))
            .get(0)
            .groupId();
    assertThat(request.vpcConfig().orElseThrow().subnets()).containsExactly(subnet);
    assertThat(request.vpcConfig().orElseThrow().securityGroupIds()).containsExactly(group);
  }

  @Test
  void apply_executionRoles_getTheVpcPolicyWithFsxDescribe() {
    spec.apply(backend);

    var iam = backend.iam().snapshot();
    String arn = "arn:aws:iam::123456789012:policy/hyperpod-prereqs/demo/demo-execution-vpc";
    assertThat(iam.role("demo-execution-role").orElseThrow().attachedPolicyArns()).contains(arn);
    assertThat(iam.role("demo-worker-role").orElseThrow().attachedPolicyArns()).contains(arn);
    assertThat(iam.policy(arn).orElseThrow().defaultDocument())
        .contains(
            "ec2:DetachNetworkInterface",
            "ec2:CreateNetworkInterface",
            "arn:aws:ec2:*:*:network-interface/*",
            "fsx:DescribeFileSystems");
  }

  @Test
  void destroy_withoutDeleteData_keepsTheFileSystemAndWhatItNeedsAndSaysSo() {
    spec.apply(backend);

    Plan destroy = spec.planDestroy(backend);

    assertThat(destroy.changes())
        .filteredOn(c -> c.address().toString().equals("fsx_file_system.lustre"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo(ChangeAction.NOOP);
              assertThat(c.reason()).contains("--delete-data");
            });
    assertThat(addresses(destroy, ChangeAction.NOOP))
        .contains(
            "ec2_vpc.main",
            "ec2_subnet.10.0.0.0/20",
            "ec2_security_group.efa",
            "ec2_security_group_rule.efa/ingress-self");
    assertThat(addresses(destroy, ChangeAction.DELETE))
        .contains(
            "ec2_vpc_endpoint.s3", "iam_role.demo-execution-role", "s3_bucket." + Specs.BUCKET);
    assertThat(destroy.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("data.kept");
              assertThat(f.message()).contains("ec2_vpc.main").contains("ec2_subnet.10.0.0.0/20");
              assertThat(f.fix()).contains("--delete-data");
            });
    ApplyResult result = destroy.apply();
    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    assertThat(fileSystems())
        .singleElement()
        .satisfies(f -> assertThat(f.lifecycle()).isEqualTo(FileSystem.AVAILABLE));
    assertThat(stackVpc().cidrBlock()).isEqualTo("10.0.0.0/16");
  }

  @Test
  void destroy_withDeleteData_removesEverythingTheStackCreated() {
    spec.apply(backend);

    ApplyResult result = spec.planDestroy(backend, true).apply();

    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    assertThat(fileSystems()).isEmpty();
    assertThat(backend.ec2().describeVpcs(Ec2Query.all()))
        .extracting(Vpc::isDefault)
        .containsExactly(true);
    assertThat(
            backend.ec2().describeTags(Ec2Query.filter("key", List.of("hyperpod-prereqs:stack"))))
        .isEmpty();
    assertThat(backend.iam().snapshot().policies()).isEmpty();
    assertThat(spec.plan(backend).changes())
        .filteredOn(c -> c.address().type().matches("(ec2|fsx|iam|s3)_.*"))
        .extracting(ResourceChange::action)
        .containsOnly(ChangeAction.CREATE);
  }

  @Test
  void plan_networkRemovedFromSpec_deletesWhatTheStackMadeForIt() {
    HyperPodPrerequisites networkOnly =
        HyperPodPrerequisites.builder().from(Specs.demo()).network(Specs.createdNetwork()).build();
    assertThat(networkOnly.apply(backend).succeeded()).isTrue();

    Plan plan = Specs.demo().plan(backend);

    assertThat(addresses(plan, ChangeAction.DELETE))
        .hasSize(8)
        .contains("iam_policy.demo-execution-vpc", "s3_bucket_policy." + Specs.BUCKET);
    assertThat(addresses(plan, ChangeAction.DELETE))
        .anyMatch(a -> a.startsWith("ec2_vpc.vpc-"))
        .anyMatch(a -> a.startsWith("ec2_subnet.subnet-"))
        .anyMatch(a -> a.startsWith("ec2_security_group.sg-"))
        .anyMatch(a -> a.startsWith("ec2_vpc_endpoint.vpce-"));
    ApplyResult result = plan.apply();
    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    assertThat(backend.ec2().describeVpcs(Ec2Query.all())).hasSize(1);
    assertThat(backend.s3().getBucketPolicy(Specs.BUCKET)).isEmpty();
    assertThat(Specs.demo().plan(backend).hasChanges()).isFalse();
  }

  @Test
  void plan_fsxRemovedFromSpec_keepsTheFileSystemAndSaysHowToDeleteIt() {
    spec.apply(backend);
    HyperPodPrerequisites withoutFsx =
        HyperPodPrerequisites.builder().from(spec).fsx(java.util.Optional.empty()).build();

    Plan plan = withoutFsx.plan(backend);

    String fs = fileSystems().get(0).fileSystemId();
    assertThat(plan.changes())
        .filteredOn(c -> c.address().toString().equals("fsx_file_system." + fs))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo(ChangeAction.NOOP);
              assertThat(c.reason()).contains("holds user data").contains("--delete-data");
            });
    assertThat(plan.findings()).extracting(f -> f.id()).containsExactly("data.kept");
    assertThat(plan.apply().succeeded()).isTrue();
    assertThat(fileSystems()).hasSize(1);
  }

  @Test
  void plan_specWithoutNetwork_readsNothingOfEc2OrFsx() {
    Specs.demo().apply(backend);
    simulator.clearCalls();

    Specs.demo().plan(backend);

    assertThat(simulator.calls()).extracting(c -> c.service())
        .doesNotContain("ec2", "fsx").contains("iam");
  }

  @Test
  void apply_vpcTagsChangedOutsideTheTool_restoresThem() {
    spec.apply(backend);
    Vpc vpc = stackVpc();
    backend.ec2().createTags(List.of(vpc.vpcId()), Map.of("team", "other"));

    Plan plan = spec.plan(backend);

    assertThat(addresses(plan, ChangeAction.UPDATE)).containsExactly("ec2_vpc.main");
    plan.apply();
    assertThat(stackVpc().tags()).containsEntry("team", "ml");
  }
}
