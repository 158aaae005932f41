package io.hyperpod.prereqs.readiness;

import io.hyperpod.prereqs.spi.sagemaker.ClusterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperpod.prereqs.HyperPodPrerequisites;
import io.hyperpod.prereqs.apply.ApplyResult;
import io.hyperpod.prereqs.plan.ChangeAction;
import io.hyperpod.prereqs.plan.Finding;
import io.hyperpod.prereqs.plan.Plan;
import io.hyperpod.prereqs.plan.ResourceChange;
import io.hyperpod.prereqs.simulator.AwsSimulator;
import io.hyperpod.prereqs.simulator.QuotaApprovalPolicy;
import io.hyperpod.prereqs.simulator.SimulatedCaller;
import io.hyperpod.prereqs.simulator.SimulatorBackend;
import io.hyperpod.prereqs.spec.InvalidSpecException;
import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.quotas.QuotaChangeRequest;
import io.hyperpod.prereqs.spi.sagemaker.Cluster;
import io.hyperpod.prereqs.spi.sagemaker.CreateClusterRequest;
import io.hyperpod.prereqs.spi.sagemaker.ImmutableCreateClusterRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every quota a cluster needs (issue 13 item 4), on the simulator: each read by name from its
 * service (sagemaker, vpc), compared with what the spec needs, requested when it falls short, and
 * met by the simulated CreateCluster (and CreateVpc) as AWS does; verify names each.
 */
class EveryQuotaTest {
  static final String REGION = "us-west-2";
  static final String ENI = "Network interfaces per Region";
  static final String VPCS = "VPCs per Region";
  static final String EBS = "Maximum size of EBS volume in GB for a SageMaker HyperPod cluster instance";
  static final String TOTAL = "Total number of instances allowed across SageMaker HyperPod clusters";

  final AwsSimulator simulator = AwsSimulator.create();
  final SimulatorBackend root = simulator.backend(REGION);

  EveryQuotaTest() {
    // the P5s fit, so that each test meets the one quota it is about
    simulator.serviceQuotas().defaultValue("ml.p5.48xlarge for cluster usage", 10);
  }

  /** The full example with its text replaced (pairs of text, replacement). */
  static HyperPodPrerequisites full(String... textThenReplacement) {
    return ReadyAccount.fullWith(textThenReplacement);
  }

  /** The full example whose P5 group asks for a secondary EBS volume of this size. */
  static HyperPodPrerequisites withEbs(int gb, boolean requestIncreases) {
    return full("    executionRole: full-worker-role",
        "    executionRole: full-worker-role\n    ebsVolumeSizeGB: " + gb,
        "requestIncreases: true", "requestIncreases: " + requestIncreases);
  }

  static ResourceChange change(Plan plan, String address) {
    return plan.changes().stream().filter(c -> c.address().toString().equals(address))
        .findFirst().orElseThrow(() -> new AssertionError("no change " + address + " in "
            + plan.changes().stream().map(c -> c.address().toString()).toList()));
  }

  @Test
  void plan_fullSpec_readsTheNetworkQuotasByNameFromTheVpcService() {
    Plan plan = full().plan(root);

    ResourceChange enis = change(plan, "service_quota.network-interfaces");
    assertThat(enis.action()).isEqualTo(ChangeAction.NOOP);
    // 1 c5 + 1 m5 + 2 P5 with 32 network cards each
    assertThat(enis.before()).containsEntry("quota_name", ENI).containsEntry("quota_code", "L-DF5E4CA3")
        .containsEntry("needed", 66L).containsEntry("value", 5000L);
    ResourceChange vpcs = change(plan, "service_quota.vpcs");
    // the region's default VPC and the one the spec creates
    assertThat(vpcs.before()).containsEntry("quota_code", "L-F678F1CE").containsEntry("needed", 2L)
        .containsEntry("value", 5L);
    assertThat(change(plan, "service_quota.instances-total").before())
        .containsEntry("quota_name", TOTAL).containsEntry("needed", 4L);
    assertThat(plan.changes()).extracting(c -> c.address().toString())
        .doesNotContain("service_quota.ebs-volume-size");
  }

  @Test
  void applyAndPlan_regionAtItsVpcQuota_createVpcRefusedAndASixthVpcRequestedFromTheVpcService() {
    for (int i = 0; i < 4; i++) {   // with the default VPC: 5, the quota's default
      root.ec2().createVpc("10." + (100 + i) + ".0.0/16", Map.of());
    }
    HyperPodPrerequisites spec = full();

    Plan plan = spec.plan(root);
    ResourceChange vpcs = change(plan, "service_quota.vpcs");
    assertThat(vpcs.action()).isEqualTo(ChangeAction.REQUEST);
    assertThat(vpcs.reason()).contains("the spec needs 6 VPCs in the region").contains("the quota is 5");

    ApplyResult result = spec.apply(root);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.failures().toString()).contains("VpcLimitExceeded")
        .contains("The maximum number of VPCs has been reached.");
    List<QuotaChangeRequest> requests = root.quotas().listRequestHistory("vpc", "L-F678F1CE");
    assertThat(requests).singleElement().satisfies(r -> {
      assertThat(r.serviceCode()).isEqualTo("vpc");
      assertThat(r.quotaName()).isEqualTo(VPCS);
      assertThat(r.desiredValue()).isEqualTo(6.0);
    });

    simulator.clock().advance(Duration.ofDays(1));   // at most 16: approved after a day
    ApplyResult again = spec.apply(root);
    assertThat(again.succeeded()).as(again.failures().toString()).isTrue();
    assertThat(change(spec.plan(root), "service_quota.vpcs").action()).isEqualTo(ChangeAction.NOOP);
    assertThat(root.quotas().listRequestHistory("vpc", "L-F678F1CE")).hasSize(1);
  }

  @Test
  void plan_ebsVolumeAboveItsQuota_requestedOrWarnedAndCarriedInTheRequest() {
    Plan requested = withEbs(2000, true).plan(root);
    ResourceChange ebs = change(requested, "service_quota.ebs-volume-size");
    assertThat(ebs.action()).isEqualTo(ChangeAction.REQUEST);
    assertThat(ebs.before()).containsEntry("quota_name", EBS).containsEntry("needed", 2000L)
        .containsEntry("value", 1024L);
    CreateClusterRequest request = requested.createClusterRequest().orElseThrow();
    assertThat(request.instanceGroups()).filteredOn(g -> g.instanceGroupName().equals("worker-group-1"))
        .singleElement().satisfies(g -> assertThat(g.instanceStorageConfigs()).singleElement()
            .satisfies(c -> assertThat(c.ebsVolumeConfig().orElseThrow().volumeSizeInGB()).contains(2000)));

    Plan warned = withEbs(2000, false).plan(root);
    assertThat(warned.findings()).filteredOn(f -> f.id().equals("quota.shortfall"))
        .extracting(f -> f.address().orElseThrow().toString())
        .containsExactly("service_quota.ebs-volume-size");
    assertThat(warned.findings()).filteredOn(f -> f.id().equals("quota.shortfall"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains(EBS).contains("2000 GB"));
  }

  @Test
  void createClusterAndVerify_ebsVolumeAboveItsQuota_refusedWithResourceLimitExceeded() {
    HyperPodPrerequisites spec = withEbs(2000, false);
    applied(spec);
    CreateClusterRequest request = spec.plan(root).createClusterRequest().orElseThrow();

    assertRefused(request, "quotas.ebs-volume-size");
    assertThat(failures(spec)).contains("quotas.ebs-volume-size");

    simulator.serviceQuotas().appliedValue(root.accountId(), REGION, EBS, 2048);
    assertThat(failures(spec)).doesNotContain("quotas.ebs-volume-size");
  }

  @Test
  void planApplyVerify_networkInterfacesShort_requestedFromVpcAndTheClusterFails() {
    simulator.serviceQuotas().defaultValue(ENI, 10)
        .approvalPolicy(QuotaApprovalPolicy.builder().autoApproveUpTo(0).caseApproveUpTo(0).build());
    HyperPodPrerequisites spec = full();

    ResourceChange enis = change(spec.plan(root), "service_quota.network-interfaces");
    assertThat(enis.action()).isEqualTo(ChangeAction.REQUEST);
    applied(spec);
    assertThat(root.quotas().listRequestHistory("vpc", "L-DF5E4CA3")).singleElement()
        .satisfies(r -> assertThat(r.desiredValue()).isEqualTo(66.0));
    assertThat(failures(spec)).contains("quotas.network-interfaces");

    CreateClusterRequest request = spec.plan(root).createClusterRequest().orElseThrow();
    String arn = admin().sageMaker().createCluster(request);
    simulator.clock().advance(Duration.ofMinutes(30));
    Cluster c = root.sageMaker().describeCluster(arn).orElseThrow();
    assertThat(c.clusterStatus()).isEqualTo(ClusterStatus.FAILED);
    assertThat(c.failureMessage().orElseThrow()).contains("network interface")
        .contains("quotas.network-interfaces");
  }

  @Test
  void createClusterAndVerify_totalAcrossClustersExceeded_refusedWithResourceLimitExceeded() {
    HyperPodPrerequisites spec = full();
    applied(spec);
    simulator.serviceQuotas().appliedValue(root.accountId(), REGION, "ml.p5.48xlarge for cluster usage", 100)
        .appliedValue(root.accountId(), REGION, TOTAL, 6);
    CreateClusterRequest request = spec.plan(root).createClusterRequest().orElseThrow();
    root.sageMaker().createCluster(ImmutableCreateClusterRequest.copyOf(request).withClusterName("other"));

    assertRefused(request, "quotas.total-instances");
    assertThat(failures(spec)).contains("quotas.total-instances").doesNotContain("quotas.cluster-usage");
  }

  @Test
  void load_ebsVolumeSizesOutOfRange_everyProblemAtOnceWithFieldAndFix() {
    assertThatThrownBy(() -> full(
        "    count: 1\n  - name: login-group", "    count: 1\n    ebsVolumeSizeGB: 0\n  - name: login-group",
        "    executionRole: full-worker-role", "    executionRole: full-worker-role\n    ebsVolumeSizeGB: 16385"))
        .isInstanceOfSatisfying(InvalidSpecException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.path())
              .contains("instanceGroups[0].ebsVolumeSizeGB", "instanceGroups[2].ebsVolumeSizeGB");
          assertThat(e.getMessage()).contains("1 to 16384").contains("16385");
        });
  }

  private void applied(HyperPodPrerequisites spec) {
    ApplyResult result = spec.apply(root);
    assertThat(result.succeeded()).as(result.failures().toString()).isTrue();
    simulator.clock().advance(Duration.ofDays(3));
  }

  private SimulatorBackend admin() {
    return root.as(SimulatedCaller.user(ReadyAccount.ADMIN));
  }

  private void assertRefused(CreateClusterRequest request, String requirement) {
    assertThatThrownBy(() -> admin().sageMaker().createCluster(request))
        .isInstanceOfSatisfying(CloudException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ResourceLimitExceeded"))
        .hasMessageContaining(requirement);
  }

  private List<String> failures(HyperPodPrerequisites spec) {
    return spec.verify(root).failures().stream().map(RequirementResult::id).toList();
  }

  static List<String> ids(Plan plan) {
    return plan.findings().stream().map(Finding::id).toList();
  }
}
