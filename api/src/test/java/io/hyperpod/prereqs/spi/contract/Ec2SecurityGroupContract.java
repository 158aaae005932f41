package io.hyperpod.prereqs.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperpod.prereqs.spi.AlreadyExistsException;
import io.hyperpod.prereqs.spi.ConflictException;
import io.hyperpod.prereqs.spi.DependencyViolationException;
import io.hyperpod.prereqs.spi.NotFoundException;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.SecurityGroupRule;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * EC2 security groups: the default outbound rule, unique names per VPC, self-referencing rules with
 * ids, duplicates and missing rules, deletion refused while in use. Part of {@link
 * CloudBackendContractTest}.
 */
public abstract class Ec2SecurityGroupContract extends NetworkContractGroup {
  protected Ec2SecurityGroupContract(CloudBackendContractTest suite) {
    super(suite);
  }

  @Test
  void createSecurityGroup_new_hasOnlyTheDefaultOutboundRuleToAnywhere() {
    Vpc vpc = newVpc("10.40.0.0/16");

    SecurityGroup g = newGroup(vpc);

    assertThat(g.groupId()).matches("sg-[0-9a-f]{8,17}");
    assertThat(g.vpcId()).isEqualTo(vpc.vpcId());
    assertThat(group(g.groupId()).rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isEgress()).isTrue();
              assertThat(r.permission()).isEqualTo(IpPermission.allWithCidr("0.0.0.0/0"));
            });
  }

  @Test
  void createSecurityGroup_nameTakenInTheVpc_failsWithInvalidGroupDuplicate() {
    Vpc vpc = newVpc("10.41.0.0/16");
    SecurityGroup g = newGroup(vpc);

    assertCloudError(
        () -> ec2().createSecurityGroup(vpc.vpcId(), g.groupName(), "again", Map.of()),
        AlreadyExistsException.class,
        "InvalidGroup.Duplicate",
        400);
  }

  @Test
  void authorizeSecurityGroupIngress_selfReference_addsARuleWithAnId() {
    Vpc vpc = newVpc("10.42.0.0/16");
    SecurityGroup g = newGroup(vpc);

    List<SecurityGroupRule> added =
        ec2()
            .authorizeSecurityGroupIngress(
                g.groupId(),
                List.of(IpPermission.allWithGroup(g.groupId())),
                Map.of("rule", "self"));

    assertThat(added)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ruleId()).matches("sgr-[0-9a-f]{8,17}");
              assertThat(r.isEgress()).isFalse();
              assertThat(r.groupId()).isEqualTo(g.groupId());
              assertThat(r.permission().referencedGroupId()).hasValue(g.groupId());
              assertThat(r.tags()).containsEntry("rule", "self");
            });
    assertThat(group(g.groupId()).ingress())
        .extracting(SecurityGroupRule::ruleId)
        .containsExactly(added.get(0).ruleId());
  }

  @Test
  void authorizeSecurityGroupEgress_existingRule_failsWithInvalidPermissionDuplicate() {
    Vpc vpc = newVpc("10.43.0.0/16");
    SecurityGroup g = newGroup(vpc);

    assertCloudError(
        () ->
            ec2()
                .authorizeSecurityGroupEgress(
                    g.groupId(), List.of(IpPermission.allWithCidr("0.0.0.0/0")), Map.of()),
        AlreadyExistsException.class,
        "InvalidPermission.Duplicate",
        400);
  }

  @Test
  void revokeSecurityGroupEgress_defaultRule_leavesNoOutboundRule() {
    Vpc vpc = newVpc("10.44.0.0/16");
    SecurityGroup g = newGroup(vpc);

    ec2().revokeSecurityGroupEgress(g.groupId(), List.of(IpPermission.allWithCidr("0.0.0.0/0")));

    assertThat(group(g.groupId()).egress()).isEmpty();
  }

  @Test
  void revokeSecurityGroupIngress_missingRule_failsWithInvalidPermissionNotFound() {
    Vpc vpc = newVpc("10.45.0.0/16");
    SecurityGroup g = newGroup(vpc);

    assertCloudError(
        () ->
            ec2()
                .revokeSecurityGroupIngress(
                    g.groupId(), List.of(IpPermission.allWithGroup(g.groupId()))),
        NotFoundException.class,
        "InvalidPermission.NotFound",
        400);
  }

  @Test
  void deleteSecurityGroup_referencedByAnotherGroup_failsWithDependencyViolation() {
    assumeNo(KnownDeviation.EC2_GROUP_DELETE_CHECKS_NOT_ENFORCED);
    Vpc vpc = newVpc("10.46.0.0/16");
    SecurityGroup target = newGroup(vpc);
    SecurityGroup other = newGroup(vpc);
    ec2()
        .authorizeSecurityGroupIngress(
            other.groupId(), List.of(IpPermission.allWithGroup(target.groupId())), Map.of());
    afterTest(
        () ->
            ec2()
                .revokeSecurityGroupIngress(
                    other.groupId(), List.of(IpPermission.allWithGroup(target.groupId()))));

    assertCloudError(
        () -> ec2().deleteSecurityGroup(target.groupId()),
        DependencyViolationException.class,
        "DependencyViolation",
        400);
  }

  @Test
  void deleteSecurityGroup_defaultGroup_failsWithCannotDelete() {
    assumeNo(KnownDeviation.EC2_GROUP_DELETE_CHECKS_NOT_ENFORCED);
    Vpc vpc = newVpc("10.47.0.0/16");
    SecurityGroup defaultGroup =
        ec2()
            .describeSecurityGroups(
                Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                    .and("group-name", List.of("default")))
            .get(0);

    assertCloudError(
        () -> ec2().deleteSecurityGroup(defaultGroup.groupId()),
        ConflictException.class,
        "CannotDelete",
        400);
  }

  @Test
  void deleteSecurityGroup_selfReferencing_succeeds() {
    Vpc vpc = newVpc("10.48.0.0/16");
    SecurityGroup g = newSelfReferencingGroup(vpc);

    ec2().deleteSecurityGroup(g.groupId());

    assertThat(ec2().describeSecurityGroups(Ec2Query.filter("group-id", List.of(g.groupId()))))
        .isEmpty();
  }

  @Test
  void describeSecurityGroups_unknownId_failsWithInvalidGroupNotFound() {
    assertCloudError(
        () -> ec2().describeSecurityGroups(Ec2Query.ids(List.of("sg-0123456789abcdef0"))),
        NotFoundException.class,
        "InvalidGroup.NotFound",
        400);
  }
}
