package io.hyperpod.prereqs.spi.contract;

import io.hyperpod.prereqs.spi.CloudException;
import io.hyperpod.prereqs.spi.ec2.AvailabilityZone;
import io.hyperpod.prereqs.spi.ec2.Ec2Port;
import io.hyperpod.prereqs.spi.ec2.Ec2Query;
import io.hyperpod.prereqs.spi.ec2.IpPermission;
import io.hyperpod.prereqs.spi.ec2.RouteTable;
import io.hyperpod.prereqs.spi.ec2.SecurityGroup;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.ec2.Vpc;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * What the EC2 and FSx groups share: VPCs, subnets and groups made for a test and deleted after it
 * (newest first, ignoring what is gone), so that the suite stays within AWS's five VPCs per region
 * when it runs against a real account.
 */
public abstract class NetworkContractGroup extends ContractGroup {
  private final Deque<Runnable> cleanUp = new ArrayDeque<>();

  protected NetworkContractGroup(CloudBackendContractTest suite) {
    super(suite);
  }

  protected final Ec2Port ec2() {
    return backend().ec2();
  }

  /** Runs after the test, before what was registered earlier. */
  protected final void afterTest(Runnable action) {
    cleanUp.push(action);
  }

  @AfterEach
  final void deleteWhatTheTestMade() {
    while (!cleanUp.isEmpty()) {
      try {
        cleanUp.pop().run();
      } catch (CloudException e) {
        // gone already, or kept by what the test left: nothing more to do
      }
    }
  }

  protected final Vpc newVpc(String cidr) {
    Vpc vpc = ec2().createVpc(cidr, Map.of("contract", RUN));
    afterTest(() -> ec2().deleteVpc(vpc.vpcId()));
    return vpc;
  }

  protected final Subnet newSubnet(Vpc vpc, String cidr) {
    Subnet subnet = ec2().createSubnet(vpc.vpcId(), cidr, firstZone().zoneName(), Map.of());
    afterTest(() -> ec2().deleteSubnet(subnet.subnetId()));
    return subnet;
  }

  protected final SecurityGroup newGroup(Vpc vpc) {
    SecurityGroup group =
        ec2().createSecurityGroup(vpc.vpcId(), unique("group"), "contract", Map.of());
    afterTest(() -> ec2().deleteSecurityGroup(group.groupId()));
    return group;
  }

  protected final AvailabilityZone firstZone() {
    return ec2().describeAvailabilityZones().get(0);
  }

  protected final SecurityGroup group(String groupId) {
    return ec2().describeSecurityGroups(Ec2Query.ids(List.of(groupId))).get(0);
  }

  protected final RouteTable mainRouteTable(Vpc vpc) {
    return ec2()
        .describeRouteTables(
            Ec2Query.filter("vpc-id", List.of(vpc.vpcId()))
                .and("association.main", List.of("true")))
        .get(0);
  }

  /** A group that lets all traffic in from itself and out to itself. */
  protected final SecurityGroup newSelfReferencingGroup(Vpc vpc) {
    SecurityGroup g = newGroup(vpc);
    ec2()
        .authorizeSecurityGroupIngress(
            g.groupId(), List.of(IpPermission.allWithGroup(g.groupId())), Map.of());
    ec2()
        .authorizeSecurityGroupEgress(
            g.groupId(), List.of(IpPermission.allWithGroup(g.groupId())), Map.of());
    return group(g.groupId());
  }
}
