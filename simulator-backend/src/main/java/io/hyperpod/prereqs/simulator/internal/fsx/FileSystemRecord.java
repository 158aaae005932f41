package io.hyperpod.prereqs.simulator.internal.fsx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Lustre or OpenZFS file system in the store. Its lifecycle follows the simulated clock: CREATING until
 * {@code availableAt}, then AVAILABLE; once deleted, DELETING until {@code goneAt}, then it is
 * removed (and its network interfaces with it).
 */
public final class FileSystemRecord {
  String id;
  String fileSystemType = "LUSTRE";
  String ownerId;
  String region;
  int storageCapacity;
  String storageType;
  String deploymentType;
  Integer perUnitStorageThroughput;
  String fileSystemTypeVersion;
  String vpcId;
  /** The preferred (Lustre: the one) subnet. */
  String subnetId;
  /** Every subnet: one, or two for OpenZFS MULTI_AZ_1. */
  List<String> subnetIds = new ArrayList<>();
  /** OpenZFS only. */
  Integer throughputCapacity;
  /** OpenZFS only. */
  String rootVolumeId;
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

  public String fileSystemType() {
    return fileSystemType;
  }

  /** Every subnet of the file system (one, or two for OpenZFS MULTI_AZ_1). */
  public List<String> subnetIds() {
    return subnetIds.isEmpty() ? List.of(subnetId) : subnetIds;
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
