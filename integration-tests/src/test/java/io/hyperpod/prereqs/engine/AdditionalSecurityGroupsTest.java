package io.hyperpod.prereqs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.Severity;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spec.Network;
import io.hyperpod.prereqs.spec.SpecProblem;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableVpcConfig;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Security groups beyond the cluster's own (network.additionalSecurityGroupIds): each is given to
 * the cluster, checked for EFA's self rules and open egress like the cluster's own group, and
 * CreateCluster takes at most 5.
 */
class AdditionalSecurityGroupsTest {
  static final String ZONE = "usw2-az2";

  SimulatorBackend backend;
  AccountNetwork account;
  Vpc vpc;
  Subnet subnet;
  SecurityGroup main;

  @BeforeEach
  void fresh() {
    backend = AwsSimulator.create().backend(Specs.REGION);
    account = new AccountNetwork(backend);
    vpc = account.vpc("10.1.0.0/16");
    subnet = account.subnet(vpc, "10.1.0.0/20", ZONE);
    main = account.efaGroup(vpc, "team-efa");
  }

  private HyperPodPrerequisites with(String... extra) {
    Network n = io.hyperpod.prereqs.spec.ImmutableNetwork.copyOf(
            AccountNetwork.adopting(vpc, subnet, main, ZONE, true))
        .withAdditionalSecurityGroupIds(extra);
    return HyperPodPrerequisites.builder().from(Specs.demo()).network(n).build();
  }

  private static List<Finding> findings(Plan plan, String id) {
    return plan.findings().stream().filter(f -> f.id().equals(id)).toList();
  }

  @Test
  void plan_additionalEfaGroup_isInTheRequestWithoutFindings() {
    SecurityGroup monitoring = account.efaGroup(vpc, "monitoring");

    Plan plan = with(monitoring.groupId()).plan(backend);

    assertThat(plan.findings()).filteredOn(f -> f.id().startsWith("network.security-group"))
        .isEmpty();
    assertThat(plan.createClusterRequest().orElseThrow().vpcConfig().orElseThrow().securityGroupIds())
        .containsExactly(main.groupId(), monitoring.groupId());
  }

  @Test
  void plan_additionalGroupWithoutSelfRulesAndOpenEgress_isAnErrorAndAWarningNamingIt() {
    SecurityGroup bare = account.bareGroup(vpc, "default-like");

    Plan plan = with(bare.groupId()).plan(backend);

    assertThat(findings(plan, "network.security-group.efa-self-rules")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.address().orElseThrow().toString()).isEqualTo("ec2_security_group." + bare.groupId());
          assertThat(f.fix()).contains("authorize-security-group-ingress --group-id " + bare.groupId());
        });
    assertThat(findings(plan, "network.security-group.open-egress")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void plan_additionalGroupMissingOrInAnotherVpc_isAnError() {
    Vpc other = account.vpc("10.2.0.0/16");
    SecurityGroup elsewhere = account.efaGroup(other, "elsewhere");

    Plan plan = with("sg-0123456789abcdef0", elsewhere.groupId()).plan(backend);

    assertThat(findings(plan, "network.security-group.not-found")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sg-0123456789abcdef0"));
    assertThat(findings(plan, "network.security-group.vpc")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(elsewhere.groupId()));
  }

  @Test
  void validate_fiveAdditionalGroupsDuplicatesAndBadIds_reportedAtOnce() {
    String[] five = IntStream.range(0, 5).mapToObj(i -> "sg-0123456789abcdef" + i).toArray(String[]::new);
    HyperPodPrerequisites tooMany = with(five);
    HyperPodPrerequisites broken = with("sg-1", main.groupId(), "sg-0123456789abcdef0", "sg-0123456789abcdef0");

    assertThat(tooMany.validate()).extracting(SpecProblem::path)
        .containsExactly("network.additionalSecurityGroupIds");
    assertThat(broken.validate()).extracting(SpecProblem::path).containsExactly(
        "network.additionalSecurityGroupIds[0]", "network.additionalSecurityGroupIds[1]",
        "network.additionalSecurityGroupIds[3]");
    assertThatThrownBy(() -> tooMany.plan(backend)).isInstanceOf(InvalidSpecException.class);
  }

  @Test
  void createCluster_sixSecurityGroups_refusedNamingTheRequirement() {
    HyperPodPrerequisites spec = with(account.efaGroup(vpc, "monitoring").groupId());
    assertThat(spec.apply(backend).succeeded()).isTrue();
    CreateClusterRequest request = spec.plan(backend).createClusterRequest().orElseThrow();
    List<String> six = IntStream.range(0, 6).mapToObj(i -> account.efaGroup(vpc, "g" + i).groupId()).toList();
    CreateClusterRequest tooMany = ImmutableCreateClusterRequest.copyOf(request).withVpcConfig(
        ImmutableVpcConfig.copyOf(request.vpcConfig().orElseThrow()).withSecurityGroupIds(six));

    assertThatThrownBy(() -> backend.sageMaker().createCluster(tooMany))
        .isInstanceOfSatisfying(CloudException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining("network.security-group-count");
  }
}
