package io.hyperpod.prereqs.simulator.internal.fsx;

import io.hyperpod.prereqs.spi.fsx.FileSystem;
import java.time.Instant;
import java.util.Optional;

/** Copies of FSx store records as the SPI's immutable values. */
public final class FsxViews {
  private FsxViews() {}

  public static FileSystem fileSystem(FileSystemRecord f, Instant now) {
    return FileSystem.builder()
        .fileSystemId(f.id)
        .fileSystemType(f.fileSystemType)
        .lifecycle(f.lifecycle(now))
        .storageCapacity(f.storageCapacity)
        .storageType(f.storageType)
        .vpcId(f.vpcId)
        .subnetIds(f.subnetIds())
        .networkInterfaceIds(f.networkInterfaceIds)
        .dnsName(f.dnsName)
        .ownerId(f.ownerId)
        .resourceArn(f.arn())
        .creationTime(f.creationTime)
        .tags(f.tags)
        .deploymentType(f.deploymentType)
        .perUnitStorageThroughput(Optional.ofNullable(f.perUnitStorageThroughput))
        .mountName(f.mountName == null ? "" : f.mountName)
        .throughputCapacity(Optional.ofNullable(f.throughputCapacity))
        .preferredSubnetId(
            "OPENZFS".equals(f.fileSystemType) ? Optional.of(f.subnetId) : Optional.empty())
        .rootVolumeId(Optional.ofNullable(f.rootVolumeId))
        .build();
  }
}
