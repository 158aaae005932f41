package io.hyperpod.prereqs.simulator.internal.fsx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Lustre file system in the store. Its lifecycle follows the simulated clock: CREATING until
 * {@code availableAt}, then AVAILABLE; once deleted, DELETING until {@code goneAt}, then it is
 * removed (and its network interfaces with it).
 */
public final class FileSystemRecord {
  String id;
  String ownerId;
  String region;
  int storageCapacity;
  String storageType;
  String deploymentType;
  Integer perUnitStorageThroughput;
  String fileSystemTypeVersion;
  String vpcId;
  String subnetId;
  List<String> securityGroupIds = new ArrayList<>();
  List<String> networkInterfaceIds = new ArrayList<>();
  String dnsName;
  String mountName;
  String clientRequestToken;
  Instant creationTime;
  Instant availableAt;
  Instant deletingSince;
  Instant goneAt;
  LinkedHashMap<String, String> tags = new LinkedHashMap<>();

  public String id() {
    return id;
  }

  public String arn() {
    return "arn:aws:fsx:" + region + ":" + ownerId + ":file-system/" + id;
  }

  /** The lifecycle at this instant. */
  public String lifecycle(Instant now) {
    if (deletingSince != null) {
      return "DELETING";
    }
    return now.isBefore(availableAt) ? "CREATING" : "AVAILABLE";
  }

  public int storageCapacity() {
    return storageCapacity;
  }

  public String deploymentType() {
    return deploymentType;
  }

  public String subnetId() {
    return subnetId;
  }

  public String vpcId() {
    return vpcId;
  }

  public List<String> networkInterfaceIds() {
    return networkInterfaceIds;
  }

  public String dnsName() {
    return dnsName;
  }

  public String mountName() {
    return mountName;
  }

  public Map<String, String> tags() {
    return tags;
  }
}
