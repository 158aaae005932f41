package io.hyperpod.prereqs.internal.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperpod.prereqs.internal.json.Json;
import io.hyperpod.prereqs.internal.lifecycle.LifecycleFiles;
import io.hyperpod.prereqs.internal.readiness.LifecycleRequirements.S3Location;
import io.hyperpod.prereqs.readiness.Consequence;
import io.hyperpod.prereqs.spi.ec2.Subnet;
import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The FSx for Lustre file system that {@code provisioning_parameters.json} mounts: it exists, is
 * AVAILABLE, and lives in the cluster's VPC and AZ id (the nodes mount it from there).
 */
public final class FsxRequirements {
  public static final String PLACEMENT = "fsx.placement";

  private FsxRequirements() {}

  static void check(AccountView view, S3Location loc, Set<String> keys, NetworkFacts net, Results out) {
    String key = loc.key(LifecycleFiles.PROVISIONING_PARAMETERS);
    if (!keys.contains(key)) {
      return;
    }
    String dns;
    try {
      JsonNode params = Json.parse(view.objectText(loc.bucket(), key).orElse("{}"));
      dns = params.path("fsx_dns_name").asText("");
    } catch (RuntimeException e) {
      dns = "";
    }
    if (dns.isEmpty()) {
      return;
    }
    String name = dns;
    Optional<FileSystem> fs = view.fileSystems().stream().filter(f -> f.dnsName().equals(name)).findFirst();
    String subject = fs.map(FileSystem::fileSystemId).orElse(dns);
    String title = "the FSx file system of provisioning_parameters.json is AVAILABLE in the cluster's VPC and AZ id";
    if (fs.isEmpty()) {
      out.fail(PLACEMENT, subject, title, "no file system has DNS name " + dns,
          "create the file system or correct fsx_dns_name in " + LifecycleFiles.PROVISIONING_PARAMETERS,
          Consequence.LIFECYCLE_FAILURE);
      return;
    }
    FileSystem f = fs.get();
    List<Subnet> fsSubnets = view.subnets(f.subnetIds());
    Optional<String> fsZone = fsSubnets.stream().map(Subnet::availabilityZoneId).findFirst();
    Optional<String> clusterZone = net.subnets().stream().map(Subnet::availabilityZoneId).findFirst();
    boolean sameVpc = net.vpcId().map(f.vpcId()::equals).orElse(false);
    boolean sameZone = fsZone.isPresent() && fsZone.equals(clusterZone);
    boolean ok = f.available() && sameVpc && sameZone;
    out.check(ok, PLACEMENT, subject, title,
        f.fileSystemId() + " " + f.lifecycle() + " in " + f.vpcId() + " " + fsZone.orElse("?")
            + "; cluster in " + net.vpcId().orElse("the SageMaker platform VPC") + " " + clusterZone.orElse("?"),
        !f.available() ? "wait until " + f.fileSystemId() + " is AVAILABLE"
            : "put the cluster's subnet in " + f.vpcId() + " and AZ id " + fsZone.orElse("?")
                + " (network.availabilityZoneId), or create the file system there",
        Consequence.LIFECYCLE_FAILURE);
  }
}
